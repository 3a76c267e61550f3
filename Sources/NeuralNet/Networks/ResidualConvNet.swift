import NumSwift

/// A deeper small convolutional network, to compare stacks of layers with and without skip
/// connections:
///
///     Convolution(W1) → ReLU → [ResidualBlock(W2, W3) → ReLU] × blocks → MaxPooling 2×2 → Affine → softmax
///
/// Every convolution has `channels` filters of 3 × 3 with padding 1, so the maps keep the image's
/// size until the pooling. With `skipConnections` false each block is the plain
/// conv → ReLU → conv, and the network is an ordinary stack of 2·blocks + 1 convolutions.
/// Filters start as N(0, σ²) with σ from `weights` for a fan-in of C·3·3, biases at 0.
public struct ResidualConvNet: Network {
    /// W1, b1 for the first convolution, W2 … W(2·blocks + 1) for the blocks, the last pair for
    /// the affine layer.
    public var params: Parameters
    /// Whether the blocks add their input to their output.
    public let skipConnections: Bool
    private var inputLayer: Convolution
    private var layers: [any Layer]
    private var lastLayer = SoftmaxWithLoss()

    /// A network for images of `inputShape` (C, H, W), H and W even, with `blocks` residual blocks
    /// of `channels` channels and `outputSize` classes.
    public init(
        inputShape: [Int], channels: Int, blocks: Int, outputSize: Int, skipConnections: Bool = true,
        weights: WeightInit = .heNormal, generator: inout SeededGenerator
    ) {
        precondition(
            inputShape.count == 3 && inputShape.allSatisfy { $0 > 0 } && inputShape[1] % 2 == 0
                && inputShape[2] % 2 == 0,
            "ResidualConvNet needs an input shape (C, H, W) with H and W even, got \(inputShape)")
        precondition(
            channels > 0 && blocks >= 0 && outputSize > 0,
            "ResidualConvNet needs positive sizes, got \(channels) channels, \(blocks) blocks, \(outputSize) outputs")
        params = [:]
        let convolutions = 2 * blocks + 1
        for index in 1...convolutions {
            let inputs = index == 1 ? inputShape[0] : channels
            let sigma = weights.standardDeviation(fanIn: inputs * 9, fanOut: channels * 9)
            params["W\(index)"] = NDArray.randn([channels, inputs, 3, 3], using: &generator) * sigma
            params["b\(index)"] = NDArray.zeros([channels])
        }
        let features = channels * (inputShape[1] / 2) * (inputShape[2] / 2)
        let last = convolutions + 1
        params["W\(last)"] =
            NDArray.randn([features, outputSize], using: &generator)
            * weights.standardDeviation(fanIn: features, fanOut: outputSize)
        params["b\(last)"] = NDArray.zeros([outputSize])
        inputLayer = Convolution(weight: "W1", bias: "b1", padding: 1)
        layers = [ReLULayer()]
        for block in 0..<blocks {
            let first = 2 * block + 2
            layers.append(
                ResidualBlock(
                    first: ("W\(first)", "b\(first)"), second: ("W\(first + 1)", "b\(first + 1)"),
                    skipConnection: skipConnections))
            layers.append(ReLULayer())
        }
        layers += [MaxPooling(size: 2), AffineLayer(weight: "W\(last)", bias: "b\(last)")]
        self.skipConnections = skipConnections
    }

    /// The class scores of a batch (N, C, H, W).
    public mutating func forward(_ x: NDArray, training: Bool) -> NDArray {
        layers.forward(inputLayer.forward(x, params, training: training), params, training: training)
    }

    /// Forward to the loss, then backward through the layers in reverse order.
    public mutating func gradient(_ x: NDArray, _ targets: Targets) -> (loss: Double, grads: Parameters) {
        let scores = forward(x, training: true)
        let loss = lastLayer.forward(scores, targets)
        var grads: Parameters = [:]
        let dout = layers.backward(lastLayer.backward(), params, &grads)
        inputLayer.backwardToParameters(dout, params, &grads)  // x is the data: no ∂L/∂x needed
        return (loss, grads)
    }
}
