import NumSwift

/// A fully connected net of any depth: Affine → activation, once per hidden size, then a final
/// Affine and softmax-with-loss. Parameters are named W1, b1, …, W(L+1), b(L+1).
public struct MultiLayerNet: SequentialNetwork {
    /// The layers: affine and activation alternating, ending in an affine layer.
    public var sequential: Sequential

    /// A net `inputSize` → `hiddenSizes[0]` → … → `outputSize`, with `activation` after each hidden
    /// affine layer, weights from `weights` (drawn input side first), biases at 0.
    public init(
        inputSize: Int, hiddenSizes: [Int], outputSize: Int, activation: HiddenActivation = .relu,
        weights: WeightSampler = .gaussian(standardDeviation: 0.01), generator: inout SeededGenerator
    ) {
        let sizes = [inputSize] + hiddenSizes + [outputSize]
        precondition(sizes.allSatisfy { $0 > 0 }, "MultiLayerNet needs positive sizes, got \(sizes)")
        var layers: [any Layer] = []
        for index in 1..<sizes.count {
            let (fanIn, fanOut) = (sizes[index - 1], sizes[index])
            let weight = weights.sample(fanIn, fanOut, &generator)
            precondition(
                weight.shape == [fanIn, fanOut],
                "the weight sampler gave shape \(Shape.describe(weight.shape)), expected \(Shape.describe([fanIn, fanOut]))"
            )
            layers.append(
                AffineLayer(weight: weight, bias: .zeros([fanOut]), weightName: "W\(index)", biasName: "b\(index)"))
            if index < sizes.count - 1 { layers.append(activation.makeLayer()) }
        }
        sequential = Sequential(layers)
    }
}
