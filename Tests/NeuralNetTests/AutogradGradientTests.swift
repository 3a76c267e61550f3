import NeuralNet
import NumSwift
import Testing

// Every operation of Autograd/ against central differences, on L = Σ f(inputs) ⊙ g with a fixed
// random g, so that every element of the output matters with its own weight.

/// The worst relative error over all inputs between `backward()` and central differences.
func autogradError(_ inputs: [NDArray], seed: UInt64 = 7, _ f: ([Variable]) -> Variable) -> Double {
    var generator = SeededGenerator(seed: seed)
    let leaves = inputs.map { Variable($0) }
    let output = f(leaves)
    let weights = Variable(constant: NDArray.randn(output.shape, using: &generator))
    (output * weights).sum().backward()
    var worst = 0.0
    for index in inputs.indices {
        let numerical = numericalGradient(
            of: { moved in
                var values = inputs
                values[index] = moved
                return (f(values.map { Variable(constant: $0) }).value * weights.value).sum()
            }, at: inputs[index])
        worst = max(worst, maxRelativeError(leaves[index].gradient!, numerical))
    }
    return worst
}

/// A seeded array of normal draws.
func normal(_ shape: [Int], seed: UInt64) -> NDArray {
    var generator = SeededGenerator(seed: seed)
    return NDArray.randn(shape, using: &generator)
}

/// Draws kept at least 0.1 away from 0, where ReLU has its kink (and 1/x its pole).
func awayFromZero(_ shape: [Int], seed: UInt64) -> NDArray {
    normal(shape, seed: seed).map { $0 < 0 ? $0 - 0.1 : $0 + 0.1 }
}

/// The shape pairs of broadcasting: a scalar, a row, a column, and an operand of lower rank.
let broadcastPairs: [([Int], [Int])] = [
    ([3, 4], []), ([], [3, 4]), ([3, 4], [4]), ([3, 4], [1, 4]), ([3, 4], [3, 1]), ([3, 1], [1, 4]),
    ([2, 3, 4], [3, 1]), ([4], [2, 3, 4]),
]

@Suite struct AutogradGradientTests {
    @Test(arguments: ["+", "-", "*", "/"])
    func arithmeticMatchesCentralDifferences(operation: String) {
        let a = normal([3, 4], seed: 1)
        let b = awayFromZero([3, 4], seed: 2)
        let error = autogradError([a, b]) { v in
            switch operation {
            case "+": v[0] + v[1]
            case "-": v[0] - v[1]
            case "*": v[0] * v[1]
            default: v[0] / v[1]
            }
        }
        #expect(error < gradientTolerance, "\(operation): worst relative error \(error)")
    }

    @Test(arguments: broadcastPairs)
    func broadcastOperandsGetGradientsOfTheirOwnShape(shapes: ([Int], [Int])) {
        let a = normal(shapes.0, seed: 3)
        let b = awayFromZero(shapes.1, seed: 4)
        for operation in ["+", "-", "*", "/"] {
            let error = autogradError([a, b]) { v in
                switch operation {
                case "+": v[0] + v[1]
                case "-": v[0] - v[1]
                case "*": v[0] * v[1]
                default: v[0] / v[1]
                }
            }
            #expect(error < gradientTolerance, "\(shapes) \(operation): worst relative error \(error)")
        }
    }

    @Test func broadcastGradientHasTheOperandsShape() {
        let x = Variable(.ones([5, 3]))
        let b = Variable(NDArray([1.0, 2, 3]))
        (x + b).sum().backward()
        #expect(b.gradient == NDArray([5.0, 5, 5]))  // each b_j was used in all 5 rows
        #expect(x.gradient == .ones([5, 3]))
    }

    @Test func elementwiseFunctionsMatchCentralDifferences() {
        let x = awayFromZero([3, 4], seed: 5)
        let positive = abs(x) + 0.5
        let checks: [(String, Double)] = [
            ("exp", autogradError([x]) { exp($0[0]) }),
            ("log", autogradError([positive]) { log($0[0]) }),
            ("relu", autogradError([x]) { relu($0[0]) }),
            ("neg", autogradError([x]) { -$0[0] }),
            ("+ c", autogradError([x]) { $0[0] + 2.5 }),
            ("* c", autogradError([x]) { $0[0] * -1.5 }),
        ]
        for (name, error) in checks {
            #expect(error < gradientTolerance, "\(name): worst relative error \(error)")
        }
    }

    @Test func reductionsMatchCentralDifferences() {
        let x = normal([3, 4], seed: 6)
        let cube = normal([2, 3, 4], seed: 7)
        let checks: [(String, Double)] = [
            ("sum", autogradError([x]) { $0[0].sum() }),
            ("mean", autogradError([x]) { $0[0].mean() }),
            ("sum axis 0", autogradError([x]) { $0[0].sum(axis: 0) }),
            ("sum axis 1 keepDims", autogradError([x]) { $0[0].sum(axis: 1, keepDims: true) }),
            ("sum axis -2 of rank 3", autogradError([cube]) { $0[0].sum(axis: -2) }),
        ]
        for (name, error) in checks {
            #expect(error < gradientTolerance, "\(name): worst relative error \(error)")
        }
    }

    @Test func matmulMatchesCentralDifferences() {
        let error = autogradError([normal([3, 5], seed: 8), normal([5, 2], seed: 9)]) { matmul($0[0], $0[1]) }
        #expect(error < gradientTolerance, "worst relative error \(error)")
    }

    @Test(arguments: [false, true])
    func softmaxCrossEntropyMatchesCentralDifferences(soft: Bool) {
        var generator = SeededGenerator(seed: 10)
        let targets = randomTargets(batch: 4, classes: 3, soft: soft, using: &generator)
        let error = autogradError([normal([4, 3], seed: 11)]) { softmaxCrossEntropy($0[0], targets) }
        #expect(error < gradientTolerance, "worst relative error \(error)")
    }

    @Test func fanOutAndBothSidesOfAnOperation() {
        let x = normal([3, 4], seed: 12)
        let y = awayFromZero([3, 4], seed: 13)
        let checks: [(String, Double)] = [
            ("x * x", autogradError([x]) { $0[0] * $0[0] }),
            ("x / x", autogradError([y]) { $0[0] / $0[0] }),
            ("x - x * y", autogradError([x, y]) { $0[0] - $0[0] * $0[1] }),
            ("exp(x) + x * y, then * x", autogradError([x, y]) { (exp($0[0]) + $0[0] * $0[1]) * $0[0] }),
            (
                "diamond",
                autogradError([x]) { v in
                    let h = v[0] * 0.5
                    return exp(h) * relu(h) + h
                }
            ),
        ]
        for (name, error) in checks {
            #expect(error < gradientTolerance, "\(name): worst relative error \(error)")
        }
        let square = Variable(NDArray([3.0]))
        (square * square).sum().backward()
        #expect(square.gradient == NDArray([6.0]))  // both uses contribute x: 3 + 3
    }
}
