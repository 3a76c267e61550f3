import NeuralNet
import NumSwift
import Testing

/// The relative error |a − n| / max(1e-8, |a| + |n|) of an analytic against a numerical derivative.
private func relativeError(_ analytic: Double, _ numerical: Double) -> Double {
    Swift.abs(analytic - numerical) / Swift.max(1e-8, Swift.abs(analytic) + Swift.abs(numerical))
}

/// Central difference (f(x + h) − f(x − h)) / 2h, error O(h²).
private func centralDifference(_ f: (Double) -> Double, at x: Double, h: Double = 1e-5) -> Double {
    (f(x + h) - f(x - h)) / (2 * h)
}

@Suite("Activation derivatives")
struct ActivationDerivativeTests {
    /// Points away from the kinks at 0, where a central difference straddles two slopes.
    static let points: [Double] = [-4, -1.3, -0.4, 0.3, 0.9, 2.2, 5]

    @Test("Analytic derivative matches the central difference", arguments: Activation.allCases + [.elu(alpha: 0.3)])
    func matchesCentralDifference(_ activation: Activation) {
        var worst = 0.0
        for x in Self.points {
            let numerical = centralDifference({ activation.apply($0) }, at: x)
            worst = Swift.max(worst, relativeError(activation.derivative(x), numerical))
        }
        #expect(worst < 1e-6, "worst relative error \(worst)")
    }

    @Test(
        "Smooth activations are differentiable at 0 too",
        arguments: [Activation.sigmoid, .tanh, .softplus, .gelu, .silu])
    func smoothAtZero(_ activation: Activation) {
        let numerical = centralDifference({ activation.apply($0) }, at: 0)
        #expect(relativeError(activation.derivative(0), numerical) < 1e-8)
    }

    @Test("Derivatives at known points")
    func knownDerivatives() {
        #expect(sigmoidDerivative(0) == 0.25)
        #expect(tanhDerivative(0) == 1)
        #expect(reluDerivative(0) == 0 && reluDerivative(2) == 1 && reluDerivative(-2) == 0)
        #expect(leakyReluDerivative(-1, slope: 0.1) == 0.1 && leakyReluDerivative(1, slope: 0.1) == 1)
        #expect(stepDerivative(3) == 0)
        #expect(softplusDerivative(0) == 0.5)
        #expect(eluDerivative(0, alpha: 2) == 2 && eluDerivative(1) == 1)
        #expect(geluDerivative(0) == 0.5)
        #expect(siluDerivative(0) == 0.5)
    }

    @Test("The sigmoid's slope never exceeds 1/4")
    func sigmoidSlopeBound() {
        for x in stride(from: -10.0, through: 10.0, by: 0.05) {
            #expect(sigmoidDerivative(x) <= 0.25)
        }
    }

    @Test("Array derivatives match the central difference of the array functions")
    func arrayDerivatives() {
        let x = NDArray([[-3, -0.7, 0.2], [0.6, 1.5, 4]])
        let h = 1e-5
        let pairs: [(String, (NDArray) -> NDArray, NDArray)] = [
            ("sigmoid", { sigmoid($0) }, sigmoidDerivative(x)),
            ("tanh", { tanh($0) }, tanhDerivative(x)),
            ("relu", { relu($0) }, reluDerivative(x)),
            ("leakyRelu", { leakyRelu($0, slope: 0.2) }, leakyReluDerivative(x, slope: 0.2)),
            ("step", { step($0) }, stepDerivative(x)),
            ("softplus", { softplus($0) }, softplusDerivative(x)),
            ("elu", { elu($0, alpha: 0.5) }, eluDerivative(x, alpha: 0.5)),
            ("gelu", { gelu($0) }, geluDerivative(x)),
            ("silu", { silu($0) }, siluDerivative(x)),
        ]
        for (name, f, analytic) in pairs {
            let numerical = (f(x + h) - f(x - h)) / (2 * h)
            #expect(analytic.shape == x.shape, "\(name)")
            let worst = zip(analytic.scalars, numerical.scalars).map { relativeError($0, $1) }.max() ?? 0
            #expect(worst < 1e-6, "\(name): worst relative error \(worst)")
        }
    }
}
