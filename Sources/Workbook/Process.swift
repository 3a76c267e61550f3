import Foundation

// The few places where the workbook touches the process: its environment, stderr, exit.

/// The process environment, read once where it is needed (parsers take it as a parameter).
public enum ProcessEnvironment {
    /// The environment variables of this process.
    public static var variables: [String: String] { ProcessInfo.processInfo.environment }
}

/// Writes `text` and a newline to standard error, after flushing standard output,
/// so that the two streams appear in order on a terminal.
public func printToStandardError(_ text: String) {
    fflush(nil)  // every C output stream, standard output among them
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Ends the process with `status` (C's `exit`, which flushes standard output first).
public func exitProcess(_ status: Int32) -> Never {
    exit(status)
}
