// Chapter 7: weight initialisation, batch normalisation and regularisation.
// Read top to bottom; every number printed is computed here.

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

let quickOption = Option.quick(help: "a shorter run (fewer epochs and trials), for tests and CI")
let trials = Option.int("trials", default: 20, in: 2...1000, help: "trials of the hyper-parameter random search")
let figureWidth = Option.width(default: 80)
let parser = OptionParser(
    program: "ch07-init-regularization",
    summary:
        "Chapter 7: weight initialisation, batch normalisation, overfitting and its cures, hyper-parameter search.",
    defaultSeed: 7,
    options: DataOptions.options() + [quickOption, trials, figureWidth])
let options = parser.parseOrExit()
let quick = options[quickOption]
let trialCount = quick ? Swift.min(options[trials], 8) : options[trials]
let figures = Figures(options, width: figureWidth)
let chapter = Chapter(number: 7, title: "Initialisation, normalisation and regularisation")
let data = DataOptions(options).loadOrExit(requiring: dataRequirements).normalized().flattened()
let imageSide = data.train.rows
let trainingSet = data.train
let testSet = data.test

/// Prints a figure designed `width` columns wide and `height` rows tall, then a blank line.
func draw(_ plot: some Plot, width: Int = 72, height: Int = 14) {
    plot.show(figures, width: width, height: height)
    print()
}

/// A generator for one experiment, so that each section's numbers do not depend on the ones before it.
func generator(_ experiment: UInt64) -> SeededGenerator {
    SeededGenerator(seed: options.seed &* 1_000 &+ experiment)
}

runChapter {
    chapter.printBanner()
    chapter.printParagraphs(
        "data: \(data.name.rawValue), \(data.train.count) training and \(data.test.count) test images of "
            + "\(imageSide)x\(data.train.columns) pixels in [0, 1]; seed \(options.seed)\(quick ? "; --quick" : "")")

    // MARK: 7.1

    chapter.printSection(1, "Activations and the scale of the initial weights")
    chapter.printParagraphs(
        """
        Take 1,000 random inputs (100 numbers each, drawn from N(0, 1)) and run them through five
        fully connected layers of 100 units, with no training at all. Each layer multiplies by a
        weight matrix drawn at random and applies an activation. How the values are spread after
        each layer depends on the scale of those weights:

            std 1      W ~ N(0, 1)
            std 0.01   W ~ N(0, 0.01^2)
            Xavier     W ~ N(0, 2/(n_in + n_out)), here 1/100 (Glorot and Bengio, 2010)
            He         W ~ N(0, 2/n_in), here 2/100 (He et al., 2015)

        A unit computes a = sum of 100 products w * x. With weights of mean 0 drawn independently
        of the inputs, Var(a) = 100 * Var(W) * E[x^2]: the inputs' second moment, not their
        variance, because sigmoid's and ReLU's outputs do not have mean 0. For inputs of mean 0
        (the N(0, 1) inputs, tanh's outputs) E[x^2] is the variance v, and Xavier keeps Var(a) at
        v. ReLU passes only the positive half of a, so E[x^2] = Var(a)/2 for its outputs, and He's
        factor 2 makes up for that: Var(a) stays the same from layer to layer. The standard
        deviation of each layer's outputs, for every activation and scale:
        """)
    var histogramGenerator = generator(1)
    let inputs = NDArray.randn([1_000, 100], using: &histogramGenerator)
    let initializations: [(name: String, weights: WeightInit)] = [
        ("std 1", .standardDeviation(1)), ("std 0.01", .standardDeviation(0.01)), ("Xavier", .xavierNormal),
        ("He", .heNormal),
    ]
    var statisticsTable = Table(
        headers: ["activation", "weights"] + (1...5).map { "layer \($0)" },
        alignments: [.left, .left] + Array(repeating: .right, count: 5))
    // The settings whose histograms are drawn below the table, and the layers of each setting.
    let drawn: Set<String> = ["sigmoid, std 1", "sigmoid, std 0.01", "relu, He"]
    var drawnLayers: [(name: String, activation: Activation, layers: [NDArray])] = []
    for activation in [Activation.sigmoid, .tanh, .relu] {
        for initialization in initializations {
            let layers = activationsThroughLayers(
                inputs: inputs, layers: 5, initialization: initialization.weights, activation: activation,
                using: &histogramGenerator)
            statisticsTable.append(
                [activation.name, initialization.name] + layers.map { short($0.standardDeviation(), significant: 3) })
            let name = "\(activation.name), \(initialization.name)"
            if drawn.contains(name) { drawnLayers.append((name, activation, layers)) }
        }
    }
    print(statisticsTable)
    print()
    chapter.printParagraphs(
        """
        Three of these settings drawn as histograms (how many of the 100,000 values fall in
        each bin), one column per setting: layer 1 in the top row, layer 5 below it. ReLU's
        zeros are left out of its histograms (there are a great many of them) but not out of
        the table.
        """)
    // A column per setting, on the setting's own value range; a row per layer, titled only once.
    for layer in [0, 4] {
        let histograms = drawnLayers.map { setting in
            Histogram(
                histogramValues(setting.activation, setting.layers[layer]), bins: 12,
                range: histogramRange(setting.activation, of: setting.layers),
                title: layer == 0 ? setting.name : nil)
        }
        draw(HStack(histograms, gap: 2), width: 78, height: 4)
    }
    chapter.printParagraphs(
        """
        What the table and the figures show. With std 1 the sums are large, so sigmoid and tanh
        saturate: their outputs pile up at the ends (0 and 1, or -1 and 1), where their slope is
        nearly 0 and the gradient vanishes on the way back; ReLU's values grow sevenfold
        (sqrt(50)) per layer. With
        std 0.01 the signal shrinks layer after layer: sigmoid's outputs all sit at 0.5, tanh's
        and ReLU's collapse to 0, every unit says the same thing and the network has lost its
        expressive power. Xavier keeps sigmoid's and tanh's outputs spread out in every layer
        (tanh's narrowing only slowly). With ReLU, Xavier still shrinks the signal (its variance
        halves with each layer), while He keeps its spread the same all the way down. Hence the
        usual advice: Xavier for sigmoid and tanh, He for ReLU.
        """)

    // MARK: 7.2

    chapter.printSection(2, "Zero initialisation: every hidden unit learns the same thing")
    chapter.printParagraphs(
        """
        Why not start from W = 0 (or any single value)? Then every hidden unit computes the same
        function of the input, receives the same gradient and takes the same step: the units stay
        copies of each other for ever, and eight hidden units are worth one. The same net
        (\(imageSide * imageSide) -> 8 sigmoid units -> 10), trained by SGD for 300 steps from zero
        weights and from Xavier weights:
        """)
    var zeroTable = Table(
        headers: ["start", "max |W1[:, j] - W1[:, 0]|", "max |W2[j, :] - W2[0, :]|", "train acc"],
        alignments: [.left, .right, .right, .right])
    var zeroTrained: MultiLayerNet?
    for (name, weights) in [
        ("zeros", WeightInit.standardDeviation(0)), ("Xavier", WeightInit.xavierNormal),
    ] {
        var generator = generator(2)
        var network = MultiLayerNet(
            inputSize: imageSide * imageSide, hiddenSizes: [8], outputSize: 10, activation: .sigmoid,
            weights: weights, generator: &generator)
        var optimizer = SGD(learningRate: 0.5)
        _ = train(
            &network, optimizer: &optimizer, on: trainingSet,
            configuration: TrainingConfiguration(length: .iterations(300), batchSize: 50), generator: &generator)
        let w1 = network.params["W1"]!.transposed()  // row j: the weights into hidden unit j
        let w2 = network.params["W2"]!  // row j: the weights out of hidden unit j
        let spread1 = (0..<8).map { abs(w1[row: $0] - w1[row: 0]).max() }.max()!
        let spread2 = (0..<8).map { abs(w2[row: $0] - w2[row: 0]).max() }.max()!
        zeroTable.append([
            name, short(spread1, significant: 3), short(spread2, significant: 3),
            fixed(accuracy(of: network, on: trainingSet)),
        ])
        if name == "zeros" { zeroTrained = network }
    }
    print(zeroTable)
    print()
    if let network = zeroTrained {
        let w2 = network.params["W2"]!
        print("W2 after 300 steps from zeros, first five weights out of hidden units 1 and 2:")
        for row in 0..<2 {
            print("  unit \(row + 1): " + (0..<5).map { fixed(w2[row, $0]) }.joined(separator: "  "))
        }
        print()
    }
    chapter.printParagraphs(
        """
        The weights did change (the rows are not 0), but every hidden unit's weights are exactly
        those of the others: a difference of 0, to the last bit. Random initial weights break
        the symmetry, which is all they need to do; their scale is the subject of 7.1.
        """)

    // MARK: 7.3

    let depthIterations = quick ? 100 : 300
    chapter.printSection(3, "Initialisation compared in training")
    chapter.printParagraphs(
        """
        A five-layer ReLU net (\(imageSide * imageSide) -> 100 -> 100 -> 100 -> 100 -> 10) trained by SGD
        (learning rate 0.01, batches of 50, \(depthIterations) iterations) from three starting
        scales. The curves are the training loss, averaged over each run of 10 iterations.
        """)
    var initializationPlot = LinePlot(title: "training loss by initialisation", xLabel: "iteration")
    var initializationTable = Table(
        headers: ["initialisation", "first loss", "final loss", "test acc"],
        alignments: [.left, .right, .right, .right])
    for (name, initialization, marker) in [
        ("std 0.01", WeightInit.standardDeviation(0.01), Character("o")), ("Xavier", .xavierNormal, "x"),
        ("He", .heNormal, "+"),
    ] {
        var generator = generator(3)
        var network = MultiLayerNet(
            inputSize: imageSide * imageSide, hiddenSizes: [100, 100, 100, 100], outputSize: 10,
            weights: initialization, generator: &generator)
        var optimizer = SGD(learningRate: 0.01)
        let history = train(
            &network, optimizer: &optimizer, on: trainingSet,
            configuration: TrainingConfiguration(length: .iterations(depthIterations), batchSize: 50),
            generator: &generator)
        let smoothed = stride(from: 0, to: history.losses.count, by: 10).map { start in
            let window = history.losses[start..<Swift.min(start + 10, history.losses.count)]
            return window.reduce(0, +) / Double(window.count)
        }
        initializationPlot = initializationPlot.line(
            x: smoothed.indices.map { Double($0 * 10 + 5) }, y: smoothed, label: name, marker: marker)
        initializationTable.append([
            name, fixed(history.losses.first!), fixed(smoothed.last!), fixed(accuracy(of: network, on: testSet)),
        ])
    }
    draw(initializationPlot, height: 6)
    print(initializationTable)
    print()
    chapter.printParagraphs(
        """
        From std 0.01 the loss stays at ln 10 = 2.3026, the loss of a uniform guess: the signal
        (and with it the gradient) has all but vanished after four layers, and the weights barely
        move. Xavier and He both learn; He, made for ReLU, gets going sooner.
        """)

    // MARK: 7.4

    chapter.printSection(4, "Batch normalisation")
    chapter.printParagraphs(
        """
        Batch normalisation (Ioffe and Szegedy, 2015) standardises every unit over the mini-batch,
        then lets the network choose a scale and a shift of its own:

            x^ = (x - mean_B) / sqrt(var_B + eps),   y = gamma * x^ + beta

        It sits between an affine layer and its activation (Affine -> BatchNorm -> ReLU). Its
        backward pass also runs through mean_B and var_B, which depend on every sample of the
        batch: with g = dL/dx^, s = 1/sqrt(var_B + eps) and sums over the m samples of the batch,

            dL/dx = (s/m) * (m * g - sum(g) - x^ * sum(g * x^))

        (derived in a few lines next to the code that computes it, in the library's
        Layers/Standardization.swift). First the gradient check of a small net with two batch-norm layers (4 -> 5 -> 4 -> 3,
        a batch of 6), backprop against central differences:
        """)
    var checkGenerator = generator(4)
    var checkNet = MultiLayerNet(
        inputSize: 4, hiddenSizes: [5, 4], outputSize: 3, activation: .relu, weights: .heNormal,
        batchNorm: true, generator: &checkGenerator)
    let checkX = NDArray.randn([6, 4], using: &checkGenerator)
    let checkTargets = Targets.classIndices([0, 1, 2, 0, 1, 2])
    var analytic = checkNet.gradient(checkX, checkTargets).grads
    var numerical = checkNet.numericalGradient(checkX, checkTargets)
    var checkTable = GradientCheckTable(
        columns: [.largestGradient(), .largestDifference("max |difference|"), .worstRelativeError("relative error")],
        digits: 2)
    for name in ["b1", "b2"] {
        // Their exact gradient is 0 (see below): no relative error to take.
        checkTable.append(
            GradientCheckRow(
                name: name, backprop: analytic[name]!, numerical: numerical[name]!, worstRelativeError: nil))
        analytic[name] = nil
        numerical[name] = nil
    }
    checkTable.append(backprop: analytic, numerical: numerical)
    print(checkTable)
    print()
    // The power of ten just above the worst relative error printed, e.g. 6.93e-08 → 1e-7.
    let worstRelative = compareGradients(analytic: analytic, numerical: numerical).map(\.maxRelativeError).max() ?? 0
    let worstBound = "1e\(Int(log10(worstRelative).rounded(.up)))"
    chapter.printParagraphs(
        """
        The biases b1 and b2 feed a batch-norm layer, which subtracts the batch mean and with it
        any constant added before: their gradient is exactly 0, both columns show rounding noise,
        and a relative error would compare noise with noise. (Networks with batch norm usually
        drop those biases; beta does their job.) Every other parameter agrees to about
        \(worstBound) or better.
        """)
    let bnSamples = Swift.min(trainingSet.count, 300)
    let bnEpochs = quick ? 4 : 10
    let bnRates: [Double] = quick ? [0.01, 2] : [0.01, 0.1, 0.5, 2]
    let bnScales: [Double] = quick ? [1] : [1, 0.01]
    chapter.printParagraphs(
        """
        Now training, with and without batch norm, a deeper net (\(imageSide * imageSide) -> 100 x 5 -> 10,
        ReLU, He initialisation) on \(bnSamples) training images for \(bnEpochs) epochs (SGD, batches of 50),
        at several learning rates. The curves show the accuracy on the training images after
        each epoch: 'B' with batch norm, the line without; the table gives the last epoch's.
        """)
    let bnTrainingSet = trainingSet.subset(Array(0..<bnSamples))
    /// Trains the batch-norm experiment's net and returns its history.
    func trainDeepNet(weights: WeightInit, learningRate: Double, batchNorm: Bool) -> TrainingHistory {
        var generator = generator(5)
        var network = MultiLayerNet(
            inputSize: imageSide * imageSide, hiddenSizes: Array(repeating: 100, count: 5), outputSize: 10,
            weights: weights, batchNorm: batchNorm, generator: &generator)
        var optimizer = SGD(learningRate: learningRate)
        return train(
            &network, optimizer: &optimizer, on: bnTrainingSet,
            configuration: TrainingConfiguration(length: .epochs(bnEpochs), batchSize: 50), generator: &generator)
    }
    /// The training accuracy a run ended with, or where it diverged.
    func outcome(_ history: TrainingHistory) -> String {
        history.divergence.map { "diverged, step \($0.iteration)" } ?? fixed(history.trainAccuracies.last!)
    }
    var bnPlots: [LinePlot] = []
    var bnTable = Table(
        headers: ["weights", "learning rate", "without BN", "with BN"], alignments: [.left, .right, .right, .right])
    var bnOutcomes: [(rate: Double, plain: TrainingHistory, normalized: TrainingHistory)] = []
    for rate in bnRates {
        var plot = LinePlot(title: "lr \(short(rate))", yRange: 0...1)
        let runs = [false, true].map { trainDeepNet(weights: .heNormal, learningRate: rate, batchNorm: $0) }
        for (batchNorm, history) in zip([false, true], runs) {
            let curve = history.trainAccuracies
            plot = plot.line(
                x: curve.indices.map { Double($0 + 1) }, y: curve, marker: batchNorm ? "B" : "o")
        }
        bnPlots.append(plot)
        bnTable.append(["He", short(rate)] + runs.map(outcome))
        bnOutcomes.append((rate, runs[0], runs[1]))
    }
    draw(HStack(bnPlots, gap: 2), width: 78, height: 5)
    let scaleRate = 0.1
    for scale in bnScales {
        let runs = [false, true].map {
            trainDeepNet(weights: .standardDeviation(scale), learningRate: scaleRate, batchNorm: $0)
        }
        bnTable.append(["std \(short(scale))", short(scaleRate)] + runs.map(outcome))
    }
    print(bnTable)
    print()
    let plainFailures = bnOutcomes.filter { $0.plain.divergence != nil || $0.plain.trainAccuracies.last! < 0.5 }
    let normalizedFinals = bnOutcomes.map { $0.normalized.trainAccuracies.last ?? 0 }
    let normalizedRange =
        bnOutcomes.allSatisfy { $0.normalized.divergence == nil }
        ? "it learns at every one of them (training accuracy \(fixed(normalizedFinals.min()!)) to "
            + "\(fixed(normalizedFinals.max()!)))"
        : "it too fails at some of them"
    let scaleNames = bnScales.map { "std \(short($0))" }.joined(separator: " and ")
    let plainVerdict =
        plainFailures.isEmpty
        ? "Without batch norm the net learns at every one of these rates"
        : "Without batch norm the net fails at "
            + plainFailures.map { "lr \(short($0.rate))" }.joined(separator: " and ")
            + " (half its training images wrong or worse, or diverged)"
    chapter.printParagraphs(
        """
        \(plainVerdict); with batch norm \(normalizedRange).
        Each layer's input is brought back to mean 0 and variance 1 whatever the weights have
        grown to, so a large step cannot blow the signal up layer after layer: the net tolerates
        far larger learning rates. The rows of \(scaleNames) start from 7.1's bad scales of the
        weights, at lr \(short(scaleRate)): batch norm also makes the net depend far less on its
        initialisation.
        """)

    // MARK: 7.5

    let overfitSamples = Swift.min(100, trainingSet.count / 3)
    let overfitEpochs = quick ? 24 : 80
    let patience = quick ? 8 : 15
    let overfitSizes = [imageSide * imageSide] + Array(repeating: 100, count: 6) + [10]
    let overfitParameters = zip(overfitSizes, overfitSizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
    chapter.printSection(5, "Overfitting on purpose, and some cures")
    chapter.printParagraphs(
        """
        Overfitting is learning the training set so well that the network fits its accidents
        too, and does worse on new data. It takes a model with many parameters and little data.
        The book trains a seven-layer net on 300 MNIST images; the bundled 8 x 8 digits are
        easier, so here it takes fewer: \(overfitSamples) training images and the same net
        (\(imageSide * imageSide) -> 100 x 6 -> 10, ReLU, He initialisation, \(overfitParameters) parameters), trained by
        SGD (learning rate 0.1, batches of 50) for \(overfitEpochs) epochs.
        """)
    var splitGenerator = generator(6)
    let order = splitGenerator.permutation(trainingSet.count)
    let smallTrain = trainingSet.subset(Array(order[..<overfitSamples]))
    let validation = trainingSet.subset(Array(order[overfitSamples..<(overfitSamples + 100)]))
    let plan = TrainingConfiguration(length: .epochs(overfitEpochs), batchSize: 50)
    let shifts = DigitAugmentation(side: imageSide)
    let rotations = DigitAugmentation(side: imageSide, maximumShift: 0, maximumRotation: 15)
    var shiftPlan = plan
    shiftPlan.augmentation = shifts
    var rotationPlan = plan
    rotationPlan.augmentation = rotations
    var stoppingPlan = plan
    stoppingPlan.patience = patience
    let cures: [(name: String, weightDecay: WeightDecay, dropout: Double, plan: TrainingConfiguration)] = [
        ("none", .none, 0, plan),
        ("L2 weight decay 0.01", .l2(0.01), 0, plan),
        ("dropout 0.1", .none, 0.1, plan),
        ("rotations of 15 deg", .none, 0, rotationPlan),
        ("shifts of \(shifts.maximumShift) px", .none, 0, shiftPlan),
        ("early stopping", .none, 0, stoppingPlan),
    ]
    var cureTable = Table(
        headers: ["regulariser", "epochs", "train acc", "test acc", "gap", "test loss"],
        alignments: [.left, .right, .right, .right, .right, .right])
    var runs: [(name: String, record: RegularizedRun)] = []
    for cure in cures {
        var generator = generator(7)
        var network = MultiLayerNet(
            inputSize: imageSide * imageSide, hiddenSizes: Array(repeating: 100, count: 6), outputSize: 10,
            weights: .heNormal, dropout: cure.dropout, weightDecay: cure.weightDecay, generator: &generator)
        var optimizer = SGD(learningRate: 0.1)
        let history = train(
            &network, optimizer: &optimizer, on: smallTrain, testSet: testSet, validationSet: validation,
            configuration: cure.plan, generator: &generator)
        let record = RegularizedRun(history: history, network: network, trainingSet: smallTrain, testSet: testSet)
        if cure.name == "none" {
            let epochs = record.trainAccuracies.indices.map { Double($0 + 1) }
            draw(
                LinePlot(title: "accuracy without a regulariser", xLabel: "epoch", yRange: 0...1)
                    .line(x: epochs, y: record.trainAccuracies, label: "train")
                    .line(x: epochs, y: record.testAccuracies, label: "test", marker: "x"),
                height: 6)
            chapter.printParagraphs(
                """
                The training accuracy climbs to \(fixed(record.finalTrainAccuracy, digits: 2)): the net has learnt its
                \(overfitSamples) images by heart. The test accuracy levels off at \(fixed(record.finalTestAccuracy, digits: 2)): the
                space between the curves, the gap, is the overfitting. Now the same net, data and
                seed with one regulariser at a time:
                """)
        }
        runs.append((cure.name, record))
        let kept = record.keptEpoch == record.epochs ? "\(record.epochs)" : "\(record.keptEpoch) of \(record.epochs)"
        cureTable.append([
            cure.name, kept, fixed(record.finalTrainAccuracy), fixed(record.finalTestAccuracy),
            fixed(record.finalGap), fixed(record.finalTestLoss),
        ])
    }
    print(cureTable)
    print()
    let plain = runs[0].record
    let verdicts = CureVerdicts(plain: plain, cures: Array(runs.dropFirst()))
    chapter.printParagraphs(verdicts.paragraph(plainName: "the plain net"))
    chapter.printParagraphs(
        """
        How each one works. Weight decay adds (lambda/2) * sum of W^2 to the loss, so every step
        also shrinks the weights a little (the gradient gains lambda * W). Dropout switches off a
        random 10% of the hidden units at every step (the others are scaled by 1/0.9, so nothing
        changes at test time), so that no unit can rely on another. Augmentation shows the net a
        randomly moved copy of each image at every step, so the training set no longer holds
        still to be memorised. Early stopping keeps the parameters of the epoch that did best on
        \(validation.count) held-out training images and ends the run after \(patience) epochs without a better one.

        Augmentation helps only with changes the test images really contain: these digits were
        centred by their preprocessing, so a shift of one pixel (an eighth of the image) makes
        digits unlike any test digit, while small rotations stay plausible. And each cure brings
        a hyper-parameter of its own (lambda, p, the patience, how far to move the images), to be
        chosen on validation data, never on the test set. That choosing is the next section.
        """)

    // MARK: 7.6

    let searchTrain = trainingSet.subset(Array(order[..<400]))
    let searchValidation = trainingSet.subset(Array(order[400..<500]))
    let searchEpochs = quick ? 10 : 20
    chapter.printSection(6, "Hyper-parameter search")
    chapter.printParagraphs(
        """
        The learning rate and the weight decay are hyper-parameters: the training does not learn
        them, we choose them. Random search tries \(trialCount) settings, each drawn log-uniformly
        (every decade equally likely), learning rate in [1e-4, 1] and weight decay (L2) in
        [1e-6, 1e-1]; each trial trains a fresh net (\(imageSide * imageSide) -> 50 -> 50 -> 10,
        ReLU, He) on 400 training images for \(searchEpochs) epochs and is scored on 100 other
        training images, the validation split. The test set stays out of it: a setting chosen by
        its test score would make that score an optimistic one. The best three trials, then all
        of them against the learning rate:
        """)
    let search = RandomSearch([
        SearchDimension("learning rate", LogUniformRange(1e-4, 1)),
        SearchDimension("weight decay", LogUniformRange(1e-6, 1e-1)),
    ])
    /// Trains the search's net with one setting on `train` and returns it.
    func trainSearchNet(
        learningRate: Double, weightDecay: Double, seed: UInt64, on images: some LabeledDataset
    ) -> MultiLayerNet {
        var generator = SeededGenerator(seed: seed)
        var network = MultiLayerNet(
            inputSize: imageSide * imageSide, hiddenSizes: [50, 50], outputSize: 10, weights: .heNormal,
            weightDecay: .l2(weightDecay), generator: &generator)
        var optimizer = SGD(learningRate: learningRate)
        _ = train(
            &network, optimizer: &optimizer, on: images,
            configuration: TrainingConfiguration(length: .epochs(searchEpochs), batchSize: 50), generator: &generator)
        return network
    }
    var searchProgress = ProgressReporter("7.6 hyper-parameter search, trials", total: trialCount)
    let results = search.run(trials: trialCount, seed: options.seed) { trial in
        let network = trainSearchNet(
            learningRate: trial["learning rate"], weightDecay: trial["weight decay"], seed: trial.seed, on: searchTrain)
        searchProgress.advance()
        return accuracy(of: network, on: searchValidation)
    }
    searchProgress.finish()
    var searchTable = Table(
        headers: ["rank", "trial", "learning rate", "weight decay", "validation acc"],
        alignments: [.right, .right, .right, .right, .right])
    for (rank, result) in results.prefix(3).enumerated() {
        let accuracyText = result.validationAccuracy.isNaN ? "nan" : fixed(result.validationAccuracy, digits: 2)
        searchTable.append([
            "\(rank + 1)", "\(result.parameters.trial)", sci(result.parameters["learning rate"], digits: 2),
            sci(result.parameters["weight decay"], digits: 2), accuracyText,
        ])
    }
    print(searchTable)
    print()
    let finite = results.filter { $0.validationAccuracy.isFinite }
    draw(
        LinePlot(
            title: "validation accuracy against learning rate", xLabel: "learning rate (log scale)",
            yRange: 0...1, xScale: .log10
        ).scatter(
            x: finite.map { $0.parameters["learning rate"] }, y: finite.map(\.validationAccuracy), marker: "*"),
        height: 6)
    chapter.printParagraphs(
        """
        The learning rate matters most: too small and \(searchEpochs) epochs are not enough to get
        anywhere, too large and the steps overshoot. Within the good band the weight decay makes
        a smaller difference. The usual next step is a second, narrower search around the best
        trials. With so few validation images the scores move in steps of 0.01, so the order at
        the top is partly luck; k-fold cross-validation tells how much. The best setting, trained
        five times, each time validated on a different fifth of the 500 images:
        """)
    let best = results[0].parameters
    var foldGenerator = generator(8)
    let searchPool = trainingSet.subset(Array(order[..<500]))
    let folds = Sampling.kFold(count: searchPool.count, folds: 5, using: &foldGenerator)
    let crossValidation = crossValidate(folds: folds) { kept, held in
        let network = trainSearchNet(
            learningRate: best["learning rate"], weightDecay: best["weight decay"], seed: best.seed,
            on: searchPool.subset(kept))
        return accuracy(of: network, on: searchPool.subset(held))
    }
    print(
        "5-fold validation accuracy: " + crossValidation.scores.map { fixed($0, digits: 2) }.joined(separator: "  ")
            + "  mean \(fixed(crossValidation.mean, digits: 3)) +- \(fixed(crossValidation.standardDeviation, digits: 3))"
    )
    print()
    let finalNet = trainSearchNet(
        learningRate: best["learning rate"], weightDecay: best["weight decay"], seed: best.seed, on: searchPool)
    let finalTrain = accuracy(of: finalNet, on: searchPool)
    let finalTest = accuracy(of: finalNet, on: testSet)
    chapter.printParagraphs(
        """
        Only now, with the setting chosen, is the test set used, once: the best setting trained on
        all 500 images reaches a test accuracy of \(fixed(finalTest)).
        """)
    print(
        FinalLine(
            dataset: data.name.rawValue,
            [
                .number("train_acc", finalTrain), .number("test_acc", finalTest),
                .text("lr", short(best["learning rate"], significant: 3)),
                .text("l2", short(best["weight decay"], significant: 3)),
            ]))
}
