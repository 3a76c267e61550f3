import NumSwift

/// A fully connected net of any depth: Affine → activation, once per hidden size, then a final
/// Affine and softmax-with-loss. Parameters are named W1, b1, …, W(L+1), b(L+1).
///
/// Chapter 7's options (the book's `MultiLayerNetExtend`) change each hidden block to
/// Affine → BatchNorm → activation → Dropout: `batchNorm` adds the normalisation (γ and β named
/// gamma1, beta1, … after their affine layer), `dropout` > 0 the dropout layers, and
/// `weightDecay` a penalty on the weights in the loss and their gradients.
public struct MultiLayerNet: SequentialNetwork {
    /// The layers: affine and activation alternating (with batch norm and dropout when asked),
    /// ending in an affine layer.
    public var sequential: Sequential

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
        var blocks: [[any Layer]] = []
        for index in 1..<sizes.count {
            let (fanIn, fanOut) = (sizes[index - 1], sizes[index])
            let weight = weights.weights(fanIn: fanIn, fanOut: fanOut, using: &generator)
            var block: [any Layer] = [
                AffineLayer(weight: weight, bias: .zeros([fanOut]), weightName: "W\(index)", biasName: "b\(index)")
            ]
            if index < sizes.count - 1 {
                if batchNorm {
                    block.append(BatchNormLayer(features: fanOut, gammaName: "gamma\(index)", betaName: "beta\(index)"))
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
        sequential = Sequential(blocks.flatMap { $0 }, weightDecay: weightDecay)
    }
}
