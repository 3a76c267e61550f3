import NumSwift

/// SGD with (heavy-ball) momentum (Polyak, 1964), in the form of Sutskever et al. (2013):
///
///     v ← μ v − η g
///     W ← W + v
///
/// The velocity v accumulates past steps, so a direction the gradient keeps pointing in speeds up
/// (under a constant gradient g the step tends to −η g/(1 − μ), ten times SGD's for μ = 0.9)
/// while components that flip sign cancel. The learning rate multiplies
/// each new gradient as it enters v, so a schedule changes the step gradually, not the whole
/// velocity at once. Defaults: η = 0.01, μ = 0.9.
public struct Momentum: Optimizer {
    /// The step size η.
    public var learningRate: Double
    /// μ, the fraction of the velocity kept from one step to the next.
    public var momentum: Double
    /// v, one velocity per parameter, zero before its first update.
    public private(set) var velocity: Parameters = [:]

    /// Momentum with step size `learningRate` and friction `momentum` (the book's 0.01 and 0.9).
    public init(learningRate: Double = 0.01, momentum: Double = 0.9) {
        self.learningRate = learningRate
        self.momentum = momentum
    }

    /// v ← μ v − η g;  W ← W + v.
    public mutating func update(_ params: inout Parameters, _ grads: Parameters) {
        let (lr, momentum) = (learningRate, self.momentum)
        for (key, g) in grads {
            velocity[key, default: .zeros(like: g)].update(with: g) { v, g in momentum * v - lr * g }
            params[key]! += velocity[key]!
        }
    }
}
