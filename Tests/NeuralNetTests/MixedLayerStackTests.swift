import NeuralNet
import NumSwift
import Testing

/// A small classifier mixing every piece of the chapter: affine → batch norm → tanh → dropout →
/// affine → layer norm → sigmoid → affine → softmax-with-loss, with a weight-decay penalty.
private struct MixedStack {
    var params: Parameters
    var layers: [any Layer]
    let decay: WeightDecay

    /// The training loss (cross-entropy plus penalty); a copy, so the dropout mask stays the same.
    func loss(_ x: NDArray, _ targets: Targets) -> Double {
        var copy = self
        var lossLayer = SoftmaxWithLoss()
        return lossLayer.forward(copy.forward(x), targets) + decay.penalty(of: params)
    }

    /// The loss's gradient by backprop, the decay's term added.
    func gradients(_ x: NDArray, _ targets: Targets) -> Parameters {
        var copy = self
        var lossLayer = SoftmaxWithLoss()
        _ = lossLayer.forward(copy.forward(x), targets)
        var grads: Parameters = [:]
        _ = copy.layers.backward(lossLayer.backward(), params, &grads)
        decay.addGradient(to: &grads, parameters: params)
        return grads
    }

    private mutating func forward(_ x: NDArray) -> NDArray {
        layers.forward(x, params, training: true)
    }
}

@Test(arguments: zip(gradientSeeds, [WeightDecay.l2(0.1), .l1(0.01), .l2(0.5), .l1(0.2), .none]))
func aStackMixingNormalisationDropoutAndDecayPassesTheGradientCheck(seed: UInt64, decay: WeightDecay) {
    var generator = SeededGenerator(seed: seed)
    let (batch, inputs, hidden, classes) = (5, 4, 6, 3)
    func weights(_ rows: Int, _ columns: Int) -> NDArray {
        awayFromZero(NDArray.randn([rows, columns], using: &generator))
    }
    let stack = MixedStack(
        params: [
            "W1": weights(inputs, hidden), "b1": .zeros([hidden]), "gamma1": .ones([hidden]), "beta1": .zeros([hidden]),
            "W2": weights(hidden, hidden), "b2": .zeros([hidden]), "gamma2": .ones([hidden]), "beta2": .zeros([hidden]),
            "W3": weights(hidden, classes), "b3": .zeros([classes]),
        ],
        layers: [
            AffineLayer(weight: "W1", bias: "b1"),
            BatchNormLayer(features: hidden, gamma: "gamma1", beta: "beta1"),
            TanhLayer(),
            DropoutLayer(rate: 0.3, seed: seed),
            AffineLayer(weight: "W2", bias: "b2"),
            LayerNormLayer(gamma: "gamma2", beta: "beta2"),
            SigmoidLayer(),
            AffineLayer(weight: "W3", bias: "b3"),
        ], decay: decay)
    let x = NDArray.randn([batch, inputs], using: &generator)
    let targets = Targets.classIndices((0..<batch).map { _ in generator.nextInt(below: classes) })
    var analytic = stack.gradients(x, targets)
    var numerical: [String: NDArray] = [:]
    for (name, value) in stack.params {
        numerical[name] = numericalGradient(
            of: { w in
                var changed = stack
                changed.params[name] = w
                return changed.loss(x, targets)
            }, at: value)
    }
    // b1 feeds batch norm, which subtracts the batch mean and with it any bias: ∂L/∂b1 is 0 in exact
    // arithmetic, so both gradients are rounding noise and only an absolute comparison makes sense.
    #expect(abs(analytic["b1"]!).max() < 1e-12 && abs(numerical["b1"]!).max() < 1e-9)
    analytic["b1"] = nil
    numerical["b1"] = nil
    let worst = compareGradients(analytic: analytic, numerical: numerical).max {
        $0.maxRelativeError < $1.maxRelativeError
    }!
    #expect(
        worst.maxRelativeError < gradientTolerance,
        "\(decay): \(worst.name) relative error \(worst.maxRelativeError) (seed \(seed))")
    #expect(analytic.keys.sorted() == ["W1", "W2", "W3", "b2", "b3", "beta1", "beta2", "gamma1", "gamma2"])
}
