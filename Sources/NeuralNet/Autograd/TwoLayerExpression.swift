import NumSwift

/// The book's two-layer net written as one expression of variables,
///
///     loss = softmaxCrossEntropy(relu(x · W1 + b1) · W2 + b2, t)
///
/// whose gradient comes from `backward()` instead of hand-written layers. The parameters are
/// drawn exactly as `TwoLayerNet` draws them, so with the same generator both nets start equal,
/// and every step does the same arithmetic in the same order: same numbers, two routes.
public struct TwoLayerExpressionNet: Network {
    /// W1 (inputs, hidden), b1 (hidden,), W2 (hidden, outputs), b2 (outputs,), as `TwoLayerNet`.
    public var params: Parameters

    /// A net whose weights are `TwoLayerNet`'s for the same sizes and generator.
    public init(
        inputSize: Int, hiddenSize: Int, outputSize: Int, weightInitStd: Double = 0.01,
        generator: inout SeededGenerator
    ) {
        params =
            TwoLayerNet(
                inputSize: inputSize, hiddenSize: hiddenSize, outputSize: outputSize, weightInitStd: weightInitStd,
                generator: &generator
            ).params
    }

    /// A net with these parameters (W1, b1, W2, b2).
    public init(params: Parameters) {
        for name in ["W1", "b1", "W2", "b2"] {
            precondition(params[name] != nil, "TwoLayerExpressionNet needs parameter \(name)")
        }
        self.params = params
    }

    /// The class scores relu(x · W1 + b1) · W2 + b2 for the given variables.
    public static func scores(_ x: Variable, _ p: [String: Variable]) -> Variable {
        matmul(relu(matmul(x, p["W1"]!) + p["b1"]!), p["W2"]!) + p["b2"]!
    }

    /// The class scores of a batch, computed on constants (no graph is kept).
    public mutating func forward(_ x: NDArray, training: Bool) -> NDArray {
        let constants = params.mapValues { Variable(constant: $0) }
        return Self.scores(Variable(constant: x), constants).value
    }

    /// The loss of a batch and its gradient by `backward()`: the parameters become fresh leaves
    /// (so no gradient of an earlier step is left in them), the data a constant.
    public mutating func gradient(_ x: NDArray, _ targets: Targets) -> (loss: Double, grads: Parameters) {
        let leaves = params.mapValues { Variable($0) }
        let loss = softmaxCrossEntropy(Self.scores(Variable(constant: x), leaves), targets)
        loss.backward()
        return (loss.value.scalar, leaves.mapValues { $0.gradient! })
    }
}
