import NumSwift
import TermPlot

/// Reads a chapter's command line: the built-in `--help`, `--seed N`, `--ascii` and `--unicode`,
/// plus the options the chapter declares. Values come as `--name value` or `--name=value`.
///
/// `parse` is a pure function that throws `OptionError`; only `parseOrExit` prints and exits
/// (usage on stdout and status 0 for `--help`; one line of error and the usage on stderr
/// and status 2 for a mistake).
public struct OptionParser: Sendable {
    /// What `parse` found: options to run with, or a request for help.
    public enum Outcome: Sendable {
        case run(ParsedOptions)
        case help
    }

    /// The command's name, as the reader types it: `ch01-perceptron`.
    public let program: String
    /// One line saying what the command does.
    public let summary: String
    /// The declared options: the built-in `--seed` first, then the chapter's own.
    public let options: [OptionSpec]

    /// Names the parser handles itself and a chapter may not declare again.
    static let builtInNames: Set<String> = ["help", "seed", "ascii", "unicode"]

    /// A parser for `program` whose seed defaults to `defaultSeed`, with the chapter's own `options`
    /// (concatenate option groups: `DataOptions.options() + [epochs, learningRate]`).
    public init(program: String, summary: String, defaultSeed: UInt64, options: [any CommandLineOption] = []) {
        let options = options.map(\.spec)
        var seen = Set<String>()
        for option in options {
            precondition(!OptionParser.builtInNames.contains(option.name), "--\(option.name) is built in")
            precondition(seen.insert(option.name).inserted, "--\(option.name) is declared twice")
        }
        self.program = program
        self.summary = summary
        self.options =
            [Option.unsigned("seed", default: defaultSeed, help: "seed of the random number generator").spec] + options
    }

    /// Reads `arguments` (without the program name). `environment` supplies `PLOT_CHARSET`;
    /// a flag on the command line wins over it.
    public func parse(_ arguments: [String], environment: [String: String] = [:]) throws(OptionError) -> Outcome {
        if arguments.contains(where: { $0 == "--help" || $0 == "-h" }) { return .help }
        var values = Dictionary(uniqueKeysWithValues: options.map { ($0.name, $0.defaultValue) })
        var charset = Charset.preferred(environment: environment)
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw .unexpectedArgument(argument)
            }
            let body = argument.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let attached = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
            if name == "ascii" || name == "unicode" {
                if let attached { throw .unexpectedValue(option: name, value: attached) }
                charset = name == "ascii" ? .ascii : .unicode
                continue
            }
            guard let option = options.first(where: { $0.name == name }) else {
                throw .unknownOption("--" + name)
            }
            if option.kind == .flag {
                if let attached { throw .unexpectedValue(option: name, value: attached) }
                values[name] = .flag(true)
                continue
            }
            let text: String
            if let attached {
                text = attached
            } else if let next = remaining.first, !next.hasPrefix("--") {
                text = next
                remaining.removeFirst()
            } else {
                throw .missingValue(option: name, placeholder: option.placeholder)
            }
            values[name] = try OptionParser.value(of: text, for: option)
        }
        guard case .unsigned(let seed) = values.removeValue(forKey: "seed") else {
            preconditionFailure("the built-in --seed option is missing")
        }
        return .run(ParsedOptions(seed: seed, charset: charset, values: values))
    }

    /// Reads one value as `option`'s type, checking its range.
    static func value(of text: String, for option: OptionSpec) throws(OptionError) -> OptionValue {
        func invalid(_ expected: String) -> OptionError {
            .invalidValue(option: option.name, value: text, expected: expected)
        }
        switch option.kind {
        case .flag:
            throw .unexpectedValue(option: option.name, value: text)
        case .int(let range):
            guard let value = Int(text) else { throw invalid("a whole number") }
            guard range.contains(value) else {
                throw invalid("a whole number in \(range.lowerBound)...\(range.upperBound)")
            }
            return .int(value)
        case .unsigned:
            guard let value = UInt64(text) else { throw invalid("a whole number in 0...\(UInt64.max)") }
            return .unsigned(value)
        case .double(let range):
            guard let value = Double(text), value.isFinite else { throw invalid("a finite number") }
            guard range.contains(value) else { throw invalid("a number in \(range.lowerBound)...\(range.upperBound)") }
            return .double(value)
        case .string:
            // Empty text means the option was not given (the default); typed out, as `--data-dir=`
            // from an unset shell variable, it is a mistake to point out, not to take silently.
            guard !text.isEmpty else { throw invalid("a non-empty text (leave the option out for the default)") }
            return .string(text)
        case .choice(let names):
            guard names.contains(text) else { throw invalid("one of " + names.joined(separator: ", ")) }
            return .string(text)
        }
    }

    /// The usage text: synopsis, summary and each option with its meaning, all within 80
    /// columns. An option whose synopsis is longer than the first column (a long list of
    /// choices) gets its meaning on the next line; a meaning too long for its column wraps onto
    /// lines indented under it.
    public func usage() -> String {
        let rows =
            options.map { ($0.synopsis, $0.help + $0.defaultNote) } + [
                ("--ascii", "draw plots with ASCII characters (the default)"),
                ("--unicode", "draw plots with Unicode characters (or set PLOT_CHARSET=unicode)"),
                ("--help", "print this help and exit"),
            ]
        let width = Swift.min(rows.map(\.0.count).max() ?? 0, OptionParser.synopsisColumn)
        let indent = String(repeating: " ", count: width + 4)
        let meaningWidth = ChapterText.defaultWidth - indent.count
        let lines = rows.flatMap { synopsis, meaning -> [String] in
            let wrapped = ChapterText.wrap(meaning.split(separator: " "), width: meaningWidth)
                .split(separator: "\n").map { indent + $0 }
            guard synopsis.count <= width, let first = wrapped.first else { return ["  " + synopsis] + wrapped }
            let head = "  " + NumberFormat.pad(synopsis, to: width, alignRight: false) + "  "
            return [head + first.dropFirst(indent.count)] + wrapped.dropFirst()
        }
        let summaryLines = ChapterText.paragraphs(summary)
        return (["usage: \(program) [options]", "", summaryLines, "", "options:"] + lines).joined(separator: "\n")
    }

    /// The widest option synopsis that still shares its line with the meaning.
    static let synopsisColumn = 28

    /// Parses `CommandLine.arguments` and the process environment; prints the usage and exits 0
    /// for `--help`, prints one line of error and the usage to stderr and exits 2 for a mistake.
    /// First of all, as every chapter starts here, it stops a build for AVX2 and FMA on a CPU
    /// without them (see `CPUCheck`).
    public func parseOrExit(
        _ arguments: [String] = Array(CommandLine.arguments.dropFirst()),
        environment: [String: String] = ProcessEnvironment.variables
    ) -> ParsedOptions {
        CPUCheck.verifyOrExit()
        do {
            switch try parse(arguments, environment: environment) {
            case .run(let options):
                return options
            case .help:
                print(usage())
                exitProcess(0)
            }
        } catch {
            exitWithUsage(String(describing: error))
        }
    }

    /// Stops for options that parse but do not fit together (`--lr` without the option it
    /// tunes): one line of error and the usage on stderr, exit status 2, as for any typing mistake.
    public func exitWithUsage(_ message: String) -> Never {
        printToStandardError("\(program): \(message)\n\n\(usage())")
        exitProcess(2)
    }
}
