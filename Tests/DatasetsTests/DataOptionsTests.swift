import Foundation
import Testing
import Workbook

@testable import Datasets

/// A training chapter's parser, as ch05 will declare it.
private let parser = OptionParser(
    program: "ch00-train", summary: "A training chapter.", defaultSeed: 1,
    options: DataOptions.options() + [Option.epochs(default: 3, help: "passes")])

private func dataOptions(_ arguments: [String]) throws -> DataOptions {
    guard case .run(let parsed) = try parser.parse(arguments) else {
        Issue.record("expected options, got help for \(arguments)")
        throw OptionError.unexpectedArgument("--help")
    }
    return DataOptions(parsed)
}

@Test func dataOptionsDefaultToTheBundledDigits() throws {
    #expect(try dataOptions([]) == DataOptions(dataset: .digits, dataDirectory: nil))
    let sets = try dataOptions([]).load()
    #expect(sets.train.count == 1442)
}

@Test func dataOptionsReadBothForms() throws {
    #expect(
        try dataOptions(["--dataset", "fashion", "--data-dir=/tmp/x"])
            == DataOptions(dataset: .fashion, dataDirectory: "/tmp/x"))
}

@Test func anUnknownDataSetIsATypingMistake() {
    #expect(
        throws: OptionError.invalidValue(option: "dataset", value: "cifar", expected: "one of digits, mnist, fashion")
    ) {
        try parser.parse(["--dataset", "cifar"])
    }
}

@Test func mnistFromAMissingFolderFailsWithOneClearLine() throws {
    let options = try dataOptions(["--dataset", "mnist", "--data-dir", "/nonexistent"])
    let error = #expect(throws: DataFilesError.self) { try options.load() }
    let message = String(describing: error!)
    #expect(!message.contains("\n"))
    #expect(
        message
            == "mnist: cannot find its four IDX files; looked in /nonexistent and /nonexistent/mnist; "
            + "fetch them with `sh Data/get-mnist.sh` (see Data/mnist/README.md) or pass --data-dir PATH")
}

@Test func mnistFromAFolderOfValidFilesLoads() throws {
    let folder = try IDXTestFiles.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try IDXTestFiles.write(IDXTestFiles.tinyMNIST, to: folder)
    let sets = try dataOptions(["--dataset", "mnist", "--data-dir", folder]).load()
    #expect(sets.name == .mnist)
    #expect(sets.train.labels == [7, 0, 9])
    #expect(sets.test.all().features.scalars.allSatisfy { $0 == 1 })  // every test pixel is 255
}

@Test func theUsageListsTheDataOptions() {
    let usage = parser.usage()
    #expect(usage.contains("--dataset digits|mnist|fashion"))
    #expect(usage.contains("(default digits)"))
    #expect(usage.contains("--data-dir PATH"))
}
