/// A learning-rate schedule: the rate η(t) to use at step t = 0, 1, 2, … (an epoch or a
/// mini-batch, as the caller counts). A training loop applies it with
/// `optimizer.learningRate = schedule.rate(at: t)` before each step.
///
/// A schedule is a protocol with one small value type per shape rather than one enum, because
/// schedules compose (`LinearWarmup` goes in front of any of them) and because a reader can add
/// a schedule of their own (one-cycle, say) without editing the library. Each is a pure function
/// of the step, with no state: plotting, resuming or restarting a run needs no bookkeeping.
public protocol LearningRateSchedule: Sendable {
    /// η(t), the rate at step `step` ≥ 0.
    func rate(at step: Int) -> Double
}

extension LearningRateSchedule {
    /// η(0), η(1), …, η(count − 1): the schedule as a series to plot.
    public func rates(count: Int) -> [Double] {
        (0..<max(count, 0)).map { rate(at: $0) }
    }

    /// This schedule with `steps` of linear warm-up in front of it (see `LinearWarmup`).
    public func withLinearWarmup(steps: Int) -> LinearWarmup {
        LinearWarmup(steps: steps, then: self)
    }
}

/// The same rate at every step: η(t) = η.
public struct ConstantRate: LearningRateSchedule {
    /// η.
    public var rate: Double

    /// A schedule that always returns `rate`.
    public init(_ rate: Double) {
        self.rate = rate
    }

    /// η.
    public func rate(at step: Int) -> Double {
        precondition(step >= 0, "a schedule's step counts from 0, got \(step)")
        return rate
    }
}
