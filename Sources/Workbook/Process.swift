import Foundation

// The few places where the workbook touches the process: its environment here; its standard
// streams and its exit in StandardStreams.swift.

/// The process environment, read once where it is needed (parsers take it as a parameter).
public enum ProcessEnvironment {
    /// The environment variables of this process.
    public static var variables: [String: String] { ProcessInfo.processInfo.environment }
}
