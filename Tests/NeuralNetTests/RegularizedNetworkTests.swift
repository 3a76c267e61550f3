import NeuralNet
import NumSwift
import Testing

/// A small net with every chapter-7 option: batch norm, dropout and a weight decay.
private func regularizedNet(
    seed: UInt64, decay: WeightDecay, batchNorm: Bool = true, dropout: Double = 0.2,
    activation: Activation = .tanh
) -> MultiLayerNet {
    var generator = SeededGenerator(seed: seed)
    return MultiLayerNet(
        inputSize: 4, hiddenSizes: [5, 4], outputSize: 3, activation: activation,
        weights: .standardDeviation(0.8), batchNorm: batchNorm, dropout: dropout, weightDecay: decay,
        generator: &generator)
}

@Test(arguments: zip(gradientSeeds, [WeightDecay.l2(0.1), .l1(0.05), .l2(0.01), .none, .l1(0.3)]))
func multiLayerNetWithBatchNormDropoutAndDecayPassesTheGradientCheck(seed: UInt64, decay: WeightDecay) {
    let network = regularizedNet(seed: seed, decay: decay)
    var generator = SeededGenerator(seed: seed &+ 100)
    let x = NDArray.randn([6, 4], using: &generator)
    let targets = Targets.classIndices([0, 1, 2, 0, 1, 2])
    // A copy takes the step, so the numerical gradient sees the same dropout mask.
    var stepping = network
    var analytic = stepping.gradient(x, targets).grads
    var numerical = network.numericalGradient(x, targets)
    // The biases feeding batch norm have a zero gradient (the batch mean removes them): noise only.
    for name in ["b1", "b2"] {
        #expect(abs(analytic[name]!).max() < 1e-12 && abs(numerical[name]!).max() < 1e-9)
        analytic[name] = nil
        numerical[name] = nil
    }
    for comparison in compareGradients(analytic: analytic, numerical: numerical) {
        #expect(
            comparison.maxRelativeError < gradientTolerance,
            "\(decay): \(comparison.name) relative error \(comparison.maxRelativeError) (seed \(seed))")
    }
}

@Test func multiLayerNetNamesItsBatchNormAndDropoutLayers() {
    let network = regularizedNet(seed: 1, decay: .l2(0.1))
    #expect(
        ParameterNames.ordered(network.params.keys)
            == ["W1", "b1", "beta1", "gamma1", "W2", "b2", "beta2", "gamma2", "W3", "b3"])
    let kinds =
        [String(describing: type(of: network.inputLayer))] + network.layers.map { String(describing: type(of: $0)) }
    #expect(
        kinds == [
            "AffineLayer", "BatchNormLayer", "TanhLayer", "DropoutLayer", "AffineLayer", "BatchNormLayer", "TanhLayer",
            "DropoutLayer", "AffineLayer",
        ])
    // Switching the options leaves the initial weights of a seed alone.
    let plain = regularizedNet(seed: 1, decay: .none, batchNorm: false, dropout: 0)
    for name in ["W1", "W2", "W3"] { #expect(plain.params[name] == network.params[name]) }
}

@Test func theLossIncludesTheWeightDecayPenalty() {
    let network = regularizedNet(seed: 3, decay: .l2(0.5), dropout: 0)
    let plain = regularizedNet(seed: 3, decay: .none, dropout: 0)
    let x = NDArray([[1, 2, 3, 4], [-1, 0, 1, 0], [2, 2, -2, 0]])
    let targets = Targets.classIndices([0, 1, 2])
    let weights = ["W1", "W2", "W3"].map { network.params[$0]! }
    let penalty = 0.25 * weights.reduce(0) { $0 + square($1).sum() }
    #expect(Swift.abs(network.regularizationLoss - penalty) < 1e-12)
    #expect(
        Swift.abs(network.loss(x, targets, training: true) - plain.loss(x, targets, training: true) - penalty) < 1e-12)
    var (decayed, undecayed) = (network, plain)
    let (loss, gradients) = decayed.gradient(x, targets)
    let (plainLoss, plainGradients) = undecayed.gradient(x, targets)
    #expect(Swift.abs(loss - plainLoss - penalty) < 1e-12)
    // ∂/∂W of (λ/2) Σ W² is λ W; biases are not decayed.
    #expect(maxRelativeError(gradients["W2"]! - plainGradients["W2"]!, weights[1] * 0.5) < 1e-9)
    #expect(gradients["b3"] == plainGradients["b3"])
}

@Test func aTrainingStepKeepsLayerStateThatACopyForgets() {
    var network = regularizedNet(seed: 5, decay: .none)
    let x = NDArray([[1, 2, 3, 4], [-1, 0, 1, 0], [2, 2, -2, 0], [0, 1, 0, 1]])
    let targets = Targets.classIndices([0, 1, 2, 0])
    let before = network.predict(x)
    let first = network.loss(x, targets, training: true)  // on a copy
    #expect(network.predict(x) == before)
    // Training updates batch norm's running statistics (so inference changes) and advances dropout's
    // generator (so the next step draws a new mask, and the same batch gives a different loss).
    let (stepLoss, _) = network.gradient(x, targets)
    #expect(stepLoss == first)
    #expect(network.predict(x) != before)
    let (nextLoss, _) = network.gradient(x, targets)
    #expect(nextLoss != stepLoss)
}
