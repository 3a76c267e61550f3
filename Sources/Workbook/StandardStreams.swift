#if canImport(Glibc)
    // The C streams `stdout` and `stderr` are global variables. This file does not import Foundation,
    // so that the import below may say that the workbook reads them only from the main thread.
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

// Where the workbook writes to the process's standard streams and ends it.

/// Writes `text` and a newline to standard error, after flushing standard output,
/// so that the two streams appear in order on a terminal.
///
/// A closed or full stderr (`2>&-`, `2>/dev/full`) loses the line but never stops the run:
/// the exit status still tells what happened.
public func printToStandardError(_ text: String) {
    fflush(stdout)
    fputs(text + "\n", stderr)
    fflush(stderr)
}

/// Writes `text` to standard error as it is (no newline, no flush of stdout): for a status line
/// that rewrites itself with a carriage return. Write errors are ignored, as above.
public func writeToStandardError(_ text: String) {
    fputs(text, stderr)
    fflush(stderr)
}

/// Whether standard error is a terminal (then a status line can be rewritten in place).
public func standardErrorIsTerminal() -> Bool {
    isatty(STDERR_FILENO) == 1
}

/// Ends the process with `status` (C's `exit`, which flushes standard output first).
///
/// A run that ends well must also have delivered its output: when standard output could not be
/// written (`>/dev/full`, a closed pipe), the run ends with one line on stderr and status 1
/// instead of 0, so that a script sees the loss.
public func exitProcess(_ status: Int32) -> Never {
    if status == 0, let problem = standardOutputProblem() {
        printToStandardError("\(programName()): cannot write the output: \(problem)")
        exit(1)
    }
    exit(status)
}

/// Flushes standard output and says what went wrong with it, if anything did, in plain words.
func standardOutputProblem() -> String? {
    errno = 0
    let flushFailed = fflush(stdout) != 0
    guard flushFailed || ferror(stdout) != 0 else { return nil }
    return describeSystemError(errno)
}

/// The error number of a failed write to a standard stream, in plain words (the errors a
/// redirection can cause: a full device, a closed pipe or stream).
func describeSystemError(_ code: Int32) -> String {
    switch code {
    case ENOSPC: return "no space left on the device"
    case EPIPE: return "the reading end of the pipe is closed"
    case EBADF: return "the stream is closed"
    case EFBIG: return "the file is too large"
    case EIO: return "an input/output error"
    default: return "an unexpected system error"
    }
}
