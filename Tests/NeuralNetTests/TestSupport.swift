import NeuralNet
import NumSwift

/// The threshold of every gradient check (DESIGN.md): Double, central differences.
let gradientTolerance = 1e-6

/// The seeds every randomised gradient check runs with.
let gradientSeeds: [UInt64] = [1, 2, 3, 42, 2024]

/// Random one-hot or soft target rows (rows sum to 1) for a (batch, classes) problem.
func randomTargets(batch: Int, classes: Int, soft: Bool, using generator: inout SeededGenerator) -> Targets {
    if soft {
        let weights = NDArray.uniform([batch, classes], low: 0.1, high: 1, using: &generator)
        return .oneHot(weights / weights.sum(axis: 1, keepDims: true))
    }
    return .classIndices((0..<batch).map { _ in generator.nextInt(below: classes) })
}

/// Values away from 0, so that ReLU's kink never sits within h of a sample point.
func awayFromZero(_ x: NDArray) -> NDArray {
    x.map { Swift.abs($0) < 0.05 ? $0 + 0.1 : $0 }
}

/// The worst relative error of a layer's backward pass, for its input and every parameter,
/// on the scalar L = Σ forward(x) ⊙ g with a fixed random upstream gradient g.
func layerGradientError(_ layer: some Layer, input: NDArray, using generator: inout SeededGenerator) -> Double {
    var probe = layer
    let output = probe.forward(input, training: true)
    let upstream = NDArray.randn(output.shape, using: &generator)
    let dx = probe.backward(upstream)
    let analyticParameters = probe.gradients

    func objective(_ layer: some Layer, _ x: NDArray) -> Double {
        var copy = layer
        return (copy.forward(x, training: true) * upstream).sum()
    }
    var worst = maxRelativeError(dx, numericalGradient(of: { objective(layer, $0) }, at: input))
    for (name, value) in layer.parameters {
        let numerical = numericalGradient(
            of: { w in
                var changed = layer
                changed.parameters[name] = w
                return objective(changed, input)
            }, at: value)
        worst = Swift.max(worst, maxRelativeError(analyticParameters[name]!, numerical))
    }
    return worst
}
