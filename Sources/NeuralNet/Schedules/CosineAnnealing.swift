import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cosine annealing (Loshchilov and Hutter, 2017, "SGDR"): over a period of T steps the rate
/// falls from η_max to η_min along half a cosine,
///
///     η(t) = η_min + ½ (η_max − η_min) (1 + cos(π t / T)),
///
/// so it starts flat, falls fastest halfway, and lands softly: η(0) = η_max, η(T) = η_min.
/// Without restarts the rate stays at η_min after step T (to end a run of n steps exactly at the
/// minimum, take T = n − 1). With warm restarts the cosine starts over: at t = T the rate jumps
/// back to η_max, and each period is `periodGrowth` times longer than the one before (the paper's
/// T_mult; T_i = T · T_multⁱ).
public struct CosineAnnealing: LearningRateSchedule {
    /// η_max, the rate at the start of each period.
    public var maximumRate: Double
    /// η_min, the rate at the end of each period.
    public var minimumRate: Double
    /// T, the length of the (first) period in steps.
    public var period: Int
    /// Whether the cosine starts over after each period (SGDR) or stays at η_min.
    public var restarts: Bool
    /// T_mult ≥ 1: how much longer each period is than the one before (with restarts).
    public var periodGrowth: Int

    /// Cosine annealing from `maximumRate` to `minimumRate` over `period` steps, optionally restarting.
    public init(
        maximumRate: Double, minimumRate: Double = 0, period: Int, restarts: Bool = false, periodGrowth: Int = 1
    ) {
        precondition(period > 0, "CosineAnnealing needs a positive period, got \(period)")
        precondition(periodGrowth >= 1, "CosineAnnealing needs periodGrowth ≥ 1, got \(periodGrowth)")
        self.maximumRate = maximumRate
        self.minimumRate = minimumRate
        self.period = period
        self.restarts = restarts
        self.periodGrowth = periodGrowth
    }

    /// η_min + ½ (η_max − η_min)(1 + cos(π t_cur / T_i)), t_cur the steps since the last restart.
    public func rate(at step: Int) -> Double {
        precondition(step >= 0, "a schedule's step counts from 0, got \(step)")
        var stepInPeriod = step
        var length = period
        if restarts {
            while stepInPeriod >= length {
                stepInPeriod -= length
                length *= periodGrowth
            }
        } else {
            stepInPeriod = min(step, period)
        }
        let progress = Double(stepInPeriod) / Double(length)
        return minimumRate + 0.5 * (maximumRate - minimumRate) * (1 + cos(Double.pi * progress))
    }
}
