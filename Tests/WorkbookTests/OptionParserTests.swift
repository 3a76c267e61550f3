import TermPlot
import Testing

@testable import Workbook

// One option of every kind, as a chapter would declare them.
private let epochs = Option.int("epochs", default: 20, in: 1...1000, help: "passes")
private let learningRate = Option.double("lr", default: 0.1, in: 0...10, help: "learning rate")
private let name = Option.string("name", default: "", help: "a name")
private let gate = Option.choice("from", among: ["and", "or", "xor"], default: "and", help: "a gate")
private let quick = Option.flag("quick", help: "shorter")

private let parser = OptionParser(
    program: "ch00-test", summary: "A test chapter.", defaultSeed: 7,
    options: [epochs, learningRate, name, gate, quick])

private func options(_ arguments: [String], environment: [String: String] = [:]) throws -> ParsedOptions {
    guard case .run(let parsed) = try parser.parse(arguments, environment: environment) else {
        Issue.record("expected options, got help for \(arguments)")
        throw OptionError.unexpectedArgument("help")
    }
    return parsed
}

private func error(_ arguments: [String]) -> OptionError? {
    do {
        _ = try parser.parse(arguments)
        return nil
    } catch {
        return error
    }
}

@Suite struct OptionParserValues {
    @Test func defaultsWhenNothingIsGiven() throws {
        let parsed = try options([])
        #expect(parsed.seed == 7)
        #expect(parsed.charset == .ascii)
        #expect(parsed[epochs] == 20)
        #expect(parsed[learningRate] == 0.1)
        #expect(parsed[name] == "")
        #expect(parsed[gate] == "and")
        #expect(parsed[quick] == false)
    }

    @Test func valuesAsSeparateWordsAndAfterEquals() throws {
        let parsed = try options([
            "--seed", "18446744073709551615", "--epochs=3", "--lr", "-0", "--from=xor", "--quick",
        ])
        #expect(parsed.seed == UInt64.max)
        #expect(parsed[epochs] == 3)
        #expect(parsed[learningRate] == 0)
        #expect(parsed[gate] == "xor")
        #expect(parsed[quick])
    }

    @Test func negativeNumbersAreValuesNotOptions() throws {
        let shift = Option.double("shift", default: 0, help: "h")
        let wide = OptionParser(program: "p", summary: "s", defaultSeed: 0, options: [shift])
        guard case .run(let parsed) = try wide.parse(["--shift", "-2.5"]) else {
            Issue.record("expected options")
            return
        }
        #expect(parsed[shift] == -2.5)
    }

    @Test func lastOccurrenceWins() throws {
        #expect(try options(["--epochs", "5", "--epochs", "6"])[epochs] == 6)
    }

    @Test func valueAfterEqualsMayContainEquals() throws {
        #expect(try options(["--name=a=b"])[name] == "a=b")
    }

    @Test func helpWinsWherever() throws {
        for arguments in [["--help"], ["-h"], ["--epochs", "3", "--help"], ["--bogus", "--help"]] {
            guard case .help = try parser.parse(arguments) else {
                Issue.record("no help for \(arguments)")
                continue
            }
        }
    }

    @Test(arguments: [
        ([String](), [String: String](), Charset.ascii),
        ([], ["PLOT_CHARSET": "unicode"], .unicode),
        ([], ["PLOT_CHARSET": "UNICODE"], .unicode),
        ([], ["PLOT_CHARSET": "ascii"], .ascii),
        (["--unicode"], [:], .unicode),
        (["--ascii"], ["PLOT_CHARSET": "unicode"], .ascii),
        (["--unicode", "--ascii"], [:], .ascii),
    ])
    func charsetFromFlagsAndEnvironment(arguments: [String], environment: [String: String], expected: Charset) throws {
        #expect(try options(arguments, environment: environment).charset == expected)
    }
}

@Suite struct OptionParserErrors {
    @Test func unknownOption() {
        #expect(error(["--bogus"]) == .unknownOption("--bogus"))
        #expect(error(["--bogus=1"]) == .unknownOption("--bogus"))
    }

    @Test func positionalArgumentsAreRejected() {
        #expect(error(["foo"]) == .unexpectedArgument("foo"))
        #expect(error(["-x"]) == .unexpectedArgument("-x"))
        #expect(error(["--"]) == .unexpectedArgument("--"))
    }

    @Test func missingValue() {
        #expect(error(["--seed"]) == .missingValue(option: "seed", placeholder: "N"))
        #expect(error(["--epochs", "--quick"]) == .missingValue(option: "epochs", placeholder: "N"))
    }

    @Test func flagsTakeNoValue() {
        #expect(error(["--quick=yes"]) == .unexpectedValue(option: "quick", value: "yes"))
        #expect(error(["--unicode=1"]) == .unexpectedValue(option: "unicode", value: "1"))
    }

    @Test(arguments: [
        (["--seed", "abc"], "seed", "abc"),
        (["--seed", "-1"], "seed", "-1"),
        (["--seed", "18446744073709551616"], "seed", "18446744073709551616"),
        (["--epochs", "-3"], "epochs", "-3"),
        (["--epochs", "0"], "epochs", "0"),
        (["--epochs", "1001"], "epochs", "1001"),
        (["--epochs", "2.5"], "epochs", "2.5"),
        (["--epochs="], "epochs", ""),
        (["--lr", "x"], "lr", "x"),
        (["--lr", "nan"], "lr", "nan"),
        (["--lr", "inf"], "lr", "inf"),
        (["--lr", "10.5"], "lr", "10.5"),
        (["--from", "nor"], "from", "nor"),
        (["--name="], "name", ""),  // an empty text typed out (e.g. an unset variable) is refused
        (["--name", ""], "name", ""),
    ])
    func badValues(arguments: [String], option: String, value: String) {
        guard case .invalidValue(let named, let given, _) = error(arguments) else {
            Issue.record("no invalid-value error for \(arguments)")
            return
        }
        #expect(named == option)
        #expect(given == value)
    }

    @Test func messagesAreOneLineAndNameTheOption() {
        #expect(OptionError.unknownOption("--bogus").description == "unknown option '--bogus'")
        #expect(
            error(["--seed", "abc"])?.description
                == "invalid value 'abc' for '--seed': expected a whole number in 0...18446744073709551615")
        #expect(
            error(["--epochs", "-3"])?.description
                == "invalid value '-3' for '--epochs': expected a whole number in 1...1000")
        #expect(
            error(["--from", "nor"])?.description == "invalid value 'nor' for '--from': expected one of and, or, xor")
        let all: [OptionError] = [
            .unknownOption("--a"), .unexpectedArgument("b"), .missingValue(option: "c", placeholder: "N"),
            .unexpectedValue(option: "d", value: "e"), .invalidValue(option: "f", value: "g", expected: "h"),
        ]
        #expect(all.allSatisfy { !$0.description.contains("\n") })
    }
}

@Suite struct OptionParserUsage {
    @Test func usageListsEveryOptionWithItsDefault() {
        let usage = parser.usage()
        #expect(usage.hasPrefix("usage: ch00-test [options]\n\nA test chapter.\n\noptions:\n"))
        for expected in [
            "--seed N", "(default 7)", "--epochs N", "(default 20, 1...1000)", "--lr X", "(default 0.1)",
            "--from and|or|xor", "(default and)", "--quick", "--ascii", "--unicode", "--help",
        ] {
            #expect(usage.contains(expected), "usage lacks \(expected)")
        }
        #expect(!usage.contains("(default )"))
        #expect(usage.split(separator: "\n").allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func longMeaningsAndSummariesWrapWithin80Columns() {
        let long = Option.int(
            "steps", default: 3, in: 1...9,
            help: String(repeating: "a meaning of many words that goes on ", count: 4) + "and ends")
        let parser = OptionParser(
            program: "ch00-wide", summary: String(repeating: "A summary longer than a line. ", count: 4),
            defaultSeed: 1, options: [long])
        let lines = parser.usage().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 }, "a usage line is wider than 80 columns")
        // The meaning continues on lines indented under its first line, and nothing is lost.
        let first = lines.firstIndex { $0.hasPrefix("  --steps N") }!
        #expect(lines[first + 1].hasPrefix(String(repeating: " ", count: 8)))
        #expect(lines.joined(separator: " ").contains("and ends (default 3, 1...9)"))
    }
}

@Suite struct TypedOptions {
    /// A data set name, as `DatasetName` is: a choice read back as an enum case.
    enum Fruit: String, CaseIterable, Sendable { case apple, orange }

    @Test func aChoiceOfCasesReadsBackAsTheCase() throws {
        let fruit = Option.choice("fruit", default: Fruit.apple, help: "a fruit")
        let parser = OptionParser(program: "p", summary: "s", defaultSeed: 1, options: [fruit])
        guard case .run(let parsed) = try parser.parse(["--fruit", "orange"]) else {
            Issue.record("expected options")
            return
        }
        #expect(parsed[fruit] == .orange)
        #expect(fruit.defaultValue == .apple)
        #expect(throws: OptionError.invalidValue(option: "fruit", value: "pear", expected: "one of apple, orange")) {
            try parser.parse(["--fruit", "pear"])
        }
        #expect(parser.usage().contains("--fruit apple|orange"))
    }

    @Test func theSharedOptionsHaveTheirNamesAndTypes() throws {
        let epochs = Option.epochs(default: 9, help: "passes")
        let rate = Option.learningRate(default: 0.01, help: "step")
        let quick = Option.quick(help: "shorter")
        let width = Option.width(default: 72)
        let parser = OptionParser(program: "p", summary: "s", defaultSeed: 1, options: [epochs, rate, quick, width])
        guard case .run(let parsed) = try parser.parse(["--epochs", "4", "--lr=0.5", "--quick", "--width", "90"])
        else {
            Issue.record("expected options")
            return
        }
        #expect(parsed[epochs] == 4)
        #expect(parsed[rate] == 0.5)
        #expect(parsed[quick])
        #expect(parsed[width] == 90)
        guard case .run(let defaults) = try parser.parse([]) else {
            Issue.record("expected options")
            return
        }
        #expect(defaults[epochs] == 9 && defaults[rate] == 0.01 && !defaults[quick] && defaults[width] == 72)
    }
}
