import NumSwift

/// Nesterov's accelerated gradient (Nesterov, 1983) as a momentum method (Sutskever et al., 2013),
/// in the reformulation of Bengio, Boulanger-Lewandowski and Pascanu (2013):
///
///     v ← μ v − η g
///     W ← W + μ v − η g          (with the new v)
///
/// Classical Nesterov takes the gradient at the look-ahead point W + μ v. Tracking the look-ahead
/// point itself as the parameter turns that into the rule above, which needs only the gradient at
/// the current parameters, as every other optimizer here does. Compared with `Momentum`, the step
/// applies the velocity once more (μ v) and the fresh gradient directly (−η g), so it corrects
/// earlier when the gradient turns. Defaults: η = 0.01, μ = 0.9.
public struct Nesterov: Optimizer {
    /// The step size η.
    public var learningRate: Double
    /// μ, the fraction of the velocity kept from one step to the next.
    public var momentum: Double
    /// v, one velocity per parameter (as in `Momentum`), zero before its first update.
    public private(set) var velocity: Parameters = [:]

    /// Nesterov momentum with step size `learningRate` and friction `momentum`.
    public init(learningRate: Double = 0.01, momentum: Double = 0.9) {
        self.learningRate = learningRate
        self.momentum = momentum
    }

    /// v ← μ v − η g;  W ← W + μ v − η g.
    public mutating func update(_ params: inout Parameters, _ grads: Parameters) {
        let (lr, momentum) = (learningRate, self.momentum)
        for (key, g) in grads {
            velocity[key, default: .zeros(like: g)].update(with: g) { v, g in momentum * v - lr * g }
            params[key]!.update(with: velocity[key]!, g) { W, v, g in W + (momentum * v - lr * g) }
        }
    }
}
