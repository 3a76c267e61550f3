import NeuralNet
import NumSwift
import Testing

// A 400 × 100 draw (40 000 weights): the sample standard deviation of n normal samples is off
// by about 1/√(2n) = 0.35% of σ, so 2% is a wide margin; yet Xavier (√(2/500) = 0.0632) and
// He (√(2/400) = 0.0707) differ by 12%, so a mixed-up formula fails.

private struct Case: Sendable, CustomStringConvertible {
    let scheme: WeightInit
    /// The standard deviation from the paper's formula, with fan_in = 400, fan_out = 100.
    let formula: Double
    var description: String { scheme.description }
}

private let cases: [Case] = [
    Case(scheme: .standardDeviation(0.01), formula: 0.01),
    Case(scheme: .lecunNormal, formula: (1.0 / 400).squareRoot()),
    Case(scheme: .xavierNormal, formula: (2.0 / (400 + 100)).squareRoot()),
    Case(scheme: .xavierUniform, formula: (6.0 / (400 + 100)).squareRoot() / 3.0.squareRoot()),
    Case(scheme: .heNormal, formula: (2.0 / 400).squareRoot()),
    Case(scheme: .heUniform, formula: (6.0 / 400).squareRoot() / 3.0.squareRoot()),
]

@Test(arguments: cases)
private func sampleStandardDeviationMatchesTheFormula(testCase: Case) {
    var generator = SeededGenerator(seed: 7)
    let w = testCase.scheme.weights(fanIn: 400, fanOut: 100, using: &generator)
    #expect(w.shape == [400, 100])
    let std = w.standardDeviation()
    #expect(abs(std - testCase.formula) <= 0.02 * testCase.formula, "\(testCase): sample std \(std)")
    #expect(abs(w.mean()) <= 0.02 * testCase.formula)
    #expect(abs(testCase.scheme.standardDeviation(fanIn: 400, fanOut: 100) - testCase.formula) < 1e-15)
}

@Test func uniformSchemesStayWithinTheirLimit() {
    var generator = SeededGenerator(seed: 1)
    let xavier = WeightInit.xavierUniform.weights(fanIn: 400, fanOut: 100, using: &generator)
    let he = WeightInit.heUniform.weights(fanIn: 400, fanOut: 100, using: &generator)
    let (a, b) = ((6.0 / 500).squareRoot(), (6.0 / 400).squareRoot())
    #expect(xavier.max() < a && xavier.min() >= -a)
    #expect(he.max() < b && he.min() >= -b)
    // And they fill it: the extremes of 40 000 draws come within 1% of the limit.
    #expect(xavier.max() > 0.99 * a && he.min() < -0.99 * b)
}

@Test func sameSeedSameWeights() {
    var g1 = SeededGenerator(seed: 42)
    var g2 = SeededGenerator(seed: 42)
    #expect(
        WeightInit.heNormal.weights(fanIn: 3, fanOut: 2, using: &g1)
            == WeightInit.heNormal.weights(fanIn: 3, fanOut: 2, using: &g2))
}

@Test func descriptionsNameTheScheme() {
    #expect(WeightInit.standardDeviation(0.01).description == "std 0.01")
    #expect(WeightInit.heNormal.description == "He normal")
}
