/// Why the command line could not be read. Each case describes itself in one line.
public enum OptionError: Error, Equatable, CustomStringConvertible {
    /// An option nobody declared, e.g. `--bogus`.
    case unknownOption(String)
    /// A word that is not an option, e.g. `ch01-perceptron foo`.
    case unexpectedArgument(String)
    /// An option that needs a value was given none.
    case missingValue(option: String, placeholder: String)
    /// A flag was given a value, e.g. `--quick=yes`.
    case unexpectedValue(option: String, value: String)
    /// A value that does not read as the option's type or lies outside its range.
    case invalidValue(option: String, value: String, expected: String)

    /// The error in one line, naming the option and what it expected.
    public var description: String {
        switch self {
        case .unknownOption(let option):
            return "unknown option '\(option)'"
        case .unexpectedArgument(let argument):
            return "unexpected argument '\(argument)' (options start with --)"
        case .missingValue(let option, let placeholder):
            return "option '--\(option)' needs a value (\(placeholder))"
        case .unexpectedValue(let option, let value):
            return "option '--\(option)' takes no value, got '\(value)'"
        case .invalidValue(let option, let value, let expected):
            return "invalid value '\(value)' for '--\(option)': expected \(expected)"
        }
    }
}
