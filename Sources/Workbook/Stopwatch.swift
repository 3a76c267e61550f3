/// Measures wall-clock time on a monotonic clock, for the places where timing is the lesson.
///
/// Times depend on the machine: whoever prints one must label it so (e.g. "seconds
/// (machine-dependent)"), since everything else a chapter prints is the same on every run.
public struct Stopwatch: Sendable {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    /// A stopwatch started now.
    public init() {
        start = clock.now
    }

    /// The time since the stopwatch was started.
    public var elapsed: Duration { clock.now - start }

    /// The time since the stopwatch was started, in seconds.
    public var elapsedSeconds: Double { Stopwatch.seconds(elapsed) }

    /// Runs `body` once and returns its result with the seconds it took.
    public static func time<T>(_ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
        let stopwatch = Stopwatch()
        let result = try body()
        return (result, stopwatch.elapsedSeconds)
    }

    /// A duration in seconds.
    public static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
