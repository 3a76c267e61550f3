import NeuralNet
import NumSwift

/// A perceptron with n inputs: it fires (outputs 1) when the weighted sum of its inputs
/// plus its bias is positive, and stays silent (outputs 0) otherwise:
///
///     y = step(w · x + b),   step(a) = 1 if a > 0 else 0
struct Perceptron: Equatable, Sendable {
    /// How much each input counts, one weight per input.
    var weights: NDArray
    /// How easily the perceptron fires: −b is the threshold the weighted sum must pass.
    var bias: Double

    /// A perceptron with the given weights and bias.
    init(weights: NDArray, bias: Double) {
        precondition(
            weights.rank == 1, "a perceptron's weights are a vector, got shape \(Shape.describe(weights.shape))")
        self.weights = weights
        self.bias = bias
    }

    /// w · x + b: the number the step function decides on.
    func weightedSum(_ x: NDArray) -> Double {
        precondition(
            x.shape == weights.shape,
            "a perceptron with \(weights.count) weights needs \(weights.count) inputs, got shape \(Shape.describe(x.shape))"
        )
        return (weights * x).sum() + bias
    }

    /// The output, 0 or 1.
    func callAsFunction(_ x: NDArray) -> Double {
        step(weightedSum(x))
    }

    /// The output for two inputs.
    func callAsFunction(_ x1: Double, _ x2: Double) -> Double {
        self([x1, x2])
    }
}
