import NumSwift

/// The book's two-layer net: Affine(W1, b1) → ReLU → Affine(W2, b2) → softmax-with-loss.
///
/// Weights start as N(0, σ²) with σ = `weightInitStd` (the book's 0.01), biases at 0;
/// W1 is drawn before W2, so a seed fixes the whole network.
public struct TwoLayerNet: SequentialNetwork {
    /// The layers: affine, ReLU, affine.
    public var sequential: Sequential

    /// A net with `inputSize` inputs, `hiddenSize` hidden units and `outputSize` classes.
    public init(
        inputSize: Int, hiddenSize: Int, outputSize: Int, weightInitStd: Double = 0.01,
        generator: inout SeededGenerator
    ) {
        precondition(
            inputSize > 0 && hiddenSize > 0 && outputSize > 0,
            "TwoLayerNet needs positive sizes, got \(inputSize), \(hiddenSize), \(outputSize)")
        let w1 = NDArray.randn([inputSize, hiddenSize], using: &generator) * weightInitStd
        let w2 = NDArray.randn([hiddenSize, outputSize], using: &generator) * weightInitStd
        sequential = Sequential([
            AffineLayer(weight: w1, bias: .zeros([hiddenSize]), weightName: "W1", biasName: "b1"),
            ReLULayer(),
            AffineLayer(weight: w2, bias: .zeros([outputSize]), weightName: "W2", biasName: "b2"),
        ])
    }
}
