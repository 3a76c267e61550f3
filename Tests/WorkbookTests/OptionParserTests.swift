import TermPlot
import Testing

@testable import Workbook

/// A parser with one option of every kind, as a chapter would declare them.
private let parser = OptionParser(
    program: "ch00-test", summary: "A test chapter.", defaultSeed: 7,
    options: [
        .int("epochs", default: 20, in: 1...1000, help: "passes"),
        .double("lr", default: 0.1, in: 0...10, help: "learning rate"),
        .string("name", default: "", help: "a name"),
        .choice("from", among: ["and", "or", "xor"], default: "and", help: "a gate"),
        .flag("quick", help: "shorter"),
    ])

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
        #expect(parsed.int("epochs") == 20)
        #expect(parsed.double("lr") == 0.1)
        #expect(parsed.string("name") == "")
        #expect(parsed.string("from") == "and")
        #expect(parsed.flag("quick") == false)
    }

    @Test func valuesAsSeparateWordsAndAfterEquals() throws {
        let parsed = try options([
            "--seed", "18446744073709551615", "--epochs=3", "--lr", "-0", "--from=xor", "--quick",
        ])
        #expect(parsed.seed == UInt64.max)
        #expect(parsed.int("epochs") == 3)
        #expect(parsed.double("lr") == 0)
        #expect(parsed.string("from") == "xor")
        #expect(parsed.flag("quick"))
    }

    @Test func negativeNumbersAreValuesNotOptions() throws {
        let wide = OptionParser(
            program: "p", summary: "s", defaultSeed: 0, options: [.double("shift", default: 0, help: "h")])
        guard case .run(let parsed) = try wide.parse(["--shift", "-2.5"]) else {
            Issue.record("expected options")
            return
        }
        #expect(parsed.double("shift") == -2.5)
    }

    @Test func lastOccurrenceWins() throws {
        #expect(try options(["--epochs", "5", "--epochs", "6"]).int("epochs") == 6)
    }

    @Test func valueAfterEqualsMayContainEquals() throws {
        #expect(try options(["--name=a=b"]).string("name") == "a=b")
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
}

@Suite struct TrainingOptionsGroup {
    @Test func readsBackItsDeclaredValues() throws {
        let training = OptionParser(
            program: "p", summary: "s", defaultSeed: 1,
            options: TrainingOptions.options(epochs: 20, learningRate: 0.1) + [.flag("check", help: "h")])
        guard case .run(let parsed) = try training.parse(["--epochs", "4", "--lr=0.5", "--quick", "--check"]) else {
            Issue.record("expected options")
            return
        }
        #expect(TrainingOptions(parsed) == TrainingOptions(parsed))
        let values = TrainingOptions(parsed)
        #expect(values.epochs == 4)
        #expect(values.learningRate == 0.5)
        #expect(values.quick)
        #expect(parsed.flag("check"))
    }

    @Test func defaultsWithoutArguments() throws {
        let training = OptionParser(
            program: "p", summary: "s", defaultSeed: 1, options: TrainingOptions.options(epochs: 9, learningRate: 0.01))
        guard case .run(let parsed) = try training.parse([]) else {
            Issue.record("expected options")
            return
        }
        let values = TrainingOptions(parsed)
        #expect(values.epochs == 9)
        #expect(values.learningRate == 0.01)
        #expect(!values.quick)
    }
}
