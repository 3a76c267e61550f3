import NeuralNet
import NumSwift
import Testing

/// The book's two-digit example: ten class probabilities, the right class is 2.
private let rightAt06: NDArray = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]
private let rightAt01: NDArray = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]
private let oneHotTwo: NDArray = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]

@Test func meanSquaredErrorOfTheBooksExample() {
    // ½ Σ (y − t)²: ½ (0.01 + 0.0025 + 0.16 + 0.0025 + 0.01 + 0.01) = 0.0975.
    #expect(Swift.abs(meanSquaredError(rightAt06, .classIndices([2])).value - 0.0975) < 1e-15)
    #expect(Swift.abs(meanSquaredError(rightAt06, .oneHot(oneHotTwo)).value - 0.0975) < 1e-15)
    // ½ (0.01 + 0.0025 + 0.81 + 0.0025 + 0.01 + 0.36 + 0.01) = 0.5975.
    #expect(Swift.abs(meanSquaredError(rightAt01, .classIndices([2])).value - 0.5975) < 1e-15)
}

@Test func crossEntropyOfTheBooksExample() {
    // −log 0.6 and −log 0.1, exactly: no ε inside the logarithm.
    #expect(crossEntropy(probabilities: rightAt06, .classIndices([2])).value == 0.5108256237659907)
    #expect(crossEntropy(probabilities: rightAt06, .oneHot(oneHotTwo)).value == 0.5108256237659907)
    #expect(crossEntropy(probabilities: rightAt01, .classIndices([2])).value == 2.3025850929940455)
    // ∂E/∂y = −t / y: only the right class has a gradient.
    let gradient = crossEntropy(probabilities: rightAt06, .classIndices([2])).gradient
    #expect(gradient.shape == [10])
    #expect(gradient[2] == -1 / 0.6)
    #expect(gradient.scalars.enumerated().allSatisfy { $0.offset == 2 || $0.element == 0 })
}

@Test func crossEntropyAveragesOverTheBatch() {
    let batch = NDArray.stack([rightAt06, rightAt01])
    let value = crossEntropy(probabilities: batch, .classIndices([2, 2])).value
    #expect(Swift.abs(value - (0.5108256237659907 + 2.3025850929940455) / 2) < 1e-15)
}

@Test func crossEntropyOfZeroProbabilityIsInfinite() {
    #expect(crossEntropy(probabilities: [0.5, 0.5, 0], .classIndices([2])).value == .infinity)
}

@Test func crossEntropyOnLogitsIsExactAndFinite() {
    // Two equal scores: p = ½ each, E = log 2, ∂E/∂z = p − t = (−½, ½).
    let even = crossEntropy(logits: [0, 0], .classIndices([0]))
    #expect(even.value == 0.6931471805599453)
    #expect(even.gradient == [-0.5, 0.5])
    // The right class 1000 below the other: E = 1000 exactly (log(y + 1e-7) would cap it at 16.1).
    let wrong = crossEntropy(logits: NDArray([[1000, 0]]), .classIndices([1]))
    #expect(wrong.value == 1000)
    #expect(wrong.gradient == NDArray([[1, -1]]))
}

@Test func binaryCrossEntropyIsStableForLargeScores() {
    #expect(binaryCrossEntropy(logits: [0], targets: [1]).value == 0.6931471805599453)
    #expect(binaryCrossEntropy(logits: [1000], targets: [0]).value == 1000)
    #expect(binaryCrossEntropy(logits: [-1000], targets: [0]).value == 0)
    // Mean over the two elements; gradients (σ(z) − t) / 2.
    let pair = binaryCrossEntropy(logits: [0, 1000], targets: [1, 1])
    #expect(pair.value == 0.6931471805599453 / 2)
    #expect(pair.gradient == [-0.25, 0])
}

/// Every loss against its numerical gradient, on random batch sizes, class counts and targets.
@Test(arguments: gradientSeeds)
func lossGradientsMatchNumericalGradients(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let batch = 1 + generator.nextInt(below: 5)
    let classes = 2 + generator.nextInt(below: 5)
    let soft = seed.isMultiple(of: 2)
    let targets = randomTargets(batch: batch, classes: classes, soft: soft, using: &generator)
    let scores = NDArray.randn([batch, classes], using: &generator) * 2
    let probabilities = NDArray.uniform([batch, classes], low: 0.1, high: 1, using: &generator)
    let binaryTargets = NDArray.uniform([batch, classes], using: &generator)

    let cases: [(String, (NDArray) -> LossAndGradient, NDArray)] = [
        ("mse", { meanSquaredError($0, targets) }, scores),
        ("cross-entropy(probabilities)", { crossEntropy(probabilities: $0, targets) }, probabilities),
        ("cross-entropy(logits)", { crossEntropy(logits: $0, targets) }, scores),
        ("binary cross-entropy", { binaryCrossEntropy(logits: $0, targets: binaryTargets) }, scores),
    ]
    for (name, loss, input) in cases {
        let numerical = numericalGradient(of: { loss($0).value }, at: input)
        let error = maxRelativeError(loss(input).gradient, numerical)
        #expect(error < gradientTolerance, "\(name): relative error \(error) (seed \(seed))")
    }
}

@Test func singleSampleGradientKeepsItsShape() {
    #expect(meanSquaredError(rightAt06, .classIndices([2])).gradient.shape == [10])
    #expect(crossEntropy(logits: rightAt06, .classIndices([2])).gradient.shape == [10])
}
