import NumSwift

/// An optimizer updates a network's parameters from their gradients, in place:
///
///     optimizer.update(&network.params, grads)
///
/// Parameters are kept by stable names ("W1", "b1", …), so an optimizer can keep state
/// (velocities, running averages) per parameter, as the book's optimizers keep `self.v[key]`.
/// Plain SGD arrives with chapter 5, the other update rules with chapter 6.
public protocol Optimizer {
    /// The step size η; schedules change it between steps.
    var learningRate: Double { get set }

    /// Updates every parameter that has a gradient, in place.
    mutating func update(_ params: inout Parameters, _ grads: Parameters)
}

/// Stochastic gradient descent, the book's `SGD`:
///
///     W ← W − η ∂L/∂W
public struct SGD: Optimizer {
    /// The step size η.
    public var learningRate: Double

    /// Plain SGD with step size `learningRate` (the book uses 0.01 for chapter 6's race, 0.1 in chapter 5).
    public init(learningRate: Double = 0.01) {
        self.learningRate = learningRate
    }

    /// W ← W − η ∂L/∂W for every parameter that has a gradient.
    public mutating func update(_ params: inout Parameters, _ grads: Parameters) {
        let lr = learningRate
        for (key, g) in grads {
            params[key]!.update(with: g) { W, g in W - lr * g }
        }
    }
}
