import Foundation

/// Stops the chapter with one line on stderr, `<program>: message`, and exit status 1:
/// for data that is missing or corrupt and other trouble that is not the reader's typing.
public func fail(_ message: String) -> Never {
    printToStandardError("\(programName()): \(oneLine(message))")
    exitProcess(1)
}

/// Runs a chapter's body; an error it throws ends the run with its description in one line
/// on stderr and exit status 1, never with a crash trace. A body that finishes ends the process
/// with status 0, or 1 when its output could not be written (see `exitProcess`).
public func runChapter(_ body: () throws -> Void) -> Never {
    do {
        try body()
    } catch {
        fail(String(describing: error))
    }
    exitProcess(0)
}

/// The text with its lines joined by spaces, so that a message always takes one line.
func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }.joined(separator: " ")
}

/// The name the program was started with, without its directory.
func programName() -> String {
    let path = CommandLine.arguments.first ?? "chapter"
    return String(path.split(separator: "/").last ?? Substring(path))
}
