import NeuralNet
import NumSwift
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

@Test(arguments: gradientSeeds)
func batchNormPassesTheGradientCheckInTrainingMode(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    // A batch of 2 is a poor test: x̂ = ±σ/√(σ² + ε) whatever x is, so ∂L/∂x ≈ 0 and the check would
    // compare rounding noise. From 3 samples on, the output really depends on the input.
    let batch = 3 + generator.nextInt(below: 5)
    let features = 1 + generator.nextInt(below: 4)
    let layer = BatchNormLayer(features: features, gamma: "gamma1", beta: "beta1")
    let params: Parameters = [
        "gamma1": NDArray.randn([features], using: &generator) + 1,
        "beta1": NDArray.randn([features], using: &generator),
    ]
    let x = NDArray.randn([batch, features], using: &generator) * 3 + 1
    let error = layerGradientError(layer, params: params, input: x, using: &generator)
    #expect(error < gradientTolerance, "batch norm: relative error \(error) (seed \(seed), batch \(batch))")
}

@Test func batchNormOfAnImageShapedBatchPassesTheGradientCheck() {
    var generator = SeededGenerator(seed: 7)
    let layer = BatchNormLayer(features: 6, gamma: "gamma2", beta: "beta2")
    let params: Parameters = ["gamma2": .ones([6]), "beta2": .zeros([6])]
    let x = NDArray.randn([3, 1, 2, 3], using: &generator)
    #expect(layerGradientError(layer, params: params, input: x, using: &generator) < gradientTolerance)
}

@Test(arguments: gradientSeeds)
func batchNormOutputHasMeanZeroAndVarianceOnePerFeature(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var layer = BatchNormLayer(features: 5, gamma: "gamma1", beta: "beta1", epsilon: 1e-12)
    let params: Parameters = ["gamma1": .ones([5]), "beta1": .zeros([5])]
    // Features of very different scales and offsets: the normalisation must undo them all.
    let scales = NDArray([0.01, 1, 10, 300, 2])
    let offsets = NDArray([5, -3, 0, 1000, 0.5])
    let y = layer.forward(NDArray.randn([64, 5], using: &generator) * scales + offsets, params, training: true)
    for feature in 0..<5 {
        let column = NDArray(y.rowsAsArrays().map { $0[feature] })
        #expect(Swift.abs(column.mean()) < 1e-12, "feature \(feature): mean \(column.mean())")
        // The variance is exactly σ²/(σ² + ε): 1 − 1e-8 for the feature of scale 0.01.
        #expect(Swift.abs(column.variance() - 1) < 2e-8, "feature \(feature): variance \(column.variance())")
    }
}

@Test func batchNormMatchesAHandComputedBatch() {
    // Columns (1, 3) and (2, 6): means 2 and 4, population variances 1 and 4, so x̂ = ∓1/√(σ² + ε).
    var layer = BatchNormLayer(features: 2, gamma: "gamma1", beta: "beta1", momentum: 0.9, epsilon: 1e-5)
    let params: Parameters = ["gamma1": [2, 0.5], "beta1": [10, -1]]
    let y = layer.forward(NDArray([[1, 2], [3, 6]]), params, training: true)
    let (a, b) = (1 / (1 + 1e-5).squareRoot(), 1 / (1 + 1e-5 / 4).squareRoot())
    let expected = NDArray([[10 - 2 * a, -1 - 0.5 * b], [10 + 2 * a, -1 + 0.5 * b]])
    #expect(maxRelativeError(y, expected) < 1e-15)
    // running ← 0.9 · running + 0.1 · batch, from mean 0 and variance 1.
    #expect(maxRelativeError(layer.runningMean, [0.2, 0.4]) < 1e-15)
    #expect(maxRelativeError(layer.runningVariance, [1.0, 1.3]) < 1e-15)
    // The backward pass: with dout = 1 everywhere, ∂L/∂β = N and ∂L/∂γ = Σ x̂ = 0, ∂L/∂x = 0.
    var grads: Parameters = [:]
    let dx = layer.backward(.ones([2, 2]), params, &grads)
    #expect(grads["beta1"] == [2, 2])
    #expect(abs(grads["gamma1"]!).max() < 1e-15)
    #expect(abs(dx).max() < 1e-15)
}

@Test func batchNormInferenceUsesTheRunningStatistics() {
    var layer = BatchNormLayer(features: 2, gamma: "gamma1", beta: "beta1", momentum: 0.5, epsilon: 1e-8)
    let params: Parameters = ["gamma1": [2, 1], "beta1": [1, 0]]
    _ = layer.forward(NDArray([[0, 10], [4, 30]]), params, training: true)
    // Batch mean (2, 20), variance (4, 100); running = 0.5 · (0, 1) + 0.5 · batch.
    #expect(layer.runningMean == [1, 10])
    #expect(layer.runningVariance == [2.5, 50.5])
    let single = layer.forward(NDArray([[3, 10]]), params, training: false)
    let first: Double = 2 * (3 - 1) / (2.5 + 1e-8).squareRoot() + 1
    let expected = NDArray([[first, 0]])
    #expect(maxRelativeError(single, expected) < 1e-15)
    // Inference leaves the running statistics alone and treats each sample on its own.
    let pair = layer.forward(NDArray([[3, 10], [-50, 7]]), params, training: false)
    #expect(pair[row: 0] == single[row: 0])
    #expect(layer.runningMean == [1, 10])
}

@Test func batchNormRunningStatisticsConvergeOnAStationaryInput() {
    // The same batch k times: running mean = m · (1 − 0.9ᵏ), running variance = 0.9ᵏ + v · (1 − 0.9ᵏ).
    var generator = SeededGenerator(seed: 3)
    let x = NDArray.randn([50, 3], using: &generator) * NDArray([1, 2, 0.5]) + NDArray([3, -1, 0])
    let (m, v) = (x.mean(axis: 0), x.variance(axis: 0))
    var layer = BatchNormLayer(features: 3, gamma: "gamma1", beta: "beta1")
    let params: Parameters = ["gamma1": .ones([3]), "beta1": .zeros([3])]
    for _ in 0..<30 { _ = layer.forward(x, params, training: true) }
    let decay = pow(0.9, 30.0)
    #expect(maxRelativeError(layer.runningMean, m * (1 - decay)) < 1e-12)
    #expect(maxRelativeError(layer.runningVariance, v * (1 - decay) + decay) < 1e-12)

    // Fresh batches from one distribution N(μ, σ²): the running statistics approach μ and σ².
    var stream = BatchNormLayer(features: 3, gamma: "gamma1", beta: "beta1", momentum: 0.95)
    for _ in 0..<400 {
        _ = stream.forward(
            NDArray.randn([200, 3], using: &generator) * NDArray([1, 2, 0.5]) + NDArray([3, -1, 0]), params,
            training: true)
    }
    #expect(abs(stream.runningMean - NDArray([3, -1, 0])).max() < 0.05)
    #expect(abs(stream.runningVariance - NDArray([1, 4, 0.25])).max() < 0.15)
}

@Test func batchNormReadsItsParametersByName() {
    // γ and β live in the network's dictionary: the layer reads the ones named for it.
    var layer = BatchNormLayer(features: 2, gamma: "gamma3", beta: "beta3")
    let params: Parameters = ["gamma3": [2, 3], "beta3": [4, 5], "gamma1": [100, 100], "beta1": [100, 100]]
    let y = layer.forward(NDArray([[1, 1], [3, 3]]), params, training: true)
    let unit = 1 / (1 + 1e-5).squareRoot()
    #expect(maxRelativeError(y, NDArray([[4 - 2 * unit, 5 - 3 * unit], [4 + 2 * unit, 5 + 3 * unit]])) < 1e-15)
    var grads: Parameters = [:]
    _ = layer.backward(.ones([2, 2]), params, &grads)
    #expect(Set(grads.keys) == ["gamma3", "beta3"])
}
