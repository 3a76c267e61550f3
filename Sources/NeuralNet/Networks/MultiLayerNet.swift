import NumSwift

/// A fully connected net of any depth: Affine → activation, once per hidden size, then a final
/// Affine and softmax-with-loss. Parameters are named W1, b1, …, W(L+1), b(L+1).
///
/// Chapter 7's options (the book's `MultiLayerNetExtend`) change each hidden block to
/// Affine → BatchNorm → activation → Dropout: `batchNorm` adds the normalisation (γ and β named
/// gamma1, beta1, … after their affine layer), `dropout` > 0 the dropout layers, and
/// `weightDecay` a penalty on the weights in the loss and their gradients.
public struct MultiLayerNet: Network {
    /// Every weight, bias and batch-norm γ and β, by name.
    public var params: Parameters
    /// The penalty on the weights ("W1", "W2", …) added to the loss.
    public var weightDecay: WeightDecay
    /// The first affine layer, whose input is the data.
    public private(set) var inputLayer: AffineLayer
    /// The layers after it, in order: activations, affine layers, batch norm and dropout.
    public private(set) var layers: [any Layer]
    private var lastLayer = SoftmaxWithLoss()

    /// A net `inputSize` → `hiddenSizes[0]` → … → `outputSize`, with `activation` after each hidden
    /// affine layer (`ActivationLayer.make`), weights drawn by `weights` input side first, biases at 0.
    /// Dropout masks come from a seed drawn from `generator` after the weights, so switching dropout
    /// on or off leaves the initial weights of a seed unchanged.
    public init(
        inputSize: Int, hiddenSizes: [Int], outputSize: Int, activation: Activation = .relu,
        weights: WeightInit = .standardDeviation(0.01), batchNorm: Bool = false, dropout: Double = 0,
        weightDecay: WeightDecay = .none, generator: inout SeededGenerator
    ) {
        let sizes = [inputSize] + hiddenSizes + [outputSize]
        precondition(sizes.allSatisfy { $0 > 0 }, "MultiLayerNet needs positive sizes, got \(sizes)")
        precondition(dropout >= 0 && dropout < 1, "MultiLayerNet dropout rate must lie in [0, 1), got \(dropout)")
        params = [:]
        var blocks: [[any Layer]] = []
        for index in 1..<sizes.count {
            let (fanIn, fanOut) = (sizes[index - 1], sizes[index])
            params["W\(index)"] = weights.weights(fanIn: fanIn, fanOut: fanOut, using: &generator)
            params["b\(index)"] = NDArray.zeros([fanOut])
            var block: [any Layer] = [AffineLayer(weight: "W\(index)", bias: "b\(index)")]
            if index < sizes.count - 1 {
                if batchNorm {
                    params["gamma\(index)"] = NDArray.ones([fanOut])
                    params["beta\(index)"] = NDArray.zeros([fanOut])
                    block.append(BatchNormLayer(features: fanOut, gamma: "gamma\(index)", beta: "beta\(index)"))
                }
                block.append(ActivationLayer.make(activation))
            }
            blocks.append(block)
        }
        if dropout > 0 {
            let seed = generator.next()
            for index in blocks.indices.dropLast() {
                blocks[index].append(DropoutLayer(rate: dropout, seed: seed &+ UInt64(index)))
            }
        }
        inputLayer = AffineLayer(weight: "W1", bias: "b1")
        layers = Array(blocks.flatMap { $0 }.dropFirst())
        self.weightDecay = weightDecay
    }

    /// The input layer, then every other layer in order.
    public mutating func forward(_ x: NDArray, training: Bool) -> NDArray {
        layers.forward(inputLayer.forward(x, params, training: training), params, training: training)
    }

    /// Forward to the loss, then backward through the layers in reverse order (the chain rule, one
    /// layer at a time); the weight decay adds its penalty to the loss and λ W to each ∂L/∂W.
    public mutating func gradient(_ x: NDArray, _ targets: Targets) -> (loss: Double, grads: Parameters) {
        let scores = forward(x, training: true)
        let loss = lastLayer.forward(scores, targets) + regularizationLoss
        var grads: Parameters = [:]
        let dout = layers.backward(lastLayer.backward(), params, &grads)
        // x is the data: nothing upstream needs ∂L/∂x, so the first layer computes only ∂L/∂W1, ∂L/∂b1.
        inputLayer.backwardToParameters(dout, params, &grads)
        weightDecay.addGradient(to: &grads, parameters: params)
        return (loss, grads)
    }

    /// The weight decay's penalty on the current weights.
    public var regularizationLoss: Double { weightDecay.penalty(of: params) }
}
