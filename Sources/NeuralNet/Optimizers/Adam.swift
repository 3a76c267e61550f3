import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Adam (Kingma and Ba, 2015), Algorithm 1: momentum on the gradient and RMSprop's scaling,
/// both as leaky averages, corrected for starting at zero:
///
///     t ← t + 1
///     m ← β₁ m + (1 − β₁) g
///     v ← β₂ v + (1 − β₂) g ⊙ g
///     m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
///     W ← W − η m̂ / (√v̂ + ε)
///
/// Without the correction the first averages would be biased towards 0 (m₁ = 0.1 g). With it,
/// m̂₁ = g and v̂₁ = g², so the first step is η g/(|g| + ε): about η in every coordinate, whatever
/// the scale of the gradient. Defaults as in the paper: η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
/// The step count t counts calls of `update`, as the book's `self.iter`.
public struct Adam: Optimizer {
    /// The step size η (the paper's α).
    public var learningRate: Double
    /// The decay β₁ in [0, 1) of the first-moment average m.
    public var beta1: Double
    /// The decay β₂ in [0, 1) of the second-moment average v.
    public var beta2: Double
    /// ε, added to √v̂ before dividing.
    public var epsilon: Double
    /// t, the number of updates so far.
    public private(set) var stepCount = 0
    /// m, the running mean of g, one per parameter.
    public private(set) var firstMoment: Parameters = [:]
    /// v, the running mean of g ⊙ g, one per parameter.
    public private(set) var secondMoment: Parameters = [:]

    /// Adam with step size `learningRate`, moment decays `beta1`, `beta2` and guard `epsilon`.
    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    /// t ← t + 1;  m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g ⊙ g;
    /// W ← W − η m̂ / (√v̂ + ε) with m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ).
    public mutating func update(_ params: inout Parameters, _ grads: Parameters) {
        stepCount += 1
        let (lr, beta1, beta2, eps) = (learningRate, self.beta1, self.beta2, epsilon)
        let (correction1, correction2) = (1 - pow(beta1, Double(stepCount)), 1 - pow(beta2, Double(stepCount)))
        for (key, g) in grads {
            firstMoment[key, default: .zeros(like: g)].update(with: g) { m, g in beta1 * m + (1 - beta1) * g }
            secondMoment[key, default: .zeros(like: g)].update(with: g) { v, g in beta2 * v + (1 - beta2) * g * g }
            params[key]!.update(with: firstMoment[key]!, secondMoment[key]!) { W, m, v in
                W - lr * (m / correction1) / ((v / correction2).squareRoot() + eps)
            }
        }
    }
}
