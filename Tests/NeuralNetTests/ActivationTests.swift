import Foundation
import NeuralNet
import NumSwift
import Testing

// Expected values are worked out from the formulas (by hand or with NumPy, offline), never by
// calling the code under test.

/// |a − b| ≤ tolerance · max(1, |b|): relative for large values, absolute near zero.
private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    Swift.abs(a - b) <= tolerance * Swift.max(1, Swift.abs(b))
}

struct KnownValue: Sendable, CustomTestStringConvertible {
    let activation: Activation
    let x: Double
    let expected: Double
    var testDescription: String { "\(activation)(\(x)) = \(expected)" }
}

@Suite("Activation functions")
struct ActivationTests {
    static let knownValues: [KnownValue] = [
        KnownValue(activation: .sigmoid, x: 0, expected: 0.5),
        KnownValue(activation: .sigmoid, x: 1, expected: 0.7310585786300049),
        KnownValue(activation: .sigmoid, x: -1, expected: 0.2689414213699951),
        KnownValue(activation: .tanh, x: 0, expected: 0),
        KnownValue(activation: .tanh, x: 1, expected: 0.76159415595576485),
        KnownValue(activation: .relu, x: -2, expected: 0),
        KnownValue(activation: .relu, x: 0, expected: 0),
        KnownValue(activation: .relu, x: 3.5, expected: 3.5),
        KnownValue(activation: .leakyRelu(slope: 0.01), x: -2, expected: -0.02),
        KnownValue(activation: .leakyRelu(slope: 0.2), x: -2, expected: -0.4),
        KnownValue(activation: .leakyRelu(slope: 0.2), x: 3, expected: 3),
        KnownValue(activation: .step, x: 0, expected: 0),
        KnownValue(activation: .step, x: 1e-9, expected: 1),
        KnownValue(activation: .step, x: -4, expected: 0),
        KnownValue(activation: .softplus, x: 0, expected: 0.6931471805599453),  // ln 2
        KnownValue(activation: .softplus, x: 1, expected: 1.3132616875182228),  // ln(1 + e)
        KnownValue(activation: .softplus, x: -1, expected: 0.31326168751822286),  // ln(1 + 1/e)
        KnownValue(activation: .elu(alpha: 1), x: -1, expected: -0.63212055882855767),  // e⁻¹ − 1
        KnownValue(activation: .elu(alpha: 2), x: -1, expected: -1.2642411176571153),
        KnownValue(activation: .elu(alpha: 1), x: 2, expected: 2),
        // ½x(1 + tanh(√(2/π)(x + 0.044715x³))), evaluated with Python's math module.
        KnownValue(activation: .gelu, x: 1, expected: 0.84119199060827676),
        KnownValue(activation: .gelu, x: -1, expected: -0.15880800939172324),
        KnownValue(activation: .gelu, x: 2, expected: 1.954597694087775),
        KnownValue(activation: .gelu, x: 0.5, expected: 0.34571400982514394),
        KnownValue(activation: .gelu, x: 0, expected: 0),
        KnownValue(activation: .silu, x: 1, expected: 0.7310585786300049),  // 1 · σ(1)
        KnownValue(activation: .silu, x: -1, expected: -0.2689414213699951),
        KnownValue(activation: .identity, x: -7.25, expected: -7.25),
    ]

    @Test("Known values", arguments: knownValues)
    func knownValue(_ case_: KnownValue) {
        #expect(close(case_.activation.apply(case_.x), case_.expected))
    }

    @Test("GELU(1) to 6 digits of the stated tanh formula")
    func geluToSixDigits() {
        #expect(NumberFormat.fixed(gelu(1), digits: 6) == "0.841192")
    }

    @Test("GELU's tanh approximation stays within 5e-4 of x Φ(x)")
    func geluApproximatesExactGelu() {
        for x in stride(from: -6.0, through: 6.0, by: 0.01) {
            let exact = x * 0.5 * (1 + erf(x / 2.0.squareRoot()))
            #expect(Swift.abs(gelu(x) - exact) < 5e-4, "at x = \(x)")
        }
    }

    static let extremes: [(Activation, Double, Double)] = [
        (.sigmoid, 1000, 1), (.sigmoid, -1000, 0),
        (.tanh, 1000, 1), (.tanh, -1000, -1),
        (.relu, 1000, 1000), (.relu, -1000, 0),
        (.leakyRelu(slope: 0.01), -1000, -10),
        (.softplus, 1000, 1000), (.softplus, -1000, 0),
        (.elu(alpha: 1), 1000, 1000), (.elu(alpha: 1), -1000, -1),
        (.gelu, 1000, 1000), (.gelu, -1000, 0),
        (.silu, 1000, 1000), (.silu, -1000, 0),
        (.step, 1000, 1), (.step, -1000, 0),
    ]

    @Test("Finite and at their limits for x = ±1000", arguments: extremes)
    func extreme(_ activation: Activation, _ x: Double, _ limit: Double) {
        let y = activation.apply(x)
        #expect(y.isFinite)
        #expect(y == limit)
        #expect(activation.derivative(x).isFinite)
    }

    @Test("Derivatives at ±1000 are the slopes of the asymptotes", arguments: Activation.allCases)
    func derivativeAtExtremes(_ activation: Activation) {
        let right = activation.derivative(1000)
        let left = activation.derivative(-1000)
        switch activation {
        case .identity:
            #expect(right == 1 && left == 1)
        case .step, .sigmoid, .tanh:
            #expect(right == 0 && left == 0)
        case .leakyRelu(let slope):
            #expect(right == 1 && left == slope)
        case .relu, .softplus, .elu, .gelu, .silu:
            #expect(right == 1 && left == 0)
        }
    }

    @Test("Array forms apply the function element by element and keep the shape")
    func arrayForms() {
        let x = NDArray([[-2, -0.5, 0], [0.5, 1, 3]])
        let cases: [(NDArray, (Double) -> Double)] = [
            (sigmoid(x), { 1 / (1 + exp(-$0)) }),
            (tanh(x), { tanh($0) }),
            (relu(x), { Swift.max(0, $0) }),
            (leakyRelu(x, slope: 0.1), { $0 > 0 ? $0 : 0.1 * $0 }),
            (step(x), { $0 > 0 ? 1 : 0 }),
            (softplus(x), { log(1 + exp($0)) }),
            (elu(x, alpha: 0.5), { $0 > 0 ? $0 : 0.5 * (exp($0) - 1) }),
            (gelu(x), { 0.5 * $0 * (1 + tanh((2 / Double.pi).squareRoot() * ($0 + 0.044715 * $0 * $0 * $0))) }),
            (silu(x), { $0 / (1 + exp(-$0)) }),
        ]
        for (index, (y, formula)) in cases.enumerated() {
            #expect(y.shape == [2, 3], "case \(index)")
            for (yi, xi) in zip(y.scalars, x.scalars) {
                #expect(close(yi, formula(xi), 1e-14), "case \(index) at x = \(xi)")
            }
        }
    }

    @Test("Names with parameters")
    func names() {
        #expect(Activation.allCases.count == 10)
        #expect(Activation.leakyRelu(slope: 0.01).name == "leaky-relu(0.01)")
    }
}
