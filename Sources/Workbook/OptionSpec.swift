/// What the parser knows of one declared option: its name, the kind of value it takes,
/// its default and a line of help. Chapters do not make these directly: they declare a typed
/// `Option<Value>`, which carries its spec.
public struct OptionSpec: Sendable {
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

    init(name: String, kind: Kind, defaultValue: OptionValue, help: String, placeholder: String) {
        precondition(
            !name.isEmpty && !name.hasPrefix("-") && !name.contains("="),
            "an option name is written without dashes and without '=', got '\(name)'")
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
        self.placeholder = placeholder
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

/// The value of a parsed option, as the parser stores it before a typed `Option` reads it back.
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
