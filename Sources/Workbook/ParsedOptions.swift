import TermPlot

/// The options of one run, read from the command line: the built-in ones as properties,
/// a chapter's own ones by name (`options.int("epochs")`).
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

    /// The value of the flag `--name`.
    public func flag(_ name: String) -> Bool {
        guard case .flag(let on) = value(name) else { wrongType(name, "flag") }
        return on
    }

    /// The value of the whole-number option `--name`.
    public func int(_ name: String) -> Int {
        guard case .int(let value) = value(name) else { wrongType(name, "Int") }
        return value
    }

    /// The value of the number option `--name`.
    public func double(_ name: String) -> Double {
        guard case .double(let value) = value(name) else { wrongType(name, "Double") }
        return value
    }

    /// The value of the text or choice option `--name`.
    public func string(_ name: String) -> String {
        guard case .string(let value) = value(name) else { wrongType(name, "String or choice") }
        return value
    }

    private func value(_ name: String) -> OptionValue {
        guard let value = values[name] else {
            preconditionFailure("no option --\(name) was declared; declared: \(values.keys.sorted())")
        }
        return value
    }

    private func wrongType(_ name: String, _ type: String) -> Never {
        preconditionFailure("option --\(name) is not a \(type) option: its value is \(values[name]!)")
    }
}
