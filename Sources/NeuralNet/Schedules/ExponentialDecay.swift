import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exponential decay: the rate shrinks by a factor γ every step, η(t) = η₀ · γᵗ.
///
/// A smooth version of `StepDecay`; γ = 0.5^(1/h) halves the rate every h steps.
public struct ExponentialDecay: LearningRateSchedule {
    /// η₀, the rate at step 0.
    public var initialRate: Double
    /// γ, the factor per step, in (0, 1] for a decay.
    public var factor: Double

    /// η₀ · γᵗ with η₀ = `initialRate` and γ = `factor`.
    public init(initialRate: Double, factor: Double) {
        self.initialRate = initialRate
        self.factor = factor
    }

    /// η₀ · γᵗ.
    public func rate(at step: Int) -> Double {
        precondition(step >= 0, "a schedule's step counts from 0, got \(step)")
        return initialRate * pow(factor, Double(step))
    }
}
