import NeuralNet
import NumSwift
import Testing

@Test(arguments: gradientSeeds)
func layerNormPassesTheGradientCheck(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let batch = 1 + generator.nextInt(below: 4)
    let features = 2 + generator.nextInt(below: 5)
    let layer = LayerNormLayer(
        gamma: NDArray.randn([features], using: &generator) + 1, beta: NDArray.randn([features], using: &generator),
        gammaName: "gamma1", betaName: "beta1")
    let x = NDArray.randn([batch, features], using: &generator) * 2 - 1
    let error = layerGradientError(layer, input: x, using: &generator)
    #expect(error < gradientTolerance, "layer norm: relative error \(error) (seed \(seed))")
}

@Test func layerNormStandardisesEachSampleOverItsFeatures() {
    // Row (1, 2, 3): mean 2, variance 2/3; row (10, 10, 40): mean 20, variance 200.
    var layer = LayerNormLayer(features: 3, gammaName: "gamma1", betaName: "beta1", epsilon: 1e-12)
    let y = layer.forward(NDArray([[1, 2, 3], [10, 10, 40]]), training: true)
    let s = (1.5).squareRoot()  // 1 / √(2/3)
    let t = 10 / 200.0.squareRoot()
    #expect(maxRelativeError(y, NDArray([[-s, 0, s], [-t, -t, 2 * t]])) < 1e-10)
    // Training and inference agree, and a sample's output does not depend on its batch.
    let alone = layer.forward(NDArray([[1, 2, 3]]), training: false)
    #expect(alone[row: 0] == y[row: 0])
}
