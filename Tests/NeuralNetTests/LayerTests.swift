import NeuralNet
import NumSwift
import Testing

@Test(arguments: gradientSeeds)
func activationLayersPassTheGradientCheck(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let shape = [1 + generator.nextInt(below: 4), 1 + generator.nextInt(below: 5), 1 + generator.nextInt(below: 3)]
    let x = awayFromZero(NDArray.randn(shape, using: &generator) * 2)
    let layers: [(String, any Layer)] =
        [("relu", ReLULayer()), ("sigmoid", SigmoidLayer()), ("tanh", TanhLayer())]
        + Activation.allCases.map { ("ActivationLayer(\($0))", ActivationLayer($0)) }
    for (name, layer) in layers {
        let error = layerGradientError(layer, input: x, using: &generator)
        #expect(error < gradientTolerance, "\(name): relative error \(error) (seed \(seed), shape \(shape))")
    }
}

@Test(arguments: gradientSeeds)
func affineLayerPassesTheGradientCheckOnImageShapedInput(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let batch = 1 + generator.nextInt(below: 4)
    let (height, width) = (1 + generator.nextInt(below: 3), 1 + generator.nextInt(below: 3))
    let outputs = 1 + generator.nextInt(below: 4)
    let params: Parameters = [
        "W3": NDArray.randn([height * width, outputs], using: &generator),
        "b3": NDArray.randn([outputs], using: &generator),
    ]
    let x = NDArray.randn([batch, height, width], using: &generator)
    let error = layerGradientError(AffineLayer(weight: "W3", bias: "b3"), params: params, input: x, using: &generator)
    #expect(error < gradientTolerance, "affine: relative error \(error) (seed \(seed))")
}

@Test func affineLayerRestoresTheInputShapeAndNamesItsGradients() {
    var layer = AffineLayer(weight: "W1", bias: "b1")
    let params: Parameters = ["W1": NDArray([[1, 2], [3, 4], [5, 6], [7, 8]]), "b1": [10, 20]]
    let x = NDArray([[[1, 0], [0, 1]]])  // one sample of shape (2, 2) → 4 features
    let y = layer.forward(x, params, training: false)
    #expect(y == NDArray([[1 + 7 + 10, 2 + 8 + 20]]))
    let dout = NDArray([[1, -1]])
    var grads: Parameters = [:]
    let dx = layer.backward(dout, params, &grads)
    #expect(dx.shape == [1, 2, 2])
    #expect(dx == NDArray([[[-1, -1], [-1, -1]]]))
    #expect(dout == NDArray([[1, -1]]))
    #expect(grads["W1"] == NDArray([[1, -1], [0, 0], [0, 0], [1, -1]]))
    #expect(grads["b1"] == [1, -1])
    #expect(Set(grads.keys) == ["W1", "b1"])

    // The data layer's backward: the same parameter gradients, no product for ∂L/∂x.
    var onlyParameters: Parameters = [:]
    layer.backwardToParameters(dout, params, &onlyParameters)
    #expect(onlyParameters == grads)
}

@Test func reluBackwardLeavesItsArgumentAlone() {
    var layer = ReLULayer()
    _ = layer.forward([-1, 2, -3], [:], training: true)
    let dout: NDArray = [5, 6, 7]
    var grads: Parameters = [:]
    #expect(layer.backward(dout, [:], &grads) == [0, 6, 0])
    #expect(grads.isEmpty)
    #expect(dout == [5, 6, 7])
}

@Test(arguments: gradientSeeds)
func softmaxWithLossPassesTheGradientCheck(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let batch = 1 + generator.nextInt(below: 5)
    let classes = 2 + generator.nextInt(below: 5)
    // Scores of the size a network produces: much larger ones make some probabilities so small that
    // their gradients fall below the rounding noise of the central difference (≈ 1e-16 · |L| / 2h).
    let x = NDArray.randn([batch, classes], using: &generator)
    let targets = randomTargets(batch: batch, classes: classes, soft: seed.isMultiple(of: 2), using: &generator)
    var softmaxLoss = SoftmaxWithLoss()
    _ = softmaxLoss.forward(x, targets)
    let softmaxError = maxRelativeError(
        softmaxLoss.backward(),
        numericalGradient(
            of: { z in
                var layer = SoftmaxWithLoss()
                return layer.forward(z, targets)
            }, at: x))
    #expect(softmaxError < gradientTolerance, "softmax-with-loss: \(softmaxError) (seed \(seed))")

}

@Test func softmaxWithLossGivesProbabilitiesAndScaledGradient() {
    var layer = SoftmaxWithLoss()
    let loss = layer.forward(NDArray([[0, 0]]), .classIndices([1]))
    #expect(loss == 0.6931471805599453)
    #expect(layer.probabilities == NDArray([[0.5, 0.5]]))
    #expect(layer.backward(2) == NDArray([[1, -1]]))
}
