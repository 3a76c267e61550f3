import NeuralNet
import NumSwift
import Testing

@Test(arguments: gradientSeeds)
func layerNormPassesTheGradientCheck(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let batch = 1 + generator.nextInt(below: 4)
    let features = 2 + generator.nextInt(below: 5)
    let params: Parameters = [
        "gamma1": NDArray.randn([features], using: &generator) + 1,
        "beta1": NDArray.randn([features], using: &generator),
    ]
    let x = NDArray.randn([batch, features], using: &generator) * 2 - 1
    let error = layerGradientError(
        LayerNormLayer(gamma: "gamma1", beta: "beta1"), params: params, input: x, using: &generator)
    #expect(error < gradientTolerance, "layer norm: relative error \(error) (seed \(seed))")
}

@Test func layerNormStandardisesEachSampleOverItsFeatures() {
    // Row (1, 2, 3): mean 2, variance 2/3; row (10, 10, 40): mean 20, variance 200.
    var layer = LayerNormLayer(gamma: "gamma1", beta: "beta1", epsilon: 1e-12)
    let params: Parameters = ["gamma1": .ones([3]), "beta1": .zeros([3])]
    let y = layer.forward(NDArray([[1, 2, 3], [10, 10, 40]]), params, training: true)
    let s = (1.5).squareRoot()  // 1 / √(2/3)
    let t = 10 / 200.0.squareRoot()
    #expect(maxRelativeError(y, NDArray([[-s, 0, s], [-t, -t, 2 * t]])) < 1e-10)
    // Training and inference agree, and a sample's output does not depend on its batch.
    let alone = layer.forward(NDArray([[1, 2, 3]]), params, training: false)
    #expect(alone[row: 0] == y[row: 0])
}
