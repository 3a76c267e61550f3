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
let trials = Option.int("trials", default: 40, in: 2...1000, help: "trials of the hyper-parameter random search")
let figureWidth = Option.width(default: 100)
let parser = OptionParser(
    program: "ch07-init-regularization",
    summary:
        "Chapter 7: weight initialisation, batch normalisation, overfitting and its cures, hyper-parameter search.",
    defaultSeed: 7,
    options: DataOptions.options() + [quickOption, trials, figureWidth])
let options = parser.parseOrExit()
let quick = options[quickOption]
let trialCount = quick ? Swift.min(options[trials], 12) : options[trials]
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
    print(
        "data: \(data.name.rawValue), \(data.train.count) training and \(data.test.count) test images of "
            + "\(imageSide)x\(data.train.columns) pixels scaled to [0, 1]; seed \(options.seed)\(quick ? "; --quick" : "")"
    )
    print()

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

        A unit computes a sum of 100 products; with independent inputs of variance v its variance
        is 100 * Var(W) * v. Xavier keeps that at v, He at 2v, which makes up for ReLU zeroing half
        of its inputs. Each row below is one setting: five histograms, layer 1 on the left, and the
        mean and standard deviation per layer under them. ReLU's zeros are left out of its
        histograms (there are a great many of them) but not out of the statistics.
        """)
    var histogramGenerator = generator(1)
    let inputs = NDArray.randn([1_000, 100], using: &histogramGenerator)
    let initializations: [WeightInit] = [.standardDeviation(1), .standardDeviation(0.01), .xavierNormal, .heNormal]
    for activation in [Activation.sigmoid, .tanh, .relu] {
        for initialization in initializations {
            let layers = activationsThroughLayers(
                inputs: inputs, layers: 5, initialization: initialization, activation: activation,
                using: &histogramGenerator)
            let range = histogramRange(activation, of: layers)
            let name =
                initialization == .xavierNormal ? "Xavier" : initialization == .heNormal ? "He" : "\(initialization)"
            print("\(activation.name), \(name):")
            let histograms = layers.enumerated().map { index, layer in
                Histogram(histogramValues(activation, layer), bins: 12, range: range, title: "layer \(index + 1)")
            }
            draw(HStack(histograms, gap: 2), width: 100, height: 6)
            var table = Table(
                headers: ["layer"] + (1...5).map(String.init), alignments: Array(repeating: .right, count: 6))
            table.append(["mean"] + layers.map { short($0.mean(), significant: 3) })
            table.append(["std"] + layers.map { short($0.standardDeviation(), significant: 3) })
            print(table)
            print()
        }
    }
    chapter.printParagraphs(
        """
        What the figures show. With std 1 the sums are large, so sigmoid and tanh saturate: their
        outputs pile up at the ends (0 and 1, or -1 and 1), where their slope is nearly 0 and the
        gradient vanishes on the way back; ReLU's values grow sevenfold (sqrt(50)) per layer. With
        std 0.01 the signal shrinks layer after layer: sigmoid's outputs all sit at 0.5, tanh's
        and ReLU's collapse to 0, every unit says the same thing and the network has lost its
        expressive power. Xavier keeps sigmoid's and tanh's outputs spread out in every layer
        (tanh's narrowing only slowly). With ReLU, Xavier still shrinks the signal (its variance
        halves with each layer), while He keeps its spread the same all the way down. Hence the usual advice: Xavier for sigmoid
        and tanh, He for ReLU.
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
        print("after 300 steps from zeros, the first three rows of W2 (one per hidden unit), first five columns:")
        for row in 0..<3 {
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

    let depthIterations = quick ? 150 : 500
    chapter.printSection(3, "Initialisation compared in training")
    chapter.printParagraphs(
        """
        A five-layer ReLU net (\(imageSide * imageSide) -> 100 -> 100 -> 100 -> 100 -> 10) trained by SGD
        (learning rate 0.01, batches of 100, \(depthIterations) iterations) from three starting
        scales. The curves are the training loss, averaged over each run of 10 iterations.
        """)
    var initializationPlot = LinePlot(title: "training loss by initialisation", xLabel: "iteration", yLabel: "loss")
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
            configuration: TrainingConfiguration(length: .iterations(depthIterations), batchSize: 100),
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
    draw(initializationPlot)
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
        batch. First the gradient check of a small net with two batch-norm layers (4 -> 5 -> 4 -> 3,
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
    for comparison in compareGradients(analytic: analytic, numerical: numerical) {
        checkTable.append(
            GradientCheckRow(
                name: comparison.name, backprop: analytic[comparison.name]!, numerical: numerical[comparison.name]!,
                worstRelativeError: comparison.maxRelativeError))
    }
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
    let bnSamples = Swift.min(trainingSet.count, 1_000)
    let bnEpochs = quick ? 6 : 20
    let bnScales: [Double] = quick ? [1, 0.01] : [1, 0.1, 0.01, 0.001]
    chapter.printParagraphs(
        """
        Now training, with and without batch norm, a deeper net (\(imageSide * imageSide) -> 100 x 5 -> 10,
        ReLU) on \(bnSamples) training images for \(bnEpochs) epochs (SGD, learning rate 0.01, batches
        of 100), with the initial weights drawn from N(0, s^2) for several scales s. The curves
        show the accuracy on the training images after each epoch: 'B' with batch norm, the
        line without.
        """)
    let bnTrainingSet = trainingSet.subset(Array(0..<bnSamples))
    var bnPlots: [LinePlot] = []
    var bnTable = Table(
        headers: ["weight std", "without BN", "with BN"], alignments: [.right, .right, .right])
    // What the plain net does from the largest scale, for the text under the table.
    var largestScalePlain: TrainingHistory?
    for scale in bnScales {
        var plot = LinePlot(title: "std \(short(scale))", xLabel: "epoch", yRange: 0...1)
        var finals: [String] = []
        for batchNorm in [false, true] {
            var generator = generator(5)
            var network = MultiLayerNet(
                inputSize: imageSide * imageSide, hiddenSizes: Array(repeating: 100, count: 5), outputSize: 10,
                weights: .standardDeviation(scale), batchNorm: batchNorm, generator: &generator)
            var optimizer = SGD(learningRate: 0.01)
            let history = train(
                &network, optimizer: &optimizer, on: bnTrainingSet,
                configuration: TrainingConfiguration(length: .epochs(bnEpochs), batchSize: 100),
                generator: &generator)
            if !batchNorm && scale == bnScales.max() { largestScalePlain = history }
            let curve = history.trainAccuracies
            plot = plot.line(
                x: curve.indices.map { Double($0 + 1) }, y: curve, label: batchNorm ? "BN" : "plain",
                marker: batchNorm ? "B" : "o")
            if let divergence = history.divergence {
                finals.append("diverged at iteration \(divergence.iteration)")
            } else {
                finals.append(fixed(curve.last!))
            }
        }
        bnPlots.append(plot)
        bnTable.append([short(scale)] + finals)
    }
    draw(HStack(bnPlots, gap: 2), width: 100, height: 10)
    print(bnTable)
    print()
    let largestScale = short(bnScales.max() ?? 1)
    var explosion = "from std \(largestScale) the signal explodes through five layers"
    if let history = largestScalePlain {
        if history.divergence != nil {
            explosion += " and the loss overflows within a few iterations (no curve)"
        } else {
            let largestLoss = history.losses.filter(\.isFinite).max() ?? .nan
            let finalLoss = history.evaluations.last?.meanLoss ?? .nan
            explosion +=
                ": the loss climbs as high as \(sci(largestLoss, digits: 2)) and the net never recovers,"
                + " ending at a loss of \(fixed(finalLoss)) (ln 10 = \(fixed(log(10.0))), a constant guess)"
                + " and an accuracy of \(fixed(history.trainAccuracies.last ?? 0))"
        }
    }
    chapter.printParagraphs(
        """
        Without batch norm the scale decides everything (7.1 again): \(explosion);
        from the small scales it fades, and the net barely learns in \(bnEpochs) epochs at this
        learning rate. With batch norm each layer's input is brought back to mean 0 and variance 1
        whatever the weights' scale, and the net learns from every one of them: it depends far
        less on its initialisation, and it tolerates larger learning rates.
        """)

    // MARK: 7.5

    let overfitSamples = Swift.min(300, trainingSet.count / 2)
    let overfitEpochs = quick ? 40 : 150
    let patience = quick ? 8 : 20
    let overfitSizes = [imageSide * imageSide] + Array(repeating: 100, count: 6) + [10]
    let overfitParameters = zip(overfitSizes, overfitSizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
    chapter.printSection(5, "Overfitting on purpose, and some cures")
    chapter.printParagraphs(
        """
        Overfitting is learning the training set so well that the network fits its accidents
        too, and does worse on new data. It takes a model with many parameters and little data:
        here \(overfitSamples) training images and a seven-layer net (\(imageSide * imageSide) -> 100 x 6 -> 10,
        ReLU, He initialisation, \(overfitParameters) parameters), trained by SGD (learning rate 0.1,
        batches of 100) for \(overfitEpochs) epochs.
        """)
    var splitGenerator = generator(6)
    let order = splitGenerator.permutation(trainingSet.count)
    let smallTrain = trainingSet.subset(Array(order[..<overfitSamples]))
    let validation = trainingSet.subset(Array(order[overfitSamples..<(overfitSamples + 100)]))
    let plan = TrainingConfiguration(length: .epochs(overfitEpochs), batchSize: 100)
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
        ("L2 weight decay, lambda 0.01", .l2(0.01), 0, plan),
        ("dropout, p 0.1", .none, 0.1, plan),
        ("augmentation: shifts of \(shifts.maximumShift) px", .none, 0, shiftPlan),
        ("augmentation: rotations of 15 deg", .none, 0, rotationPlan),
        ("early stopping, patience \(patience)", .none, 0, stoppingPlan),
    ]
    var cureTable = Table(
        headers: ["regulariser", "epochs", "train acc", "test acc", "gap", "train loss", "test loss"],
        alignments: [.left, .right, .right, .right, .right, .right, .right])
    var testLossPlot = LinePlot(
        title: "test loss (cross-entropy) per epoch", xLabel: "epoch", yLabel: "test loss", yRange: 0...2.5)
    var plainLosses: [Double] = []
    var stoppedEpoch = 0
    var records: [(name: String, isWeightDecay: Bool, isEarlyStopping: Bool, record: RegularizedRun)] = []
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
        let epochs = record.trainAccuracies.indices.map { Double($0 + 1) }
        if cure.name == "none" {
            draw(
                LinePlot(title: "accuracy without a regulariser", xLabel: "epoch", yLabel: "accuracy", yRange: 0...1)
                    .line(x: epochs, y: record.trainAccuracies, label: "train")
                    .line(x: epochs, y: record.testAccuracies, label: "test", marker: "x"))
            chapter.printParagraphs(
                """
                The training accuracy climbs to \(fixed(record.finalTrainAccuracy, digits: 2)): the net has learnt its
                \(overfitSamples) images by heart. The test accuracy levels off far earlier and far lower,
                at \(fixed(record.finalTestAccuracy, digits: 2)): the space between the curves is the overfitting.
                Now the same net, data and seed with one regulariser at a time:
                """)
        }
        if cure.name == "none" {
            plainLosses = record.testLosses
            testLossPlot = testLossPlot.line(x: epochs, y: record.testLosses, label: "no regulariser")
        } else if cure.weightDecay != .none {
            testLossPlot = testLossPlot.line(x: epochs, y: record.testLosses, label: "L2 weight decay", marker: "w")
        } else if cure.plan.patience != nil {
            testLossPlot = testLossPlot.verticalLine(Double(record.keptEpoch))
            stoppedEpoch = record.keptEpoch
        }
        records.append((cure.name, cure.weightDecay != .none, cure.plan.patience != nil, record))
        let kept = record.keptEpoch == record.epochs ? "\(record.epochs)" : "\(record.keptEpoch) of \(record.epochs)"
        cureTable.append([
            cure.name, kept, fixed(record.finalTrainAccuracy), fixed(record.finalTestAccuracy),
            fixed(record.finalTrainAccuracy - record.finalTestAccuracy), fixed(record.finalTrainLoss),
            fixed(record.finalTestLoss),
        ])
    }
    print(cureTable)
    print()
    let lowest = plainLosses.indices.min { plainLosses[$0] < plainLosses[$1] }!
    let plain = records[0].record
    let bestCure = records.dropFirst().max { $0.record.finalTestAccuracy < $1.record.finalTestAccuracy }!
    let lift = bestCure.record.finalTestAccuracy - plain.finalTestAccuracy
    let points = { (x: Double) in fixed(100 * x, digits: 1) + " points" }
    var accuracyVerdict =
        lift < 0.01
        ? "No cure lifts the test accuracy by more than \(points(Swift.max(lift, 0))) (the best, '\(bestCure.name)', "
            + "takes it from \(fixed(plain.finalTestAccuracy)) to \(fixed(bestCure.record.finalTestAccuracy))), and that "
            + "is a lesson too: on \(overfitSamples) images the test accuracy is limited mostly by how few images "
            + "there are."
        : "The best cure, '\(bestCure.name)', lifts the test accuracy from \(fixed(plain.finalTestAccuracy)) to "
            + "\(fixed(bestCure.record.finalTestAccuracy)), \(points(lift)); on \(overfitSamples) images even that is a "
            + "handful of digits."
    let decay = records.first { $0.isWeightDecay }!.record
    let plainGap = plain.finalTrainAccuracy - plain.finalTestAccuracy
    if decay.finalTrainAccuracy - decay.finalTestAccuracy < plainGap
        && decay.finalTestAccuracy <= plain.finalTestAccuracy
    {
        accuracyVerdict +=
            " Weight decay narrows the gap only by pulling the training accuracy down (to "
            + "\(fixed(decay.finalTrainAccuracy))) along with the test accuracy (to \(fixed(decay.finalTestAccuracy)))."
    }
    let stopping = records.first { $0.isEarlyStopping }!.record
    let stoppingLoss =
        "its test loss ends at \(fixed(stopping.finalTestLoss))"
        + (stopping.finalTestLoss < plain.finalTestLoss ? ", below the plain net's" : ", no lower than the plain net's")
    let decayRatio = decay.finalTestLoss / plain.finalTestLoss
    let decayVerdict =
        decayRatio > 1
        ? "Weight decay holds the weights back, but at lambda 0.01 it costs more than it saves: its test loss ends at "
            + "\(fixed(decay.finalTestLoss)), \(fixed(decayRatio, digits: 1)) times the plain net's, and "
            + "jumps as high as \(fixed(decay.testLosses.max() ?? .nan, digits: 2)) on the way ('w')"
        : "Weight decay holds the weights back: its test loss ends at \(fixed(decay.finalTestLoss)), below the "
            + "plain net's ('w')"
    chapter.printParagraphs(
        """
        \(accuracyVerdict) The losses tell more. Once every training image is right, the plain net keeps growing
        its weights to be ever surer of its answers, and its test loss (the price of confident mistakes) was
        lowest at epoch \(lowest + 1) (\(fixed(plainLosses[lowest]))) and has crept up since, to
        \(fixed(plainLosses.last!)), while the test accuracy stood still. Early stopping keeps the parameters of
        epoch \(stoppedEpoch), the best on the validation images (the vertical line), and \(stoppingLoss).
        \(decayVerdict):
        """)
    draw(testLossPlot, width: 72, height: 14)
    chapter.printParagraphs(
        """
        How each one works. Weight decay adds (lambda/2) * sum of W^2 to the loss, so every step
        also shrinks the weights a little (the gradient gains lambda * W): a large weight must
        earn its keep. Dropout switches off a random 10% of the hidden units at every step
        (inverted dropout: the others are scaled by 1/0.9, so nothing changes at test time), so
        that no unit can rely on another. Augmentation shows the net a randomly moved copy of
        each image at every step, so the training set no longer holds still to be memorised.
        Early stopping keeps the parameters of the epoch that did best on \(validation.count) held-out
        training images, and ends the run after \(patience) epochs without a better one.

        Augmentation only helps with changes the test images really contain. These 8 x 8 digits
        were centred by their preprocessing, so a shift of one pixel (an eighth of the image)
        makes digits unlike any test digit, while small rotations stay plausible (on 28 x 28
        MNIST a shift of two pixels is the classic choice). Dropout after every layer of a net
        this small, with so few images, is mostly noise; it earns its keep in wide nets with
        more data. And no cure is free: each brings a hyper-parameter of its own (lambda, p, the
        patience, how far to move the images), to be chosen on validation data, never on the
        test set. That choosing is the next section.
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
        [1e-6, 1e-1]; each trial trains a fresh net (\(imageSide * imageSide) -> 100 -> 100 -> 10,
        ReLU, He) on 400 training images for \(searchEpochs) epochs and is scored on 100 other
        training images, the validation split. The test set stays out of it: a setting chosen by
        its test score would make that score an optimistic one.
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
            inputSize: imageSide * imageSide, hiddenSizes: [100, 100], outputSize: 10, weights: .heNormal,
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
    for (rank, result) in results.prefix(10).enumerated() {
        let accuracyText = result.validationAccuracy.isNaN ? "nan" : fixed(result.validationAccuracy, digits: 2)
        searchTable.append([
            "\(rank + 1)", "\(result.parameters.trial)", sci(result.parameters["learning rate"], digits: 2),
            sci(result.parameters["weight decay"], digits: 2), accuracyText,
        ])
    }
    print("the best ten of \(trialCount) trials:")
    print(searchTable)
    print()
    let finite = results.filter { $0.validationAccuracy.isFinite }
    draw(
        LinePlot(
            title: "validation accuracy against learning rate", xLabel: "learning rate (log scale)",
            yLabel: "validation acc", yRange: 0...1, xScale: .log10
        ).scatter(
            x: finite.map { $0.parameters["learning rate"] }, y: finite.map(\.validationAccuracy), label: "trial",
            marker: "*"))
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
                .text("weight_decay", short(best["weight decay"], significant: 3)), .count("epochs", searchEpochs),
            ]))
}
