import Foundation
import Testing

/// The error path itself must hold when the streams do not: a chapter run with stderr closed or
/// full still ends with its exit status (no trap), and a run whose stdout cannot be written ends
/// with status 1 instead of losing its output silently. These run the built chapter executables,
/// which `swift test` builds next to the test bundle.
struct ErrorPathTests {
    /// The folder holding the built products (the test bundle's folder).
    static let productsFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path

    /// Runs `command` with `sh -c` in the products folder; its exit status and what it wrote to stderr.
    static func run(_ command: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: productsFolder)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // A trap ends the process by a signal; `sh` reports it as 128 + the signal's number.
        return (process.terminationReason == .exit ? process.terminationStatus : 128, text)
    }

    static let chapterBuilt = FileManager.default.isExecutableFile(atPath: productsFolder + "/ch02-activations")
    static let hasDevFull = FileManager.default.fileExists(atPath: "/dev/full")

    @Test(
        .enabled(if: chapterBuilt, "ch02-activations is not built next to the tests"),
        arguments: [
            ("./ch02-activations --bogus 2>&-", 2), ("./ch02-activations --seed x 2>&-", 2),
            ("./ch05-backprop --quick --data-dir /nonexistent 2>&-", 1),
        ])
    func aClosedStderrLeavesTheExitStatus(command: String, status: Int32) throws {
        #expect(try Self.run(command).status == status)
    }

    @Test(
        .enabled(if: chapterBuilt && hasDevFull, "needs the built chapters and /dev/full"),
        arguments: [
            ("./ch02-activations --bogus 2>/dev/full", 2),
            ("./ch05-backprop --quick --data-dir /nonexistent 2>/dev/full", 1),
        ])
    func aFullStderrLeavesTheExitStatus(command: String, status: Int32) throws {
        #expect(try Self.run(command).status == status)
    }

    @Test(.enabled(if: chapterBuilt && hasDevFull, "needs the built chapters and /dev/full"))
    func aFullStdoutEndsWithStatusOneAndSaysSo() throws {
        let result = try Self.run("./ch02-activations >/dev/full")
        #expect(result.status == 1)
        #expect(result.stderr == "ch02-activations: cannot write the output: no space left on the device\n")
        #expect(try Self.run("./ch02-activations --help >/dev/full").status == 1)
    }

    @Test(.enabled(if: chapterBuilt, "ch02-activations is not built next to the tests"))
    func aClosedStdoutEndsWithStatusOne() throws {
        let result = try Self.run("./ch02-activations >&-")
        #expect(result.status == 1)
        #expect(result.stderr == "ch02-activations: cannot write the output: the stream is closed\n")
    }
}
