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

/// The worst relative error of a layer's backward pass, for its input and every parameter in
/// `params`, on the scalar L = Σ forward(x) ⊙ g with a fixed random upstream gradient g.
func layerGradientError(
    _ layer: some Layer, params: Parameters = [:], input: NDArray, using generator: inout SeededGenerator
) -> Double {
    var probe = layer
    let output = probe.forward(input, params, training: true)
    let upstream = NDArray.randn(output.shape, using: &generator)
    var grads: Parameters = [:]
    let dx = probe.backward(upstream, params, &grads)

    func objective(_ params: Parameters, _ x: NDArray) -> Double {
        var copy = layer
        return (copy.forward(x, params, training: true) * upstream).sum()
    }
    var worst = maxRelativeError(dx, numericalGradient(of: { objective(params, $0) }, at: input))
    for (name, value) in params {
        let numerical = numericalGradient(
            of: { w in
                var changed = params
                changed[name] = w
                return objective(changed, input)
            }, at: value)
        worst = Swift.max(worst, maxRelativeError(grads[name]!, numerical))
    }
    return worst
}

extension Layer {
    /// `forward` of a layer without parameters (activations, dropout): an empty dictionary.
    mutating func forward(_ x: NDArray, training: Bool) -> NDArray {
        forward(x, [:], training: training)
    }

    /// `backward` of a layer without parameters, which writes no gradients.
    mutating func backward(_ dout: NDArray) -> NDArray {
        var grads: Parameters = [:]
        let dx = backward(dout, [:], &grads)
        precondition(grads.isEmpty, "a layer without parameters wrote gradients \(grads.keys.sorted())")
        return dx
    }
}
