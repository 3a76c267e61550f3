/// A command-line option whose value reads back as `Value`: declared once, with its type,
/// so that reading it cannot ask for the wrong type.
///
///     let epochs = Option.int("epochs", default: 20, in: 1...1000, help: "passes over the training set")
///     let quick = Option.flag("quick", help: "a shorter run")
///     let options = OptionParser(program: "…", summary: "…", defaultSeed: 5, options: [epochs, quick])
///         .parseOrExit()
///     let passes = options[quick] ? 2 : options[epochs]   // an Int; options[quick] is a Bool
///
/// The options most chapters share (`--epochs`, `--lr`, `--quick`, `--width`) have their own
/// declarations (see CommonOptions.swift), so that they are named and typed the same everywhere.
public struct Option<Value: Sendable>: CommandLineOption {
    /// The option as the parser sees it: name, kind, default, help.
    public let spec: OptionSpec
    /// The value used when the option is not given.
    public let defaultValue: Value
    /// Reads the parsed value back as `Value`; nil if it is of another kind.
    let read: @Sendable (OptionValue) -> Value?
}

/// Anything the parser can declare: every `Option<Value>`, whatever its `Value`.
public protocol CommandLineOption: Sendable {
    /// The option as the parser sees it.
    var spec: OptionSpec { get }
}

extension Option where Value == Bool {
    /// A flag: false unless given.
    public static func flag(_ name: String, help: String) -> Option<Bool> {
        Option(
            spec: OptionSpec(name: name, kind: .flag, defaultValue: .flag(false), help: help, placeholder: ""),
            defaultValue: false,
            read: { if case .flag(let on) = $0 { on } else { nil } })
    }
}

extension Option where Value == Int {
    /// A whole number in `range`.
    public static func int(
        _ name: String, default value: Int, in range: ClosedRange<Int> = Int.min...Int.max, help: String
    ) -> Option<Int> {
        precondition(range.contains(value), "the default \(value) of --\(name) lies outside \(range)")
        return Option(
            spec: OptionSpec(name: name, kind: .int(range), defaultValue: .int(value), help: help, placeholder: "N"),
            defaultValue: value,
            read: { if case .int(let number) = $0 { number } else { nil } })
    }
}

extension Option where Value == UInt64 {
    /// A non-negative 64-bit whole number (the seed).
    public static func unsigned(_ name: String, default value: UInt64, help: String) -> Option<UInt64> {
        Option(
            spec: OptionSpec(name: name, kind: .unsigned, defaultValue: .unsigned(value), help: help, placeholder: "N"),
            defaultValue: value,
            read: { if case .unsigned(let number) = $0 { number } else { nil } })
    }
}

extension Option where Value == Double {
    /// A finite number in `range`.
    public static func double(
        _ name: String, default value: Double,
        in range: ClosedRange<Double> = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude,
        help: String
    ) -> Option<Double> {
        precondition(range.contains(value), "the default \(value) of --\(name) lies outside \(range)")
        return Option(
            spec: OptionSpec(
                name: name, kind: .double(range), defaultValue: .double(value), help: help, placeholder: "X"),
            defaultValue: value,
            read: { if case .double(let number) = $0 { number } else { nil } })
    }
}

extension Option where Value == String {
    /// Any text; `placeholder` stands for it in the usage text (`PATH`).
    public static func string(_ name: String, default value: String, placeholder: String = "TEXT", help: String)
        -> Option<String>
    {
        Option(
            spec: OptionSpec(
                name: name, kind: .string, defaultValue: .string(value), help: help, placeholder: placeholder),
            defaultValue: value,
            read: { if case .string(let text) = $0 { text } else { nil } })
    }

    /// One of `names`, read back as the name given.
    public static func choice(_ name: String, among names: [String], default value: String, help: String)
        -> Option<String>
    {
        precondition(names.contains(value), "the default '\(value)' of --\(name) is not one of \(names)")
        return Option(
            spec: OptionSpec(
                name: name, kind: .choice(names), defaultValue: .string(value), help: help,
                placeholder: names.joined(separator: "|")),
            defaultValue: value,
            read: { if case .string(let text) = $0, names.contains(text) { text } else { nil } })
    }
}

extension Option where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// One of the cases of `Value`, typed by its raw value (`--dataset mnist`), read back as the case.
    public static func choice(_ name: String, default value: Value, help: String) -> Option<Value> {
        let names = Value.allCases.map(\.rawValue)
        return Option(
            spec: OptionSpec(
                name: name, kind: .choice(names), defaultValue: .string(value.rawValue), help: help,
                placeholder: names.joined(separator: "|")),
            defaultValue: value,
            read: { if case .string(let text) = $0 { Value(rawValue: text) } else { nil } })
    }
}
