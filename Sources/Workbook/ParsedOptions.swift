import TermPlot

/// The options of one run, read from the command line: the built-in ones as properties,
/// a chapter's own ones through the `Option` that declared them (`options[epochs]`).
public struct ParsedOptions: Sendable {
    /// The seed of the run's random generator (`--seed`).
    public let seed: UInt64
    /// The characters plots are drawn with (`--ascii`, `--unicode`, `PLOT_CHARSET`).
    public let charset: Charset
    /// Every declared option's value, given or default, by name.
    public let values: [String: OptionValue]

    /// Options with the given values; the parser makes these, tests may too.
    public init(seed: UInt64, charset: Charset, values: [String: OptionValue]) {
        self.seed = seed
        self.charset = charset
        self.values = values
    }

    /// The value of `option`, given or default, as the type it was declared with.
    /// Asking for an option the parser was not given is a programming error.
    public subscript<Value>(option: Option<Value>) -> Value {
        let name = option.spec.name
        guard let stored = values[name] else {
            preconditionFailure("no option --\(name) was declared; declared: \(values.keys.sorted())")
        }
        guard let value = option.read(stored) else {
            preconditionFailure("--\(name) was declared as another kind of option: its value is \(stored)")
        }
        return value
    }
}
