// Chapter 3: softmax, its overflow guard, and the output layer. Run with `swift run ch03-softmax`.

import Datasets
import NeuralNet
import NumSwift
import TermPlot
import Workbook
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

let figureWidth = Option.width(default: 78, help: "the width of the figures, in terminal columns")
let parser = OptionParser(
    program: "ch03-softmax",
    summary: "Chapter 3: softmax and its overflow guard, log-softmax, and the design of the output layer.",
    defaultSeed: 3, options: [figureWidth])
let options = parser.parseOrExit()
var generator = SeededGenerator(seed: options.seed)
let chapter = Chapter(number: 3, title: "Softmax")
let figures = Figures(options, width: figureWidth)
/// The SGD steps that train the network of 3.6.
let trainingSteps = 600

/// An array with its shape, as a line of text and then NumPy's printing.
func described(_ name: String, _ array: NDArray) -> String {
    "\(name)  shape \(Shape.describe(array.shape))\n\(array)"
}

/// Prints an array with its shape.
func show(_ name: String, _ array: NDArray) {
    print(described(name, array))
}

runChapter {
    chapter.printBanner()
    chapter.printParagraphs(
        """
        A classifier's last layer gives one score per class (the logits). Softmax turns the
        scores a₁ … aₙ into probabilities:

            softmax(a)ₖ = e^aₖ / Σⱼ e^aⱼ

        Every output is positive, and together they sum to 1. This chapter computes it safely,
        looks at its properties, pairs it with its loss, and runs it over a batch.
        """)

    // MARK: - 3.1

    chapter.printSection(1, "The naive softmax overflows")
    chapter.printParagraphs(
        """
        Written as the formula reads, softmax fails for scores of a size a network can produce:
        e^1010 is beyond the largest Double (about 1.8e308, reached at e^709.78), so it becomes
        inf, and inf/inf is NaN.
        """)
    let large = NDArray([1010, 1000, 990])
    show("a", large)
    show("exp(a)", exp(large))
    show("naive exp(a) / exp(a).sum()", exp(large) / exp(large).sum())
    print()
    chapter.printParagraphs(
        """
        The cure: subtract the largest score c = max(a) first. Mathematically nothing changes,
        because the factor e^-c cancels between numerator and denominator,

            e^(aₖ - c) / Σⱼ e^(aⱼ - c) = e^-c e^aₖ / (e^-c Σⱼ e^aⱼ) = e^aₖ / Σⱼ e^aⱼ,

        but now every exponent is at most 0, so every e^(aⱼ - c) lies in (0, 1] and the
        denominator lies in [1, n]: nothing overflows, and nothing divides by 0. This is what
        NeuralNet's softmax does.
        """)
    show("a - max(a)", large - large.max())
    let stable = softmax(large)
    show("softmax(a)", stable)
    print("sum: \(short(stable.sum())), finite: \(stable.isFinite)")
    print()
    chapter.printParagraphs("For small scores both forms work, and agree to the last bit or two:")
    let small = NDArray([0.3, 2.9, 4.0])
    show("a", small)
    let naiveSmall = exp(small) / exp(small).sum()
    show("naive exp(a) / exp(a).sum()", naiveSmall)
    show("softmax(a)", softmax(small))
    print(
        "largest difference: \(sci(abs(softmax(small) - naiveSmall).max(), digits: 2))"
    )
    print()

    // MARK: - 3.2

    chapter.printSection(2, "Properties")
    chapter.printParagraphs(
        """
        Four properties follow from the formula, checked here on five scores. Every output lies
        in (0, 1), though a very low score can round to 0 in floating point; the outputs sum to
        1, so they can be read as probabilities; adding the same constant to every score changes
        nothing (the cancellation of 3.1); and since e^x increases, a larger score always gets
        a larger probability.
        """)
    let scores = NDArray([2.0, 1.0, 0.1, -1.0, 3.0])
    let probabilities = softmax(scores)
    show("a", scores)
    show("softmax(a)", probabilities)
    var properties = Table(headers: ["property", "value"], alignments: [.left, .right])
    properties.append(["smallest output", short(probabilities.min())])
    properties.append(["largest output", short(probabilities.max())])
    properties.append(["sum of the outputs", short(probabilities.sum())])
    for shift in [100.0, -50] {
        let difference = abs(softmax(scores + shift) - probabilities).max()
        properties.append([
            "max |softmax(a \(shift < 0 ? "-" : "+") \(short(Swift.abs(shift)))) - softmax(a)|",
            sci(difference, digits: 2),
        ])
    }
    properties.append(["argmax of a", "\(scores.argmax())"])
    properties.append(["argmax of softmax(a)", "\(probabilities.argmax())"])
    print(properties)
    print()
    chapter.printParagraphs(
        """
        Because the order is kept, a classifier that only needs the predicted class can skip
        softmax at inference and take the argmax of the scores. Softmax is needed for training
        (the loss wants probabilities) and when the probabilities themselves are wanted.

        Dividing the scores by a temperature T before softmax, softmax(a / T), changes how sure
        the distribution is: T < 1 sharpens it towards the argmax, T > 1 flattens it towards
        uniform, while the order stays the same. Language models sample their next word this way.
        """)
    let classLabels = (0..<scores.count).map { "class \($0) (a=\(short(scores[$0])))" }
    let temperatureCharts = [0.5, 1, 2, 5].map { temperature in
        let distribution = softmax(scores / temperature)
        return BarChart(
            labels: classLabels, values: distribution.scalars, title: "T = \(short(temperature))",
            valueLabels: distribution.scalars.map { fixed($0, digits: 4) })
    }
    // Two charts a row: the four temperatures read as a grid, sharpest at the top left.
    for row in stride(from: 0, to: temperatureCharts.count, by: 2) {
        HStack(Array(temperatureCharts[row..<row + 2]), gap: 4).show(figures, height: 15)
        print()
    }

    // MARK: - 3.3

    chapter.printSection(3, "log-softmax, log-sum-exp and cross-entropy")
    chapter.printParagraphs(
        """
        Training needs log softmax(a)ₖ, the log-probability of the right class. Taking the log
        of the stable softmax is not enough: a probability that rounds to 0 (a score some 745
        below the largest) gives log 0 = -inf. Writing the log first avoids it:

            log softmax(a)ₖ = aₖ - log Σⱼ e^aⱼ = aₖ - LSE(a)
            LSE(a) = c + log Σⱼ e^(aⱼ - c),   c = max(a)

        LSE, log-sum-exp, uses the same shift as softmax; each term of its sum is at most 1 and
        one of them is exactly 1, so the log never sees 0 and the result is finite for finite
        scores.
        """)
    for example in [NDArray([1010, 1000, 990]), NDArray([0, -800, -1000])] {
        show("a", example)
        show("log(softmax(a))", log(softmax(example)))
        show("logSoftmax(a)", logSoftmax(example))
        show("logSumExp(a)", logSumExp(example))
        print()
    }
    chapter.printParagraphs(
        """
        The cross-entropy loss of one sample whose right class is k is E = -log softmax(a)ₖ.
        NeuralNet's crossEntropy(logits:) computes it from log-softmax, so it is finite for any
        finite scores, and its gradient with respect to the scores is exactly softmax(a) - t
        (t the one-hot target). The book instead adds a tiny δ = 1e-7 inside the log,
        -log(p + δ). That avoids log 0 but changes the function: the loss is capped at
        -log δ ≈ 16.1, and the gradient with respect to the scores is multiplied by
        p / (p + δ), which goes to 0 exactly when the network is most wrong. In the table
        the right class is class 1 of two, its score g below the other's, so p = σ(-g):
        """)
    var deltaTable = Table(headers: [
        "gap g", "p right", "E exact", "E with δ", "∂E/∂a right exact", "∂E/∂a right with δ",
    ])
    let guarded = DeltaGuardedLoss(delta: 1e-7)
    for gap in [0.0, 5, 16, 20, 40, 800] {
        let logits = NDArray([[0, -gap]])
        let exact = crossEntropy(logits: logits, .classIndices([1]))
        let p = softmax(logits)[0, 1]
        deltaTable.append([
            short(gap), short(p), short(exact.value), short(guarded.value(p)), short(exact.gradient[0, 1]),
            short(guarded.scoreGradient(p)),
        ])
    }
    print(deltaTable)
    print()
    chapter.printParagraphs(
        """
        At a gap of 20 the differentiated δ version has already lost almost all its gradient,
        and at 40 it gives almost no push. Through log-softmax the loss grows with the gap and
        the gradient stays at -1. This does not slow the book's training: its
        SoftmaxWithLoss.backward returns the exact (y - t)/N and never differentiates the
        δ-loss. The damping p/(p + δ) reaches only gradients taken numerically from the δ-loss,
        as chapter 4 does; and only when the right class's p falls near δ, which a trained
        network rarely allows.
        """)

    // MARK: - 3.4

    chapter.printSection(4, "Designing the output layer")
    chapter.printParagraphs(
        """
        The last activation and the loss go together, chosen by what the network predicts:

            regression (any real number)      identity, mean squared error ½Σ(y - t)²
            binary (yes or no)                sigmoid, binary cross-entropy
            multi-label (several yes or no)   a sigmoid per label, binary cross-entropy
            multi-class (exactly one class)   softmax, cross-entropy

        Each sigmoid or softmax pair is computed from the scores (logits) in one stable step, as
        in 3.3. Mean squared error and cross-entropy are sums over a sample's outputs, averaged
        over the samples of a batch. Binary cross-entropy is averaged over every output, as
        PyTorch's BCEWithLogitsLoss does by default: with several labels per sample each label
        is its own yes-or-no question, and the mean keeps the loss on the scale of one question
        however many labels there are. A small worked example of each follows.
        """)
    print("Regression: two outputs, identity activation")
    let regressionOutput = NDArray([[2.5, 0.3]])
    let regressionTarget = NDArray([[3.0, -0.1]])
    show("y", regressionOutput)
    show("t", regressionTarget)
    let squaredError = meanSquaredError(regressionOutput, .oneHot(regressionTarget))
    print("mean squared error, ½Σ(y - t)² per sample = \(short(squaredError.value))")
    print()
    print("Binary: one logit per sample, P(yes) = σ(z)")
    let binaryLogits = NDArray([[2.0], [-1.0], [0.5]])
    let binaryTargets = NDArray([[1], [0], [0]])
    show("z", binaryLogits)
    show("σ(z)", sigmoid(binaryLogits))
    show("t", binaryTargets)
    print("binary cross-entropy = \(short(binaryCrossEntropy(logits: binaryLogits, targets: binaryTargets).value))")
    print()
    print("Multi-label: an image may show a cat, a dog and a car at once; one sigmoid each")
    let labelLogits = NDArray([[1.5, -0.5, -3.0]])
    let labelTargets = NDArray([[1, 1, 0]])
    show("z", labelLogits)
    show("σ(z)", sigmoid(labelLogits))
    print("the probabilities need not sum to 1: their sum is \(short(sigmoid(labelLogits).sum()))")
    show("t", labelTargets)
    print(
        "binary cross-entropy, the mean over the 3 labels = "
            + short(binaryCrossEntropy(logits: labelLogits, targets: labelTargets).value))
    print()
    print("Multi-class: exactly one of three classes; softmax")
    let classLogits = NDArray([[0.3, 2.9, 4.0]])
    show("a", classLogits)
    show("softmax(a)", softmax(classLogits))
    for rightClass in [2, 0] {
        let loss = crossEntropy(logits: classLogits, .classIndices([rightClass]))
        print("right class \(rightClass): cross-entropy -log softmax(a)[\(rightClass)] = \(short(loss.value))")
    }
    print()

    // MARK: - 3.5

    chapter.printSection(5, "A batch at once")
    chapter.printParagraphs(
        """
        Networks work on batches: a (batch, classes) array of scores, one row per sample.
        Softmax then works along axis 1, each row on its own. The row maxima must keep their
        axis, shape (batch, 1), to broadcast against the scores: a (4,) array would be lined up
        with the last axis (length 3) and fail. The scores below are random (seeded).
        """)
    let batchScores = NDArray.randn([4, 3], using: &generator) * 3
    show("scores", batchScores)
    show("scores.max(axis: 1, keepDims: true)", batchScores.max(axis: 1, keepDims: true))
    let batchProbabilities = softmax(batchScores)
    show("softmax(scores)", batchProbabilities)
    // The two (4,) results side by side: each row's sum, and each row's predicted class.
    print(
        hstack([
            described("row sums, sum(axis: 1)", batchProbabilities.sum(axis: 1)),
            described("classes, argmax(axis: 1)", batchProbabilities.argmax(axis: 1)),
        ]))
    print()

    // MARK: - 3.6

    chapter.printSection(6, "A forward pass over the digits")
    chapter.printParagraphs(
        """
        The bundled digits are 1,797 handwritten digits of 8×8 pixels (UCI), split into 1,442
        for training and 355 for testing. Flattened, an image is a row of 64 numbers in [0, 1],
        and a batch of them is a (batch, 64) array. The network below is the book's shape for
        this step: 64 inputs → 50 hidden units (sigmoid) → 10 scores → softmax. Like the book,
        which ships trained weights for it, we want a network that works before we learn how
        it learned: its weights come from a short training run of the library's train(...)
        (\(trainingSteps) steps of SGD, well under a second; chapters 4 and 5 explain every part of it).
        Here the point is the forward pass, its shapes and the batching.
        """)
    let digits = try loadDataset(.digits).normalized().flattened()
    let test = digits.test
    let (inputs, hiddenUnits, classes) = (test.pixelsPerImage, 50, test.classCount)
    var trained = MultiLayerNet(
        inputSize: inputs, hiddenSizes: [hiddenUnits], outputSize: classes, activation: .sigmoid,
        weights: .xavierNormal, generator: &generator)
    var optimizer = SGD(learningRate: 0.5)
    _ = train(
        &trained, optimizer: &optimizer, on: digits.train,
        configuration: TrainingConfiguration(length: .iterations(trainingSteps), batchSize: 100),
        generator: &generator)
    let (hiddenWeights, hiddenBias) = (trained.params["W1"]!, trained.params["b1"]!)
    let (outputWeights, outputBias) = (trained.params["W2"]!, trained.params["b2"]!)

    /// The network's class probabilities for a batch of flattened images.
    func forward(_ x: NDArray) -> (hidden: NDArray, scores: NDArray, probabilities: NDArray) {
        let hidden = sigmoid(matmul(x, hiddenWeights) + hiddenBias)
        let scores = matmul(hidden, outputWeights) + outputBias
        return (hidden, scores, softmax(scores))
    }

    let batchSize = 100
    var batchTable = Table(headers: ["batch", "images", "x", "hidden", "scores", "probabilities", "right"])
    var right = 0
    for (number, indices) in Sampling.orderedBatches(count: test.count, batchSize: batchSize).enumerated() {
        let batch = test.batch(indices)
        let (hidden, scores, probabilities) = forward(batch.features)
        let correct = zip(probabilities.argmaxPerRow(), batch.labels).filter { $0 == $1 }.count
        right += correct
        batchTable.append([
            "\(number + 1)", "\(indices.first!)...\(indices.last!)", Shape.describe(batch.features.shape),
            Shape.describe(hidden.shape), Shape.describe(scores.shape), Shape.describe(probabilities.shape),
            "\(correct)",
        ])
    }
    print(
        "weights: W1 \(Shape.describe(hiddenWeights.shape)), b1 \(Shape.describe(hiddenBias.shape)), "
            + "W2 \(Shape.describe(outputWeights.shape)), b2 \(Shape.describe(outputBias.shape))")
    print()
    print(batchTable)
    print()
    let percentRight = fixed(100 * Double(right) / Double(test.count), digits: 1)
    print("right: \(right) of \(test.count) (\(percentRight)%)")
    print()
    chapter.printParagraphs(
        """
        The last batch holds the \(test.count % batchSize) images left over, and every array
        follows: nothing in the forward pass depends on the batch length. The first test digit
        and the first one the network gets wrong, each with the probabilities it gives:
        """)
    let predictions = forward(test.batch(Array(0..<test.count)).features).probabilities.argmaxPerRow()
    let firstWrong = (0..<test.count).first { predictions[$0] != test.labels[$0] }
    let shown = [0] + (firstWrong.map { [$0] } ?? [])
    let shownDigits = test.batch(shown)
    let shownProbabilities = forward(shownDigits.features).probabilities
    let examples = (0..<shown.count).map { row in
        let image = ImagePlot(
            shownDigits.features[row: row].reshaped(test.rows, test.columns), range: 0...1,
            title: "image \(shown[row]), label \(shownDigits.labels[row])")
        let probabilities = shownProbabilities[row: row].scalars
        let bars = BarChart(
            labels: (0..<classes).map { "\($0)" }, values: probabilities,
            valueLabels: probabilities.map { fixed($0, digits: 3) })
        return HStack([image, bars], gap: 1)
    }
    // The examples side by side, each an image and its probabilities.
    HStack(examples, gap: 4).show(figures, height: 12)
    print()

    // MARK: - 3.7

    chapter.printSection(7, "Summary")
    chapter.printParagraphs(
        """
        - Softmax turns scores into probabilities; computed as written it overflows, so the
          row maximum is subtracted first, which changes nothing mathematically.
        - Its outputs lie in (0, 1) and sum to 1, adding a constant to the scores changes
          nothing, and the order is kept: argmax needs no softmax. Temperature sharpens or
          flattens the distribution.
        - log-softmax = a - LSE(a) is finite where log(softmax) is -inf; cross-entropy from it
          needs no δ, and its gradient is softmax(a) - t.
        - The output layer matches the problem: identity for regression, sigmoid for binary
          and multi-label, softmax for multi-class.
        - A batch is a (batch, classes) array; softmax works along axis 1, row by row.
        """)
}
