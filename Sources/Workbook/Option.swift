/// One command-line option a chapter understands: its name, the type of its value,
/// its default and a line of help.
///
/// Make options with the static functions, which check the default against the type:
///
///     .int("epochs", default: 20, in: 1...1000, help: "passes over the training set")
///     .double("lr", default: 0.1, in: 1e-6...10, help: "learning rate η")
///     .choice("from", among: ["and", "or"], default: "and", help: "the gate to learn")
///     .flag("quick", help: "a shorter run")
public struct Option: Sendable {
    /// The type of an option's value and the values it accepts.
    public enum Kind: Sendable, Equatable {
        /// Present or absent; takes no value.
        case flag
        /// A whole number in a range.
        case int(ClosedRange<Int>)
        /// A non-negative whole number that fills 64 bits (a seed).
        case unsigned
        /// A finite number in a range.
        case double(ClosedRange<Double>)
        /// Any text.
        case string
        /// One of a fixed list of names.
        case choice([String])
    }

    /// The name without the leading dashes: `epochs` for `--epochs`.
    public let name: String
    /// What the value must be.
    public let kind: Kind
    /// The value used when the option is not given.
    public let defaultValue: OptionValue
    /// One line saying what the option changes.
    public let help: String
    /// The word standing for the value in the usage text: `N`, `X`, `NAME`.
    public let placeholder: String

    private init(name: String, kind: Kind, defaultValue: OptionValue, help: String, placeholder: String) {
        precondition(
            !name.isEmpty && !name.hasPrefix("-") && !name.contains("="),
            "an option name is written without dashes and without '=', got '\(name)'")
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
        self.placeholder = placeholder
    }

    /// A flag: false unless given.
    public static func flag(_ name: String, help: String) -> Option {
        Option(name: name, kind: .flag, defaultValue: .flag(false), help: help, placeholder: "")
    }

    /// A whole number in `range`.
    public static func int(
        _ name: String, default value: Int, in range: ClosedRange<Int> = Int.min...Int.max, help: String
    ) -> Option {
        precondition(range.contains(value), "the default \(value) of --\(name) lies outside \(range)")
        return Option(name: name, kind: .int(range), defaultValue: .int(value), help: help, placeholder: "N")
    }

    /// A non-negative 64-bit whole number (the seed).
    public static func unsigned(_ name: String, default value: UInt64, help: String) -> Option {
        Option(name: name, kind: .unsigned, defaultValue: .unsigned(value), help: help, placeholder: "N")
    }

    /// A finite number in `range`.
    public static func double(
        _ name: String, default value: Double,
        in range: ClosedRange<Double> = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude,
        help: String
    ) -> Option {
        precondition(range.contains(value), "the default \(value) of --\(name) lies outside \(range)")
        return Option(name: name, kind: .double(range), defaultValue: .double(value), help: help, placeholder: "X")
    }

    /// Any text.
    public static func string(_ name: String, default value: String, placeholder: String = "TEXT", help: String)
        -> Option
    {
        Option(name: name, kind: .string, defaultValue: .string(value), help: help, placeholder: placeholder)
    }

    /// One of `names`; its value reads back as a string.
    public static func choice(_ name: String, among names: [String], default value: String, help: String) -> Option {
        precondition(names.contains(value), "the default '\(value)' of --\(name) is not one of \(names)")
        return Option(
            name: name, kind: .choice(names), defaultValue: .string(value), help: help,
            placeholder: names.joined(separator: "|"))
    }

    /// The option as the usage text shows it: `--epochs N`.
    var synopsis: String { kind == .flag ? "--\(name)" : "--\(name) \(placeholder)" }

    /// What the usage text adds after the help: the default and the accepted values.
    var defaultNote: String {
        switch (kind, defaultValue) {
        case (.flag, _): return ""
        case (.int(let range), .int(let value)):
            let bounds = range == Int.min...Int.max ? "" : ", \(range.lowerBound)...\(range.upperBound)"
            return " (default \(value)\(bounds))"
        case (_, .string(let value)) where value.isEmpty: return ""
        default: return " (default \(defaultValue))"
        }
    }
}

/// The value of a parsed option.
public enum OptionValue: Sendable, Equatable, CustomStringConvertible {
    case flag(Bool)
    case int(Int)
    case unsigned(UInt64)
    case double(Double)
    case string(String)

    /// The value as a reader would type it.
    public var description: String {
        switch self {
        case .flag(let on): return on ? "on" : "off"
        case .int(let value): return String(value)
        case .unsigned(let value): return String(value)
        case .double(let value): return "\(value)"
        case .string(let value): return value
        }
    }
}
