import NumSwift

/// RMSprop (Hinton, Srivastava and Swersky, 2012, Coursera lecture 6e): AdaGrad with a leaky
/// average of squared gradients, so old gradients are forgotten and the step does not die out:
///
///     s ← ρ s + (1 − ρ) g ⊙ g
///     W ← W − η g / (√s + ε)
///
/// Defaults: ρ = 0.9 as in the lecture; η = 0.001 (the lecture gives none; this is the usual
/// library default); ε = 1e-8.
public struct RMSprop: Optimizer {
    /// The step size η.
    public var learningRate: Double
    /// ρ, the weight of the old average in each update.
    public var decay: Double
    /// ε, added to √s before dividing.
    public var epsilon: Double
    /// s, the leaky average of g ⊙ g, one per parameter.
    public private(set) var meanSquare: Parameters = [:]

    /// RMSprop with step size `learningRate`, decay `decay` and guard `epsilon`.
    public init(learningRate: Double = 0.001, decay: Double = 0.9, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.decay = decay
        self.epsilon = epsilon
    }

    /// s ← ρ s + (1 − ρ) g ⊙ g;  W ← W − η g / (√s + ε).
    public mutating func update(_ params: inout Parameters, _ grads: Parameters) {
        let (lr, rho, eps) = (learningRate, decay, epsilon)
        for (key, g) in grads {
            meanSquare[key, default: .zeros(like: g)].update(with: g) { s, g in rho * s + (1 - rho) * g * g }
            params[key]!.update(with: g, meanSquare[key]!) { W, g, s in W - lr * g / (s.squareRoot() + eps) }
        }
    }
}
