import NumSwift

/// AdaDelta (Zeiler, 2012): RMSprop whose step size comes from the running size of its own past
/// steps instead of a learning rate:
///
///     E[g²]  ← ρ E[g²] + (1 − ρ) g ⊙ g
///     Δ      = −(√(E[Δ²] + ε) / √(E[g²] + ε)) ⊙ g
///     E[Δ²]  ← ρ E[Δ²] + (1 − ρ) Δ ⊙ Δ
///     W      ← W + η Δ
///
/// The ratio of the two root-mean-squares has the units of W over the units of g, so Δ has the
/// units of W whatever the scale of the loss (the paper's "correct units"): multiplying the loss
/// by 1000 leaves the steps nearly unchanged. There is no learning rate in the paper; here
/// `learningRate` is a plain multiplier η on the applied step, 1 by default, which is exactly
/// Zeiler's rule. E[Δ²] records the unscaled Δ, so η (or a schedule acting on it) damps the
/// steps without feeding back into the rule. Defaults as in the paper: ρ = 0.95, ε = 1e-6.
/// With E[Δ²] = 0 the first steps have size about √(ε / (1 − ρ)) ≈ 0.0045: AdaDelta starts slowly.
public struct AdaDelta: Optimizer {
    /// A factor on every step, 1 in the paper (which needs no learning rate).
    public var learningRate: Double
    /// ρ, the weight of the old averages in each update.
    public var decay: Double
    /// ε, inside both square roots.
    public var epsilon: Double
    /// E[g²], the leaky average of g ⊙ g, one per parameter.
    public private(set) var meanSquareGradient: Parameters = [:]
    /// E[Δ²], the leaky average of Δ ⊙ Δ, one per parameter.
    public private(set) var meanSquareStep: Parameters = [:]

    /// AdaDelta with factor `learningRate`, decay `decay` and guard `epsilon` (the paper's 0.95 and 1e-6).
    public init(learningRate: Double = 1, decay: Double = 0.95, epsilon: Double = 1e-6) {
        self.learningRate = learningRate
        self.decay = decay
        self.epsilon = epsilon
    }

    /// E[g²] ← ρ E[g²] + (1 − ρ) g²;  Δ = −√(E[Δ²] + ε) / √(E[g²] + ε) ⊙ g;
    /// E[Δ²] ← ρ E[Δ²] + (1 − ρ) Δ²;  W ← W + η Δ.
    public mutating func update(_ params: inout Parameters, _ grads: Parameters) {
        let (lr, rho, eps) = (learningRate, decay, epsilon)
        for (key, g) in grads {
            if meanSquareGradient[key] == nil {  // both averages start at 0
                (meanSquareGradient[key], meanSquareStep[key]) = (.zeros(like: g), .zeros(like: g))
            }
            meanSquareGradient[key]!.update(with: g) { s, g in rho * s + (1 - rho) * g * g }
            let step = -sqrt(meanSquareStep[key]! + eps) / sqrt(meanSquareGradient[key]! + eps) * g
            meanSquareStep[key]!.update(with: step) { s, d in rho * s + (1 - rho) * d * d }
            params[key]!.update(with: step) { W, d in W + lr * d }
        }
    }
}
