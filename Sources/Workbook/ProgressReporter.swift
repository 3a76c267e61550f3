/// The progress of a long phase, reported on standard error and never on standard output, so that
/// redirected output stays byte-identical for the same seed.
///
/// Silent for the first two seconds (short phases print nothing). After that, on a terminal one
/// status line is rewritten in place at most five times a second; otherwise (a file, a pipe, a
/// CI log) a plain line appears every ten seconds:
///
///     var progress = ProgressReporter("5.5 numerical gradients", total: iterations)
///     for step in 1...iterations {
///         …
///         progress.advance()
///     }
///     progress.finish()
///
/// The line reads `5.5 numerical gradients: 3/5 (60%), 37 s elapsed, about 25 s left`.
public struct ProgressReporter: Sendable {
    /// What is being done, e.g. "7.6 hyper-parameter search".
    public let phase: String
    /// The number of steps in all.
    public let total: Int
    /// The steps done so far.
    public private(set) var done = 0

    private let stopwatch = Stopwatch()
    private let onTerminal: Bool
    private let quietSeconds: Double
    private var lastReport: Double?
    private var lineWidth = 0

    /// A phase of `total` steps starting now; `onTerminal` chooses the in-place status line.
    public init(_ phase: String, total: Int, onTerminal: Bool = standardErrorIsTerminal(), quietSeconds: Double = 2) {
        self.phase = phase
        self.total = Swift.max(total, 1)
        self.onTerminal = onTerminal
        self.quietSeconds = quietSeconds
    }

    /// Records `steps` more steps done and reports when it is time to.
    public mutating func advance(by steps: Int = 1) {
        done = Swift.min(done + steps, total)
        let elapsed = stopwatch.elapsedSeconds
        guard elapsed >= quietSeconds else { return }
        let interval = onTerminal ? 0.2 : 10
        if let lastReport, elapsed - lastReport < interval { return }
        report(ProgressReporter.line(phase: phase, done: done, total: total, elapsedSeconds: elapsed))
        lastReport = elapsed
    }

    /// Ends the phase: a terminal's status line is cleared; elsewhere a phase that reported
    /// anything says how long it took in all.
    public mutating func finish() {
        guard lastReport != nil else { return }
        if onTerminal {
            writeToStandardError("\r" + String(repeating: " ", count: lineWidth) + "\r")
        } else {
            printToStandardError("\(phase): done in \(ProgressReporter.seconds(stopwatch.elapsedSeconds))")
        }
        lastReport = nil
    }

    private mutating func report(_ line: String) {
        if onTerminal {
            let padding = String(repeating: " ", count: Swift.max(0, lineWidth - line.count))
            writeToStandardError("\r" + line + padding)
            lineWidth = line.count
        } else {
            printToStandardError(line)
        }
    }

    /// One report: "phase: 3/5 (60%), 37 s elapsed, about 25 s left" (the time left assumes every
    /// step takes as long as the average so far).
    public static func line(phase: String, done: Int, total: Int, elapsedSeconds: Double) -> String {
        let percent = 100 * done / Swift.max(total, 1)
        var text = "\(phase): \(done)/\(total) (\(percent)%), \(seconds(elapsedSeconds)) elapsed"
        if done > 0 && done < total {
            text += ", about \(seconds(elapsedSeconds / Double(done) * Double(total - done))) left"
        }
        return text
    }

    /// A duration as a reader reads it: "0.4 s", "37 s", "4 min 10 s".
    public static func seconds(_ value: Double) -> String {
        guard value.isFinite else { return "? s" }
        if value < 10 { return "\((value * 10).rounded() / 10) s" }
        let whole = Int(value.rounded())
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }

    /// Says on stderr, before a long phase starts, how long it is expected to take, when that is
    /// more than `threshold` seconds: "ch04-gradients: 5.5 numerical gradients will take about 1 min 5 s".
    public static func announce(_ phase: String, estimatedSeconds: Double, threshold: Double = 2) {
        guard estimatedSeconds > threshold else { return }
        printToStandardError("\(programName()): \(phase) will take about \(seconds(estimatedSeconds))")
    }
}
