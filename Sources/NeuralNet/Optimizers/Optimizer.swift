import NumSwift

/// An optimizer updates named parameters from their gradients.
///
/// Parameters are kept by stable names ("W1", "b1", …) so that an optimizer can keep state
/// (velocities, running averages) per parameter. The protocol is a seam: plain SGD arrives
/// with chapter 5, the other update rules with chapter 6.
public protocol Optimizer {
    /// The step size η; schedules change it between steps.
    var learningRate: Double { get set }

    /// Updates every parameter that has a gradient, in place.
    mutating func update(_ parameters: inout [String: NDArray], gradients: [String: NDArray])
}

/// Stochastic gradient descent: W ← W − η ∂L/∂W.
public struct SGD: Optimizer {
    /// The step size η.
    public var learningRate: Double

    /// Plain SGD with step size `learningRate` (the book uses 0.01 for chapter 6's race, 0.1 in chapter 5).
    public init(learningRate: Double = 0.01) {
        self.learningRate = learningRate
    }

    /// W ← W − η ∂L/∂W for every named parameter.
    public mutating func update(_ parameters: inout [String: NDArray], gradients: [String: NDArray]) {
        for (name, gradient) in gradients {
            parameters[name]?.add(gradient, scaledBy: -learningRate)
        }
    }
}
