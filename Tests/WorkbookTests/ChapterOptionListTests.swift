import Foundation
import Testing

// Each chapter README lists its options for the reader; the chapter's `--help` is the truth.
// The test runs every built chapter with `--help` (the chapters are built with the tests) and
// compares the options it prints with those its README names.

/// The package's root folder, found from this file's place in it.
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The chapters' folder names, `ch01-perceptron` …
private let chapterNames: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Chapters").path))
    ?? []).filter { $0.hasPrefix("ch") }.sorted()

/// The option names (`--epochs`) in `text`.
private func optionNames(in text: String) -> Set<String> {
    Set(text.matches(of: /--[a-z][a-z-]*/).map { String($0.output) })
}

/// The options a README names: in inline code (`--lr X`) and on lines that run the chapter,
/// leaving out the options of other commands (`swift test --filter`).
private func documentedOptions(readme: String, chapter: String) -> Set<String> {
    let spans = readme.matches(of: /`([^`\n]+)`/).map(\.output.1)
        .filter { !$0.hasPrefix("swift ") || $0.hasPrefix("swift run \(chapter)") }
    let commands = readme.split(separator: "\n")
        .filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("swift run \(chapter)") }
    return spans.reduce(into: Set()) { $0.formUnion(optionNames(in: String($1))) }
        .union(commands.reduce(into: Set()) { $0.formUnion(optionNames(in: String($1))) })
}

/// The options `chapter --help` lists, one per line starting with two spaces and `--`.
private func helpOptions(chapter: String) throws -> Set<String>? {
    let binary = packageRoot.appendingPathComponent(".build/debug/\(chapter)")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
    let process = Process()
    process.executableURL = binary
    process.arguments = ["--help"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    // A line of the list starts with the option's synopsis; its meaning may name other options.
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("  --") }
    return Set(lines.compactMap { $0.split(separator: " ").first.map(String.init) })
}

@Suite struct ChapterOptionLists {
    @Test func everyChapterIsFound() {
        #expect(chapterNames.count >= 7)
    }

    @Test(arguments: chapterNames)
    func readmeNamesExactlyTheOptionsOfHelp(chapter: String) throws {
        guard let help = try helpOptions(chapter: chapter) else {
            Issue.record("\(chapter) is not built in .build/debug: run swift build first")
            return
        }
        let readme = try String(
            contentsOf: packageRoot.appendingPathComponent("Chapters/\(chapter)/README.md"), encoding: .utf8)
        let documented = documentedOptions(readme: readme, chapter: chapter)
        #expect(
            help.subtracting(documented).isEmpty,
            "\(chapter)'s README does not mention \(help.subtracting(documented).sorted())")
        #expect(
            documented.subtracting(help).isEmpty,
            "\(chapter)'s README names options it lacks: \(documented.subtracting(help).sorted())")
    }
}
