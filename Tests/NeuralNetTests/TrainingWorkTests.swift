import NeuralNet
import NumSwift
import Testing

// The shortcuts a training step takes (no ∂L/∂data, parameters updated in place) against the
// plain definitions they replace.

@Test func affineLayerWithoutInputGradientStillRecordsItsParameterGradients() {
    var layer = AffineLayer(
        weight: NDArray([[1, 2], [3, 4], [5, 6], [7, 8]]), bias: [10, 20], weightName: "W1", biasName: "b1")
    layer.needsInputGradient = false
    _ = layer.forward(NDArray([[[1, 0], [0, 1]]]), training: true)
    let dx = layer.backward(NDArray([[1, -1]]))
    #expect(dx.shape == [0])
    // xᵀ · dout and Σ dout by hand, as in affineLayerRestoresTheInputShapeAndNamesItsGradients.
    #expect(layer.gradients["W1"] == NDArray([[1, -1], [0, 0], [0, 0], [1, -1]]))
    #expect(layer.gradients["b1"] == [1, -1])
}

@Test func sequentialSkipsOnlyTheFirstLayersInputGradient() {
    var generator = SeededGenerator(seed: 3)
    let network = TwoLayerNet(inputSize: 4, hiddenSize: 3, outputSize: 2, generator: &generator)
    let affine = network.sequential.layers.compactMap { $0 as? AffineLayer }
    #expect(affine.map(\.needsInputGradient) == [false, true])
}

@Test func takingAnAffineLayersParametersAndGivingThemBackRestoresTheLayer() {
    var layer = AffineLayer(weight: NDArray([[1, 2], [3, 4]]), bias: [5, 6], weightName: "W", biasName: "b")
    let taken = layer.takeParameters()
    #expect(taken["W"] == NDArray([[1, 2], [3, 4]]) && taken["b"] == [5, 6])
    #expect(layer.weight.shape == [0] && layer.bias.shape == [0])
    layer.parameters = taken
    #expect(layer.forward(NDArray([[1, 1]]), training: false) == NDArray([[1 + 3 + 5, 2 + 4 + 6]]))
}

/// Two networks from the same seed, one updated through `parameters`, one by `update(by:gradients:)`.
private func updatedBothWays(
    with optimizer: some Optimizer, steps: Int
) -> (plain: [String: NDArray], inPlace: [String: NDArray]) {
    var generator = SeededGenerator(seed: 11)
    var plain = MultiLayerNet(
        inputSize: 5, hiddenSizes: [4, 3], outputSize: 3, batchNorm: true, generator: &generator)
    var inPlace = plain
    var (plainOptimizer, inPlaceOptimizer) = (optimizer, optimizer)
    for _ in 0..<steps {
        let x = NDArray.randn([6, 5], using: &generator)
        let targets = Targets.classIndices((0..<6).map { _ in generator.nextInt(below: 3) })
        let (_, plainGradients) = plain.trainingStep(x, targets)
        plainOptimizer.update(&plain.parameters, gradients: plainGradients)
        let (_, inPlaceGradients) = inPlace.trainingStep(x, targets)
        inPlace.update(by: &inPlaceOptimizer, gradients: inPlaceGradients)
    }
    return (plain.parameters, inPlace.parameters)
}

@Test func updatingInPlaceGivesTheSameParametersAsUpdatingThroughTheDictionary() {
    let optimizers: [(String, any Optimizer)] = [
        ("SGD", SGD(learningRate: 0.1)), ("Momentum", Momentum(learningRate: 0.1)), ("Adam", Adam()),
    ]
    for (name, optimizer) in optimizers {
        let (plain, inPlace) = updatedBothWays(with: optimizer, steps: 3)
        #expect(Set(plain.keys) == Set(inPlace.keys), "\(name)")
        for (key, value) in plain {
            #expect(inPlace[key] == value, "\(name): \(key) differs")
        }
    }
}

@Test func updatingASequentialWritesIntoTheWeightsItHolds() {
    var generator = SeededGenerator(seed: 5)
    var network = TwoLayerNet(inputSize: 6, hiddenSize: 4, outputSize: 2, generator: &generator)
    let (_, gradients) = network.trainingStep(NDArray.randn([3, 6], using: &generator), .classIndices([0, 1, 1]))
    func firstWeightAddress(_ network: TwoLayerNet) -> Int {
        let layer = network.sequential.layers[0] as? AffineLayer
        return layer?.weight.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) } ?? 0
    }
    let before = firstWeightAddress(network)
    let expected = network.parameters["W1"]! - gradients["W1"]! * 0.5
    var optimizer = SGD(learningRate: 0.5)
    network.update(by: &optimizer, gradients: gradients)
    // A copy would be made while the old buffer is still alive, so it could not share its address.
    #expect(firstWeightAddress(network) == before)
    #expect(network.parameters["W1"] == expected)
}

/// Equal to the last bit, NaN included.
private func bits(_ x: NDArray) -> [UInt64] { x.scalars.map(\.bitPattern) }

@Test func softmaxAndLogSoftmaxTogetherEqualEachAloneToTheLastBit() {
    var generator = SeededGenerator(seed: 17)
    let inputs: [NDArray] = [
        NDArray.randn([7, 10], using: &generator) * 30,
        NDArray.randn([2, 3, 4], using: &generator),
        [0.3, 2.9, 4.0],
        NDArray([[-.infinity, 1, 2], [3, -.infinity, -.infinity]]),
        NDArray([[-.infinity, -.infinity], [1, 2]]),  // a row of −inf: no finite maximum
        NDArray([[.infinity, 1], [1, 2]]),
    ]
    for x in inputs {
        let (probabilities, logProbabilities) = softmaxAndLogSoftmax(x)
        #expect(probabilities.shape == x.shape && logProbabilities.shape == x.shape)
        #expect(bits(probabilities) == bits(softmax(x)), "softmax of \(x)")
        #expect(bits(logProbabilities) == bits(logSoftmax(x)), "logSoftmax of \(x)")
    }
}
