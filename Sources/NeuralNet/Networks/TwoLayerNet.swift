import NumSwift

/// The book's two-layer net: Affine(W1, b1) → ReLU → Affine(W2, b2) → softmax-with-loss.
///
/// Weights start as N(0, σ²) with σ = `weightInitStd` (the book's 0.01), biases at 0;
/// W1 is drawn before W2, so a seed fixes the whole network.
public struct TwoLayerNet: Network {
    /// W1 (inputs, hidden), b1 (hidden,), W2 (hidden, outputs), b2 (outputs,).
    public var params: Parameters
    private var affine1 = AffineLayer(weight: "W1", bias: "b1")
    private var relu1 = ReLULayer()
    private var affine2 = AffineLayer(weight: "W2", bias: "b2")
    private var lastLayer = SoftmaxWithLoss()

    /// A net with `inputSize` inputs, `hiddenSize` hidden units and `outputSize` classes.
    public init(
        inputSize: Int, hiddenSize: Int, outputSize: Int, weightInitStd: Double = 0.01,
        generator: inout SeededGenerator
    ) {
        precondition(
            inputSize > 0 && hiddenSize > 0 && outputSize > 0,
            "TwoLayerNet needs positive sizes, got \(inputSize), \(hiddenSize), \(outputSize)")
        params = [:]
        params["W1"] = NDArray.randn([inputSize, hiddenSize], using: &generator) * weightInitStd
        params["b1"] = NDArray.zeros([hiddenSize])
        params["W2"] = NDArray.randn([hiddenSize, outputSize], using: &generator) * weightInitStd
        params["b2"] = NDArray.zeros([outputSize])
    }

    /// affine2(relu(affine1(x))).
    public mutating func forward(_ x: NDArray, training: Bool) -> NDArray {
        var h = affine1.forward(x, params, training: training)
        h = relu1.forward(h, params, training: training)
        return affine2.forward(h, params, training: training)
    }

    /// Forward to the loss, then backward through the layers in reverse order.
    public mutating func gradient(_ x: NDArray, _ targets: Targets) -> (loss: Double, grads: Parameters) {
        let scores = forward(x, training: true)
        let loss = lastLayer.forward(scores, targets)
        var grads: Parameters = [:]
        var dout = lastLayer.backward()
        dout = affine2.backward(dout, params, &grads)
        dout = relu1.backward(dout, params, &grads)
        // x is the data: nothing upstream needs ∂L/∂x, so the first layer computes only ∂L/∂W1, ∂L/∂b1.
        affine1.backwardToParameters(dout, params, &grads)
        return (loss, grads)
    }
}
