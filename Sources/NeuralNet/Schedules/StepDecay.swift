import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Step decay: the rate drops by a factor γ every k steps, η(t) = η₀ · γ^⌊t / k⌋.
///
/// The classic schedule of image classifiers (e.g. ÷10 at fixed epochs). Defaults: γ = 0.1.
public struct StepDecay: LearningRateSchedule {
    /// η₀, the rate of the first k steps.
    public var initialRate: Double
    /// γ, the factor applied at each drop.
    public var factor: Double
    /// k, the number of steps between drops.
    public var stepSize: Int

    /// η₀ · γ^⌊t / k⌋ with η₀ = `initialRate`, γ = `factor`, k = `stepSize`.
    public init(initialRate: Double, factor: Double = 0.1, stepSize: Int) {
        precondition(stepSize > 0, "StepDecay needs a positive stepSize, got \(stepSize)")
        self.initialRate = initialRate
        self.factor = factor
        self.stepSize = stepSize
    }

    /// η₀ · γ^⌊t / k⌋.
    public func rate(at step: Int) -> Double {
        precondition(step >= 0, "a schedule's step counts from 0, got \(step)")
        return initialRate * pow(factor, Double(step / stepSize))
    }
}
