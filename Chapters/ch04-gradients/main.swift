// Chapter 4: gradients. Read top to bottom; every number printed is computed here.

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

let epochs = Option.epochs(
    default: 40,
    help: "gradient-descent steps of the net in 4.5; each uses all --samples images, so a step is an epoch")
let learningRate = Option.learningRate(default: 0.5, help: "learning rate of the net in 4.5")
let samples = Option.int("samples", default: 100, in: 1...100_000, help: "training images the net in 4.5 learns")
let hidden = Option.int(
    "hidden", default: 10, in: 1...100,
    help: "hidden units of the net in 4.5 (at most 100: a numerical step costs two losses per parameter)")
let quick = Option.quick(help: "a shorter run, for tests and CI: at most 5 steps in 4.5")
let figureWidth = Option.width(default: 72)
let parser = OptionParser(
    program: "ch04-gradients",
    summary: "Chapter 4: numerical differentiation, gradients, gradient descent, losses, and learning from them.",
    defaultSeed: 4,
    options: DataOptions.options() + [epochs, learningRate, samples, hidden, quick, figureWidth])
let options = parser.parseOrExit()
let chapter = Chapter(number: 4, title: "Gradients")
let stepCount = options[quick] ? Swift.min(5, options[epochs]) : options[epochs]
let figures = Figures(options, width: figureWidth)
/// Rows of the plotting area of most figures.
let plotHeight = 15

// The data comes first: if it is missing, say so in one line before printing anything.
let data = DataOptions(options).loadOrExit(requiring: dataRequirements).normalized()

runChapter {
    chapter.printBanner()

    // MARK: 4.1

    chapter.printSection(1, "Numerical differentiation")
    chapter.printParagraphs(
        """
        The derivative is the slope of f over a vanishingly small step h. A computer cannot take
        h to zero, so it takes a small h and divides:

            forward difference   (f(x + h) - f(x)) / h
            central difference   (f(x + h) - f(x - h)) / 2h

        How small should h be? The book's first attempt, h = 1e-50, on f(x) = 0.01x^2 + 0.1x
        at x = 5:
        """)
    let bookFunction: (Double) -> Double = { x in 0.01 * (x * x) + 0.1 * x }
    let tinyStep = 1e-50
    print("5 + 1e-50 == 5                  \(5 + tinyStep == 5)")
    print("forward difference, h = 1e-50   \(forwardDifference(bookFunction, at: 5, h: tinyStep))")
    print("central difference, h = 1e-4    \(centralDifference(bookFunction, at: 5, h: 1e-4))   (exact: 0.2)")
    print("central difference at x = 10    \(centralDifference(bookFunction, at: 10, h: 1e-4))   (exact: 0.3)")
    print()
    chapter.printParagraphs(
        """
        A Double carries about 16 significant digits, so 5 + 1e-50 is exactly 5 and the
        difference is 0. Too large an h is wrong the other way: the slope of a chord is not the
        slope of the tangent. The table measures both errors on f(x) = sin x at x = 1, whose
        derivative cos 1 we know exactly. The forward difference's error shrinks like h, the
        central one's like h^2, until the rounding error of f (about 1e-16 / h) takes over.
        """)
    let x0 = 1.0
    let exact = cos(x0)
    let steps = (1...12).map { pow(10.0, -Double($0)) }
    var errors = Table(headers: ["h", "forward difference", "its error", "central difference", "its error"])
    var forwardErrors: [Double] = []
    var centralErrors: [Double] = []
    for h in steps {
        let forward = forwardDifference(sin, at: x0, h: h)
        let central = centralDifference(sin, at: x0, h: h)
        forwardErrors.append(Swift.abs(forward - exact))
        centralErrors.append(Swift.abs(central - exact))
        errors.append([
            sci(h), fixed(forward, digits: 12), sci(forwardErrors.last!),
            fixed(central, digits: 12), sci(centralErrors.last!),
        ])
    }
    print(errors)
    print("exact: cos 1 = \(fixed(exact, digits: 12))")
    print()
    LinePlot(
        title: "Figure 4.1  Error of the difference quotients of sin at 1", xLabel: "h", yLabel: "|error|",
        xScale: .log10, yScale: .log10
    )
    .line(x: steps, y: forwardErrors, label: "forward", marker: "*")
    .line(x: steps, y: centralErrors, label: "central", marker: "o")
    .show(figures, height: plotHeight)
    print()
    let bestForward = steps[forwardErrors.indices.min { forwardErrors[$0] < forwardErrors[$1] }!]
    let bestCentral = steps[centralErrors.indices.min { centralErrors[$0] < centralErrors[$1] }!]
    chapter.printParagraphs(
        """
        Both errors fall, then rise again as rounding takes over: the best h here is \(sci(bestForward))
        for the forward difference and \(sci(bestCentral)) for the central one, which is also far more
        accurate at its best. The book's h = 1e-4 with the central difference is a safe middle:
        good to about 1e-9, for functions of ordinary size.
        """)

    // MARK: 4.2

    chapter.printSection(2, "Partial derivatives and the gradient")
    chapter.printParagraphs(
        """
        For a function of several variables, f(x0, x1) = x0^2 + x1^2, each partial derivative
        moves one variable and holds the others. Collected into a vector they form the gradient,
        (df/dx0, df/dx1) = (2 x0, 2 x1). numericalGradient (NeuralNet/Gradients) takes central
        differences one element at a time:
        """)
    var gradients = Table(headers: ["point (x0, x1)", "numerical gradient", "exact (2 x0, 2 x1)"])
    for point: NDArray in [[3, 4], [0, 2], [3, 0]] {
        let gradient = numericalGradient(of: sumOfSquares, at: point)
        gradients.append([
            "(\(short(point[0])), \(short(point[1])))", "(\(gradient[0]), \(gradient[1]))",
            "(\(short(2 * point[0])), \(short(2 * point[1])))",
        ])
    }
    print(gradients)
    print()
    chapter.printParagraphs(
        """
        The gradient points to where f increases fastest; minus the gradient points downhill.
        Drawn at every point of a grid, minus the gradient points at the minimum (0, 0), and is
        longer the further away it is (the arrows show only its direction):
        """)
    ArrowField(
        title: "Figure 4.2  -grad f(x0, x1) for f = x0^2 + x1^2", xLabel: "x0", yLabel: "x1", x: -2...2, y: -2...2,
        columns: 17, rows: 9
    ) { x, y in
        let gradient = numericalGradient(of: sumOfSquares, at: NDArray([x, y]))
        return (-gradient[0], -gradient[1])
    }
    .show(figures, width: 60, height: 15)
    print()

    // MARK: 4.3

    chapter.printSection(3, "Gradient descent")
    chapter.printParagraphs(
        """
        Follow minus the gradient in small steps and you walk downhill: x <- x - lr * grad f(x),
        where the learning rate lr sets the step. From (-3, 4), 100 steps, three learning rates:
        """)
    let start: NDArray = [-3, 4]
    let rates: [Double] = [0.1, 10, 1e-10]
    var descents = Table(headers: ["learning rate", "after 100 steps (x0, x1)", "f there"])
    var paths: [Double: [NDArray]] = [:]
    for rate in rates {
        let path = gradientDescentPath(sumOfSquares, from: start, learningRate: rate, steps: 100)
        paths[rate] = path
        let end = path.last!
        let point = "(\(short(end[0], significant: 9)), \(short(end[1], significant: 9)))"
        descents.append([short(rate), point, sci(sumOfSquares(end))])
    }
    print(descents)
    print()
    chapter.printParagraphs(
        """
        With lr = 0.1 each step multiplies x by 1 - 2 * 0.1 = 0.8, and 0.8^100 = \(sci(pow(0.8, 100))): the
        walk ends next to the minimum. With lr = 10 each step multiplies x by 1 - 20 = -19: it
        overshoots further every time until x is so large that x + h rounds to x, the numerical
        gradient becomes garbage, and the walk stops somewhere around 1e13. With lr = 1e-10
        it barely moves. The learning rate is a hyperparameter: set by hand, not learnt.
        """)
    let bowl = Contour(x: -4.5...4.5, y: -4.5...4.5, levels: [1, 4, 9, 16, 25], label: "f = 1, 4, 9, 16, 25") {
        x, y in x * x + y * y
    }
    let slow = paths[0.1]!
    LinePlot(
        title: "Figure 4.3  Gradient descent on x0^2 + x1^2 from (-3, 4)", xLabel: "x0", yLabel: "x1",
        xRange: -4.5...4.5, yRange: -4.5...4.5
    )
    .contour(bowl)
    .line(x: slow.map { $0[0] }, y: slow.map { $0[1] }, label: "lr 0.1", marker: "o")
    .scatter(
        x: [paths[1e-10]!.last![0]], y: [paths[1e-10]!.last![1]], label: "lr 1e-10 (stays at the start)", marker: "x"
    )
    .show(figures, height: 21)
    print()
    chapter.printParagraphs(
        """
        The circles are the contours f = 1, 4, 9, 16, 25. The lr = 0.1 path runs straight down the
        slope, with steps that shrink as the slope flattens; the lr = 10 path leaves the picture
        on its first step, to (\(short(paths[10]![1][0])), \(short(paths[10]![1][1]))).
        """)

    // MARK: 4.4

    chapter.printSection(4, "Loss functions")
    chapter.printParagraphs(
        """
        To learn, a network needs one number that says how wrong it is: the loss. The book's
        example: ten classes, the right one is 2 (one-hot target t), and two networks' outputs,
        one that gives class 2 a probability of 0.6 and one that gives it 0.1 (preferring 7).

            mean squared error   E = 1/2 sum_k (y_k - t_k)^2
            cross-entropy        E = -sum_k t_k log y_k = -log(y of the right class)

        Both are per sample; the loss of a batch is their average over its samples.
        """)
    let target = NDArray([0, 0, 1, 0, 0, 0, 0, 0, 0, 0] as [Double])
    let good = NDArray([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0] as [Double])
    let bad = NDArray([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0] as [Double])
    var losses = Table(headers: ["output", "y of class 2", "mean squared error", "cross-entropy"])
    for (name, y) in [("right class at 0.6", good), ("right class at 0.1", bad)] {
        losses.append([
            name, short(y[2]), fixed(meanSquaredError(y, .oneHot(target)).value, digits: 8),
            fixed(crossEntropy(probabilities: y, .oneHot(target)).value, digits: 8),
        ])
    }
    print(losses)
    print()
    chapter.printParagraphs(
        """
        Both losses are smaller for the better output. Cross-entropy is -ln 0.6 = 0.51082562 and
        -ln 0.1 = 2.30258509 exactly; the book prints 0.510825457 because it adds 1e-7 inside
        the logarithm to avoid log 0. The library does not: on probabilities, a right class at
        exactly 0 gives an infinite loss, which is the truth; for training it computes
        cross-entropy from the scores through log-softmax, which is exact and never infinite.

        Why a loss and not the accuracy? The accuracy changes in jumps, only when a prediction
        flips, so its derivative with respect to a weight is 0 almost everywhere: no slope to
        follow. The loss changes smoothly with every weight.
        """)

    // MARK: 4.5

    chapter.printSection(5, "Learning with numerical gradients")
    let sampleCount = Swift.min(options[samples], data.train.count)
    let hiddenCount = options[hidden]
    let batch = data.train.batch(Array(0..<sampleCount))
    let targets = Targets.classIndices(batch.labels)
    var generator = SeededGenerator(seed: options.seed)
    var network = TwoLayerNet(
        inputSize: data.train.pixelsPerImage, hiddenSize: hiddenCount, outputSize: data.train.classCount,
        weightInitStd: 0.1, generator: &generator)
    let parameterCount = network.params.values.reduce(0) { $0 + $1.count }
    chapter.printParagraphs(
        """
        Everything is in place to learn: a two-layer net (\(data.train.pixelsPerImage) -> \(hiddenCount) -> \
        \(data.train.classCount), ReLU, softmax; \(parameterCount) parameters, weights from N(0, 0.1^2)), the first
        \(sampleCount) training images of the \(data.name) set, the cross-entropy loss, and the gradient by
        central differences: 2 x \(parameterCount) = \(2 * parameterCount) evaluations of the loss on all \(sampleCount) images
        for every step. \(stepCount) steps of gradient descent with learning rate \(short(options[learningRate])):
        """)
    var numericalSeconds = 0.0
    var lossHistory: [Double] = []
    // One loss takes a moment; the numerical gradient takes 2 per parameter and step: say up front
    // how long that is, when it is long, and show the steps as they go (on stderr).
    // (The fastest of three: the first evaluation also pays for setting things up.)
    let lossSeconds = (0..<3).map { _ in Stopwatch.time { network.loss(batch.features, targets) }.seconds }.min()!
    ProgressReporter.announce(
        "4.5 learning with numerical gradients",
        estimatedSeconds: lossSeconds * Double(2 * parameterCount * stepCount))
    var stepsDone = ProgressReporter("4.5 numerical gradient steps", total: stepCount)
    var progress = Table(headers: ["step", "loss", "accuracy on these images"])
    let every = Swift.max(1, stepCount / 8)
    for step in 1...stepCount {
        let loss = network.loss(batch.features, targets)
        lossHistory.append(loss)
        if step == 1 || step % every == 0 {
            progress.append([
                "\(step - 1)", fixed(loss, digits: 4),
                fixed(network.accuracy(batch.features, labels: batch.labels), digits: 4),
            ])
        }
        let (gradient, seconds) = Stopwatch.time { network.numericalGradient(batch.features, targets) }
        numericalSeconds += seconds
        for (name, g) in gradient { network.params[name]! -= options[learningRate] * g }
        stepsDone.advance()
    }
    stepsDone.finish()
    let finalLoss = network.loss(batch.features, targets)
    let finalAccuracy = network.accuracy(batch.features, labels: batch.labels)
    lossHistory.append(finalLoss)
    progress.append([
        "\(stepCount)", fixed(finalLoss, digits: 4), fixed(finalAccuracy, digits: 4),
    ])
    print(progress)
    print()
    LinePlot(title: "Figure 4.4  Loss while learning with numerical gradients", xLabel: "step", yLabel: "loss")
        .line(lossHistory, label: "loss on the \(sampleCount) images")
        .show(figures, height: plotHeight)
    print()
    chapter.printParagraphs(
        """
        \(lossVerdict(from: lossHistory[0], to: finalLoss, learningRate: options[learningRate])) But look at \
        the cost. Timing one step each way, on the same network and the same images (the times
        depend on the machine; their ratio is the lesson):
        """)
    let backpropRepeats = 200
    let (_, backpropTotal) = Stopwatch.time {
        for _ in 0..<backpropRepeats { _ = network.gradient(batch.features, targets) }
    }
    let numericalPerStep = numericalSeconds / Double(stepCount)
    let backpropPerStep = backpropTotal / Double(backpropRepeats)
    var timing = Table(headers: ["gradient by", "seconds per step (machine-dependent)"])
    timing.append(["numerical differentiation", fixed(numericalPerStep, digits: 6)])
    timing.append(["backpropagation (chapter 5)", fixed(backpropPerStep, digits: 6)])
    print(timing)
    print(
        "ratio: backprop is about \(fixed(numericalPerStep / backpropPerStep, digits: 0)) times faster (machine-dependent)"
    )
    print()
    chapter.printParagraphs(
        """
        The numerical gradient costs two forward passes per parameter; backprop costs about one
        forward and one backward pass in all. The ratio grows with the number of parameters: for
        the book's 784 -> 50 -> 10 net on MNIST (39,760 parameters) one numerical step takes
        tens of thousands of forward passes.
        """)

    // MARK: 4.6

    chapter.printSection(6, "Numerical against analytic gradients")
    chapter.printParagraphs(
        """
        Both ways give the same gradient, up to the error of the central difference. For the
        network just trained, on the same images:
        """)
    let analytic = network.gradient(batch.features, targets).grads
    ProgressReporter.announce("4.6 one more numerical gradient", estimatedSeconds: numericalPerStep)
    let numerical = network.numericalGradient(batch.features, targets)
    var comparison = GradientCheckTable(columns: [
        .shape, .largestDifference("max |analytic - numerical|"), .worstRelativeError("max relative error"),
    ])
    for name in ParameterNames.ordered(analytic.keys) {
        let (a, n) = (analytic[name]!, numerical[name]!)
        comparison.append(
            GradientCheckRow(name: name, backprop: a, numerical: n, worstRelativeError: maxRelativeError(a, n)))
    }
    print(comparison)
    print()
    let largestDifference = analytic.keys.map { abs(analytic[$0]! - numerical[$0]!).max() }.max() ?? 0
    let largestGradient = analytic.values.map { abs($0).max() }.max() ?? 0
    let worstRelative = analytic.keys.map { maxRelativeError(analytic[$0]!, numerical[$0]!) }.max() ?? 0
    if worstRelative < 1e-3 {
        chapter.printParagraphs(
            """
            The largest difference is \(sci(largestDifference)), against gradients as large as \(sci(largestGradient)): the
            two agree as closely as the central difference itself is accurate (its error is about
            h^2 = 1e-8 times the third derivative). A wrong gradient would be off by its own size, a
            relative error near 1. That is how backprop is checked in chapter 5: numerical
            gradients are too slow to learn with, but simple enough to trust.
            """)
    } else {
        chapter.printParagraphs(
            """
            Most gradients agree to many digits, but the worst relative error is \(sci(worstRelative)). That is
            not a wrong backprop: ReLU has a kink at 0, where it has no derivative. When the input
            of a hidden unit, for one of the images, lies within about h = 1e-4 of 0, the central
            difference straddles the kink and averages the two slopes, while backprop takes the
            slope on one side. With \(sampleCount * hiddenCount) such inputs here, one landing that close happens. A
            gradient check on fewer samples (chapter 5 uses three) rarely meets a kink; the tests
            check every layer at inputs kept away from it.
            """)
    }

    // MARK: 4.7

    chapter.printSection(7, "Summary")
    chapter.printParagraphs(
        """
        - A derivative is computed numerically by a difference quotient; the central difference
          with h = 1e-4 is accurate to about 1e-9. Too small an h drowns in rounding (1e-50 gives 0).
        - The gradient collects the partial derivatives; minus the gradient points downhill.
        - Gradient descent walks downhill in steps set by the learning rate: too large diverges,
          too small stands still.
        - A loss (mean squared error, cross-entropy) measures how wrong the network is, smoothly.
        - A network learns from numerical gradients, slowly: backpropagation (chapter 5) gives
          the same gradients far faster.
        """)
    // The summary line of a chapter that trains; this one learns only its few training images.
    print(
        FinalLine(
            dataset: "\(data.name)",
            [
                .count("samples", sampleCount), .count("steps", stepCount),
                .number("loss", finalLoss), .number("train_acc", finalAccuracy),
            ]))
}
