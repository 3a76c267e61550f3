import NeuralNet
import NumSwift
import Testing

/// The network with every bias moved off 0. Zero biases behind a layer of dead ReLUs make a
/// pre-activation exactly 0, ReLU's kink, where the central difference sees slope ½ and backprop 0.
private func withRandomBiases<N: Network>(_ network: N, using generator: inout SeededGenerator) -> N {
    var moved = network
    // In name order: a dictionary's own order changes from run to run, and so would the draws.
    for name in ParameterNames.ordered(network.params.keys) where name.hasPrefix("b") {
        moved.params[name] = NDArray.randn(network.params[name]!.shape, using: &generator) * 0.1
    }
    return moved
}

/// Inputs of magnitude 0.5 to 1.5 with random signs. An input near 0 makes its row of ∂L/∂W1 as
/// small as itself, and an entry of 1e-7 is swamped by the central difference's rounding noise
/// (≈ 1e-12 here), so its relative error says nothing about backprop.
private func inputsOfModerateSize(_ shape: [Int], using generator: inout SeededGenerator) -> NDArray {
    NDArray.uniform(shape, low: 0.5, high: 1.5, using: &generator)
        * NDArray.uniform(shape, using: &generator).map { $0 < 0.5 ? -1 : 1 }
}

/// The worst relative error between backprop and numerical gradients over every parameter.
private func worstGradientError(_ network: some Network, _ x: NDArray, _ targets: Targets) -> Double {
    var stepping = network
    let comparisons = compareGradients(
        analytic: stepping.gradient(x, targets).grads, numerical: network.numericalGradient(x, targets))
    return comparisons.map(\.maxRelativeError).max()!
}

@Test(arguments: gradientSeeds)
func twoLayerNetBackpropMatchesNumericalGradient(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let (inputs, hidden, classes) = (
        2 + generator.nextInt(below: 6), 2 + generator.nextInt(below: 6), 2 + generator.nextInt(below: 4)
    )
    let batch = 1 + generator.nextInt(below: 4)
    let network = withRandomBiases(
        TwoLayerNet(
            inputSize: inputs, hiddenSize: hidden, outputSize: classes, weightInitStd: 0.5, generator: &generator),
        using: &generator)
    let x = NDArray.randn([batch, inputs], using: &generator)
    let targets = randomTargets(batch: batch, classes: classes, soft: false, using: &generator)
    let error = worstGradientError(network, x, targets)
    #expect(error < gradientTolerance, "TwoLayerNet: relative error \(error) (seed \(seed))")
}

/// The book's three activations and the newer ones that run through `ActivationLayer`.
private let hiddenActivations: [Activation] = [
    .relu, .sigmoid, .tanh, .leakyRelu(slope: 0.1), .elu(alpha: 0.5), .softplus, .gelu, .silu,
]

@Test(arguments: hiddenActivations, gradientSeeds)
func multiLayerNetBackpropMatchesNumericalGradient(activation: Activation, seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let depth = 1 + generator.nextInt(below: 3)
    let hiddenSizes = (0..<depth).map { _ in 2 + generator.nextInt(below: 5) }
    let (inputs, classes, batch) = (
        2 + generator.nextInt(below: 5), 2 + generator.nextInt(below: 4), 1 + generator.nextInt(below: 4)
    )
    let network = withRandomBiases(
        MultiLayerNet(
            inputSize: inputs, hiddenSizes: hiddenSizes, outputSize: classes, activation: activation,
            weights: .heNormal, generator: &generator),
        using: &generator)
    // Image-shaped input: the first affine layer flattens it.
    let x = inputsOfModerateSize([batch, 1, inputs], using: &generator)
    let targets = randomTargets(batch: batch, classes: classes, soft: true, using: &generator)
    let error = worstGradientError(network, x, targets)
    #expect(
        error < gradientTolerance, "MultiLayerNet \(activation) \(hiddenSizes): relative error \(error) (seed \(seed))")
}

@Test func twoLayerNetHasTheBooksParameters() {
    var generator = SeededGenerator(seed: 0)
    let network = TwoLayerNet(inputSize: 784, hiddenSize: 50, outputSize: 10, generator: &generator)
    let parameters = network.params
    #expect(ParameterNames.ordered(parameters.keys) == ["W1", "b1", "W2", "b2"])
    #expect(parameters["W1"]!.shape == [784, 50] && parameters["b1"]! == .zeros([50]))
    #expect(parameters["W2"]!.shape == [50, 10] && parameters["b2"]! == .zeros([10]))
    // σ = 0.01: the sample standard deviation of 39 200 draws lies within a few percent of it.
    #expect(Swift.abs(parameters["W1"]!.standardDeviation() - 0.01) < 0.0005)
}

@Test func multiLayerNetNamesItsLayersAndDrawsWeightsInOrder() {
    var generator = SeededGenerator(seed: 0)
    let network = MultiLayerNet(
        inputSize: 4, hiddenSizes: [3, 2], outputSize: 5, activation: .gelu, weights: .heNormal, generator: &generator)
    let parameters = network.params
    #expect(ParameterNames.ordered(parameters.keys) == ["W1", "b1", "W2", "b2", "W3", "b3"])
    // He: N(0, 2/fan_in), drawn W1, W2, W3 from one stream.
    var reference = SeededGenerator(seed: 0)
    #expect(parameters["W1"]! == NDArray.randn([4, 3], using: &reference) * (2.0 / 4).squareRoot())
    #expect(parameters["W2"]! == NDArray.randn([3, 2], using: &reference) * (2.0 / 3).squareRoot())
    #expect(parameters["W3"]! == NDArray.randn([2, 5], using: &reference) * (2.0 / 2).squareRoot())
    #expect(parameters["b3"]! == .zeros([5]))
    #expect(network.layers.count == 4)  // after the input layer: GELU, affine, GELU, affine
    #expect((network.layers[0] as? ActivationLayer)?.activation == .gelu)
    let tanhNet = MultiLayerNet(inputSize: 4, hiddenSizes: [3], outputSize: 2, activation: .tanh, generator: &generator)
    #expect(tanhNet.layers[0] is TanhLayer)
}

@Test func networksAreValuesThatPredictWithoutChanging() {
    var generator = SeededGenerator(seed: 7)
    var network = TwoLayerNet(inputSize: 3, hiddenSize: 4, outputSize: 2, weightInitStd: 1, generator: &generator)
    let x = NDArray.randn([5, 3], using: &generator)
    let targets = Targets.classIndices([0, 1, 1, 0, 1])
    let first = network.predict(x)
    let (loss, _) = network.gradient(x, targets)
    #expect(network.predict(x) == first)
    #expect(loss == network.loss(x, targets))

    // A copy is a snapshot: changing the original's parameters leaves it alone.
    let snapshot = network
    network.params["b2"] = [100, -100]
    #expect(snapshot.predict(x) == first)
    #expect(network.accuracy(x, labels: [0, 0, 0, 0, 0]) == 1)
}
