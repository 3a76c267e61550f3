import NeuralNet
import NumSwift
import Testing

@Test(arguments: gradientSeeds)
func dropoutWithAFixedMaskPassesTheGradientCheck(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    // Every copy of the layer draws the same next mask, so each evaluation of the objective sees one fixed mask.
    let layer = DropoutLayer(rate: 0.4, seed: seed)
    let x = NDArray.randn([3, 5], using: &generator)
    let error = layerGradientError(layer, input: x, using: &generator)
    #expect(error < gradientTolerance, "dropout: relative error \(error) (seed \(seed))")
}

@Test func dropoutCopiesDrawTheSameMaskAndSuccessivePassesFreshOnes() {
    var layer = DropoutLayer(rate: 0.5, seed: 11)
    var copy = layer
    let x = NDArray.ones([4, 25])
    let first = layer.forward(x, training: true)
    #expect(copy.forward(x, training: true) == first)
    #expect(layer.forward(x, training: true) != first)
}

@Test(arguments: [0.1, 0.3, 0.5, 0.8])
func dropoutKeepsTheExpectedValueAndDropsAFractionNearP(rate: Double) {
    var layer = DropoutLayer(rate: rate, seed: 2024)
    let n = 200_000
    let x = NDArray.full([n / 100, 100], 3)
    let y = layer.forward(x, training: true)
    let dropped = Double(y.scalars.filter { $0 == 0 }.count) / Double(n)
    // Binomial: the standard error of the dropped fraction is √(p(1 − p)/n) ≤ 0.0012; allow about 5 of them.
    #expect(Swift.abs(dropped - rate) < 0.006, "dropped \(dropped), p = \(rate)")
    // Kept values are 3 / (1 − p), so the mean is 3 up to the same relative error.
    #expect(Swift.abs(y.mean() - 3) < 3 * 0.006 / (1 - rate) * 2, "mean \(y.mean())")
    let kept = Set(y.scalars.filter { $0 != 0 })
    #expect(kept == [3 * (1 / (1 - rate))])
}

@Test func dropoutIsTheIdentityAtInference() {
    var layer = DropoutLayer(rate: 0.5, seed: 1)
    let x = NDArray([[1, -2, 3], [4, 5, -6]])
    #expect(layer.forward(x, training: false) == x)
    let dout = NDArray([[1, 1, 1], [2, 2, 2]])
    #expect(layer.backward(dout) == dout)
}

@Test func dropoutBackwardUsesTheForwardMask() {
    var layer = DropoutLayer(rate: 0.25, seed: 5)
    let y = layer.forward(NDArray.ones([2, 8]), training: true)
    let dx = layer.backward(NDArray.full([2, 8], 2))
    // With x = 1 the output is the scaled mask itself; the gradient is 2 × that mask.
    #expect(dx == y * 2)
    #expect(layer.lastMask == y)
}
