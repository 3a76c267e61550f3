// Chapter 6: optimizers, learning-rate schedules and gradient clipping. Read top to bottom;
// every number printed is computed here.

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

let optimizerName = Option.choice(
    "optimizer", among: ["all"] + OptimizerKind.allCases.map(\.rawValue), default: "all",
    help: "train only this optimizer on the data set (skips the rest of the chapter)")
let learningRate = Option.learningRate(
    default: 0, in: 0...100, help: "learning rate for --optimizer; 0 takes the rate section 6.3 uses for it")
let trainingEpochs = Option.epochs(
    default: 15, in: 1...1000, help: "passes over the training set in every training run")
let quick = Option.quick(help: "a shorter run, for tests and CI: 3 epochs and a 60-batch range test")
let figureWidth = Option.width(default: 80, help: "the width of the figures, in terminal columns")
let parser = OptionParser(
    program: "ch06-optimizers",
    summary: "Chapter 6: SGD, momentum, AdaGrad, RMSprop, AdaDelta, Adam; schedules, the LR range test, clipping.",
    defaultSeed: 6,
    options: DataOptions.options() + [optimizerName, learningRate, trainingEpochs, quick, figureWidth])
let options = parser.parseOrExit()
if options[learningRate] > 0 && options[optimizerName] == "all" {
    parser.exitWithUsage("--lr sets the rate of one optimizer: give --optimizer NAME with it")
}
let chapter = Chapter(number: 6, title: "Optimizers, schedules and gradient clipping")
let figures = Figures(options, width: figureWidth)
/// Rows of the plotting area of the loss figures.
let plotHeight = 8

/// The learning rate each optimizer trains the deep net with in 6.3: the usual defaults (the book's
/// 0.01 for SGD and momentum, 0.001 for the adaptive rules), not tuned. AdaDelta has no rate: 1
/// is the plain multiplier of its own step.
func digitsRate(_ kind: OptimizerKind) -> Double {
    switch kind {
    case .sgd, .momentum, .nesterov, .adagrad: 0.01
    case .rmsprop, .adam, .adamw: 0.001
    case .adadelta: 1
    }
}

runChapter {
    let data = DataOptions(options).loadOrExit(requiring: dataRequirements).normalized().flattened()
    chapter.printBanner()
    let experiment = DeepNetExperiment(
        data: data, epochs: options[quick] ? 3 : options[trainingEpochs], seed: options.seed)

    // `--optimizer NAME`: one optimizer on the data set, epoch by epoch, and nothing else.
    if let kind = OptimizerKind(rawValue: options[optimizerName]) {
        let rate = options[learningRate] > 0 ? options[learningRate] : digitsRate(kind)
        chapter.printSection(1, "\(kind.displayName) alone on the \(data.name) (learning rate \(short(rate)))")
        chapter.printParagraphs(
            """
            The network of section 6.3: four hidden layers of 100 ReLU units, He initialisation,
            mini-batches of \(DeepNetExperiment.batchSize), \(experiment.epochs) epochs, seed \(options.seed).
            """)
        let history = experiment.run(kind.makeOptimizer(learningRate: rate)) { print($0) }.history
        print()
        if history.evaluations.count > 1 {
            lossCurves(title: "\(kind.displayName), lr \(short(rate))", [(kind.displayName, history)])
                .show(figures, height: plotHeight)
            print()
        }
        if history.divergence == nil,
            let verdict = stalledTrainingVerdict(
                trainAccuracies: history.trainAccuracies, classCount: data.train.classCount, learningRate: rate,
                usualRate: digitsRate(kind))
        {
            chapter.printParagraphs(verdict)
        }
        let last = history.evaluations.last
        print(
            FinalLine(
                dataset: "\(data.name)",
                [
                    .text("optimizer", kind.rawValue), .text("lr", short(rate)),
                    .number("train_acc", last?.trainAccuracy), .number("test_acc", last?.testAccuracy),
                ] + (history.divergence == nil ? [] : [.word("diverged")])))  // within 80 columns
        return
    }

    // MARK: 6.1

    chapter.printSection(1, "Seven ways to take a step")
    chapter.printParagraphs(
        """
        Gradient descent moves the weights W against the gradient g = dL/dW of the loss. Plain
        SGD takes the step lr * g as it is. Every other optimizer of this chapter changes the
        step using what it has seen so far: momentum keeps a velocity v that accumulates past
        steps; AdaGrad, RMSprop and AdaDelta divide each coordinate by the size of its recent
        gradients; Adam does both. In the rules below every operation is elementwise, and eps
        is a tiny number that keeps a division finite.

            SGD        W <- W - lr * g
            Momentum   v <- mu * v - lr * g;   W <- W + v
            Nesterov   v <- mu * v - lr * g;   W <- W + mu * v - lr * g
            AdaGrad    h <- h + g^2;   W <- W - lr * g / (sqrt(h) + eps)
            RMSprop    s <- rho * s + (1 - rho) * g^2
                       W <- W - lr * g / (sqrt(s) + eps)
            AdaDelta   s <- rho * s + (1 - rho) * g^2
                       D = -sqrt(d + eps) / sqrt(s + eps) * g
                       d <- rho * d + (1 - rho) * D^2;   W <- W + D
            Adam       m <- b1 * m + (1 - b1) * g;   v <- b2 * v + (1 - b2) * g^2
                       W <- W - lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)

        Momentum rolls through a ravine instead of bouncing across it, because the steps across
        cancel while the steps along add up. Nesterov applies the velocity once more, as if
        looking ahead, and so brakes earlier. The adaptive rules give a coordinate with steep,
        large gradients a small step and a flat one a large step. AdaGrad's h is the sum of
        every past g^2 and only grows, so its steps shrink for ever and a long run can stall;
        RMSprop's leaky average forgets old gradients (their weight falls by rho per step), so
        its steps keep their size. Adam's division by 1 - b^t undoes the pull of its
        zero-initialised averages towards 0 in the first steps.
        """)

    // MARK: 6.2

    chapter.printSection(2, "A race down a ravine")
    chapter.printParagraphs(
        """
        The classic test: f(x, y) = x^2/20 + y^2, whose valley is twenty times steeper across (y)
        than along it (x). Every optimizer starts at (-7, 2) and takes 30 updates towards the
        minimum at (0, 0). SGD needs a large rate to make progress along x, and that rate makes
        it zigzag across y. The rates are the classic ones (SGD 0.95, momentum 0.1, AdaGrad 1.5,
        Adam 0.3); Nesterov runs at momentum's rate and RMSprop at Adam's. The figures draw each
        path (o: the points after every update) over the contour lines f = 0.5, 2, 4.5 and 8
        (the last only near x = 0); + marks the minimum.
        """)
    let racers: [Racer] = [
        Racer(name: "SGD", settings: "lr 0.95", optimizer: SGD(learningRate: 0.95)),
        Racer(name: "Momentum", settings: "lr 0.1, mu 0.9", optimizer: Momentum(learningRate: 0.1, momentum: 0.9)),
        Racer(name: "Nesterov", settings: "lr 0.1, mu 0.9", optimizer: Nesterov(learningRate: 0.1, momentum: 0.9)),
        Racer(name: "AdaGrad", settings: "lr 1.5", optimizer: AdaGrad(learningRate: 1.5)),
        Racer(name: "RMSprop", settings: "lr 0.3, rho 0.9", optimizer: RMSprop(learningRate: 0.3, decay: 0.9)),
        Racer(
            name: "Adam", settings: "lr 0.3, b1 0.9, b2 0.999",
            optimizer: Adam(learningRate: 0.3, beta1: 0.9, beta2: 0.999)),
        Racer(
            name: "AdaDelta", settings: "rho 0.95, eps 1e-6 (paper)",
            optimizer: AdaDelta(decay: 0.95, epsilon: 1e-6)),
        Racer(
            name: "AdaDelta x50", settings: "its step times 50",
            optimizer: AdaDelta(learningRate: 50, decay: 0.95, epsilon: 1e-6)),
    ]
    let paths = racers.map { racePath($0.optimizer, updates: 30) }
    // As many figures side by side as fit in --width with at least 18 columns each (four at the
    // default width, so that the eight racers take two rows), all the same size.
    let width = figures.width
    let (gap, perRow) = (2, max(1, min(4, (width + 2) / (18 + 2))))
    var raceOptions = figures.options(height: 9)
    raceOptions.width = (width - gap * (perRow - 1)) / perRow
    for start in stride(from: 0, to: racers.count, by: perRow) {
        let row = (start..<min(start + perRow, racers.count)).map { index in
            racePlot(title: racers[index].name, path: paths[index]).render(raceOptions)
        }
        print(hstack(row, gap: gap))
        print()
    }
    var raceTable = Table(
        headers: ["optimizer", "settings", "x after 30", "y after 30", "f(x, y)"],
        alignments: [.left, .left, .right, .right, .right])
    for (racer, path) in zip(racers, paths) {
        let end = path.last!
        raceTable.append([
            racer.name, racer.settings, fixed(end.x, digits: 6), fixed(end.y, digits: 6),
            fixed(Ravine.value(end.x, end.y), digits: 6),
        ])
    }
    print(raceTable)
    print()
    chapter.printParagraphs(
        """
        SGD zigzags across the valley and creeps along it. Momentum and Nesterov build up speed
        along the valley and shoot past the minimum: after 30 updates both are still moving to
        the right and have yet to swing back. Nesterov's earlier braking keeps its overshoot
        smaller and damps the swing across the valley to almost nothing. AdaGrad and RMSprop
        scale each coordinate separately, so the steep y is tamed at once and both head straight
        down the valley floor. Adam's first steps are about lr = 0.3 long in every coordinate,
        whatever the gradient, so it sets off diagonally; its momentum then carries it across
        the valley floor and back.

        AdaDelta with the paper's settings has barely moved. It has no learning rate: its step
        is sqrt(d + eps) / sqrt(s + eps) * g, and d, the average of its own past squared steps,
        starts at 0. The first step is therefore about sqrt(eps / (1 - rho)) = sqrt(1e-6 / 0.05)
        = 0.0045 in each coordinate, and the steps grow only as d fills up. AdaDelta was made for
        long training runs, where this slow start does not matter. Multiplying its step by 50 (a
        "learning rate" the paper does not have) or raising eps to 1e-2 gets it going in 30 steps.
        """)

    // MARK: 6.3

    chapter.printSection(3, "The same optimizers on the \(data.name)")
    chapter.printParagraphs(
        """
        A race on a two-dimensional bowl is one thing; a network is another. Each optimizer now
        trains the same 5-layer network on the \(data.name) (\(data.train.count) training and \(data.test.count) test
        images): four hidden layers of 100 ReLU units, He initialisation, mini-batches of
        \(DeepNetExperiment.batchSize), \(experiment.epochs) epochs. Every run starts from the same weights and
        sees the same batches in the same order (seed \(options.seed)), so the optimizer is the only
        difference. The rates are the usual defaults, not tuned: 0.01 for SGD, momentum,
        Nesterov and AdaGrad; 0.001 for RMSprop and Adam; AdaDelta has none. (AdamW, Adam with
        weight decay, follows the race.)
        """)
    var runs: [(label: String, history: TrainingHistory)] = []
    var digitsTable = Table(
        headers: ["optimizer", "lr", "final loss", "train acc", "test acc"],
        alignments: [.left, .right, .right, .right, .right])
    let raceKinds = OptimizerKind.allCases.filter { $0 != .adamw }
    var adamNetwork: MultiLayerNet?  // Adam's trained net, for the weight decay comparison below
    for kind in raceKinds {
        let rate = digitsRate(kind)
        let (history, _, network) = experiment.run(kind.makeOptimizer(learningRate: rate))
        if kind == .adam { adamNetwork = network }
        runs.append((kind.displayName, history))
        digitsTable.append([kind.displayName, kind == .adadelta ? "-" : short(rate)] + resultCells(history))
    }
    // Two panels of a few curves each, on one loss scale: the momentum family and the adaptive rules.
    let allLosses = runs.flatMap { $0.history.evaluations.map(\.meanLoss) }.filter { $0.isFinite && $0 > 0 }
    let lossRange = (allLosses.min() ?? 0.01)...(allLosses.max() ?? 10)
    let momentumFamily: Set<OptimizerKind> = [.sgd, .momentum, .nesterov]
    let panels = [true, false].map { family in
        lossCurves(
            title: family ? "mean loss per epoch: SGD, momentum" : "the adaptive rates, same scale",
            zip(raceKinds, runs).filter { momentumFamily.contains($0.0) == family }.map(\.1), yRange: lossRange)
    }
    HStack(panels, gap: 2).show(figures, height: plotHeight)
    print()
    print(digitsTable)
    print()
    chapter.printParagraphs(
        """
        The final loss is the mean mini-batch loss of the last epoch. At these rates plain SGD is
        by far the slowest; momentum and Nesterov take about ten times larger effective steps
        (1 / (1 - mu) = 10) and catch up; the adaptive rules drive the training loss down
        fastest. A low training loss is not the goal, though: the test accuracies differ far
        less than the losses. Each optimizer has its own good range of rates; try another one
        with --optimizer sgd --lr 0.1.
        """)

    let decay = 0.01
    let decayedSteps = experiment.epochs * experiment.batchesPerEpoch
    chapter.printParagraphs(
        """
        Weight decay with Adam: L2 or AdamW. With SGD, weight decay and L2 regularisation are
        one thing: adding (lambda/2) * ||W||^2 to the loss puts lambda * W into the gradient, and
        the step subtracts lr * lambda * W. Inside Adam they differ. The lambda * W in the
        gradient is divided by sqrt(v) like the rest, so a weight whose loss gradient is tiny
        (one fed by a pixel that is almost always 0, at the border of the digits) is pulled to 0
        at Adam's full step of about lr per update, while a weight with large gradients is hardly
        decayed. AdamW (Loshchilov and Hutter, 2019) decouples the decay, W <- W - lr * lambda *
        W, then Adam's step on the loss gradient alone: every weight shrinks by the same factor
        1 - lr * lambda per step. Adam, lr 0.001, with lambda = \(short(decay)) both ways:
        """)
    let adamIndex = raceKinds.firstIndex(of: .adam)!
    let l2Run = experiment.run(Adam(learningRate: 0.001), weightDecay: .l2(decay))
    let adamWRun = experiment.run(AdamW(learningRate: 0.001, weightDecay: decay))
    var decayTable = Table(
        headers: ["Adam, lr 0.001", "final loss", "train acc", "test acc", "||W1||", "||W||"],
        alignments: [.left, .right, .right, .right, .right, .right])
    let decayRows: [(name: String, history: TrainingHistory, network: MultiLayerNet)] = [
        ("no decay", runs[adamIndex].history, adamNetwork!), ("L2 in the loss", l2Run.history, l2Run.network),
        ("AdamW", adamWRun.history, adamWRun.network),
    ]
    for row in decayRows {
        decayTable.append(
            [row.name] + resultCells(row.history) + [
                fixed(weightNorm(row.network.params, names: ["W1"]), digits: 2),
                fixed(weightNorm(row.network.params), digits: 2),
            ])
    }
    print(decayTable)
    print()
    let firstLayer = decayRows.map { weightNorm($0.network.params, names: ["W1"]) }
    let uniformShrink = pow(1 - 0.001 * decay, Double(decayedSteps))
    chapter.printParagraphs(
        """
        (The L2 run's final loss includes its penalty.) L2 inside Adam shrinks the weights from
        the pixels, W1, to \(fixed(firstLayer[1] / firstLayer[0], digits: 2)) of their size without decay; decoupled decay at
        the same lambda leaves them at \(fixed(firstLayer[2] / firstLayer[0], digits: 3)): in \(decayedSteps) steps it shrinks a weight by
        at most the factor (1 - \(short(0.001 * decay)))^\(decayedSteps) = \(fixed(uniformShrink, digits: 4)). So the two are not the
        same regulariser at the same lambda: AdamW's lambda is usually set 10 to 100 times
        larger, and the paper's point is that its best value no longer depends on the rate.
        """)

    // MARK: 6.4

    chapter.printSection(4, "Learning-rate schedules")
    chapter.printParagraphs(
        """
        One fixed rate is a compromise: large steps make quick progress early, small steps settle
        into a minimum late. A schedule lets the rate change with the epoch t. The common shapes,
        all starting from lr0 = 0.1, over 100 epochs:

            step decay          lr0 * 0.5^floor(t / 25)
            exponential decay   lr0 * 0.97^t
            cosine annealing    0.5 * lr0 * (1 + cos(pi * t / 100))
            warm restarts       cosine over 20 epochs, then 40, then 80, each from lr0
            warm-up + cosine    linear climb to lr0 over 10 epochs, then cosine over 90

        The cosine falls slowly at first, fastest halfway and softly at the end. Warm restarts
        (SGDR) jump back to the top to shake the weights out of a narrow minimum. A warm-up
        avoids huge first steps while the weights are still random.
        """)
    let schedules: [(name: String, schedule: any LearningRateSchedule)] = [
        ("constant", ConstantRate(0.1)),
        ("step decay", StepDecay(initialRate: 0.1, factor: 0.5, stepSize: 25)),
        ("exponential", ExponentialDecay(initialRate: 0.1, factor: 0.97)),
        ("cosine", CosineAnnealing(maximumRate: 0.1, period: 100)),
        ("warm restarts", CosineAnnealing(maximumRate: 0.1, period: 20, restarts: true, periodGrowth: 2)),
        ("warm-up + cosine", CosineAnnealing(maximumRate: 0.1, period: 90).withLinearWarmup(steps: 10)),
    ]
    // Three schedules per panel: the ones that only fall, and the cosine with its variants.
    let schedulePanels = [("rate, falling", schedules.prefix(3)), ("rate, cosine", schedules.suffix(3))].map {
        title, group in
        var plot = LinePlot(title: title, xLabel: "epoch", xRange: 0...100, yRange: 0...0.11)
        for (name, schedule) in group {
            plot = plot.line(x: (0..<100).map(Double.init), y: schedule.rates(count: 100), label: name)
        }
        return plot
    }
    let epochs = experiment.epochs
    chapter.printParagraphs(
        """
        Does it help? Momentum (mu 0.9) trains the network of 6.3 for \(epochs) epochs at lr 0.1, once at a
        constant rate and once with cosine annealing from 0.1 to 0 over the \(epochs) epochs. The library's
        ScheduledOptimizer sets the rate before every update from the schedule, counting epochs
        in batches (\(experiment.batchesPerEpoch) per epoch).
        """)
    let constantRun = experiment.run(Momentum(learningRate: 0.1, momentum: 0.9)).history
    let cosineRun = experiment.run(
        ScheduledOptimizer(
            Momentum(learningRate: 0.1, momentum: 0.9),
            schedule: CosineAnnealing(maximumRate: 0.1, period: epochs),
            updatesPerStep: experiment.batchesPerEpoch)
    ).history
    // The schedules and the experiment in one row: two panels of rates, one of losses.
    let annealingPanel = lossCurves(
        title: "loss, momentum 0.1", [("constant", constantRun), ("cosine to 0", cosineRun)])
    HStack(schedulePanels + [annealingPanel], gap: 2).show(figures, height: plotHeight)
    print()
    let constantLoss = constantRun.evaluations.last?.meanLoss ?? .nan
    let cosineLoss = cosineRun.evaluations.last?.meanLoss ?? .nan
    let lossRatio = constantLoss / cosineLoss
    let sameStart = "With the same start and the same batches, the annealed run ends with a final loss "
    if let sentence = incomparableLosses(annealed: cosineLoss, constant: constantLoss) {
        chapter.printParagraphs(sameStart + sentence)
    } else if lossRatio >= 1.05 {
        chapter.printParagraphs(
            sameStart + "\(fixed(lossRatio, digits: 1)) times lower than the constant one's: its last "
                + "epochs take small steps that settle into a minimum instead of rattling around it at the full rate.")
    } else {
        let comparison =
            lossRatio > 0.95
            ? "about as low as the constant one's"
            : "\(fixed(1 / lossRatio, digits: 1)) times higher than the constant one's"
        chapter.printParagraphs(
            sameStart + comparison + ": small last steps settle into whichever minimum the run is near, "
                + "and with this seed that one is no lower. Annealing helps on average, not on every run.")
    }

    // MARK: 6.5

    let rangeTest = LearningRateRangeTest(minimumRate: 1e-5, maximumRate: 10, steps: options[quick] ? 60 : 300)
    chapter.printSection(5, "Finding a rate: the learning-rate range test")
    chapter.printParagraphs(
        """
        Which rate to start from? The range test (Leslie Smith, 2017) trains once, for a few hundred
        mini-batches, while the rate grows exponentially from \(short(rangeTest.minimumRate)) to \(short(rangeTest.maximumRate)): here
        \(rangeTest.steps) batches, the rate times \(fixed(rangeTest.schedule.factor, digits: 4)) per batch. At tiny rates the loss
        hardly moves; then it falls; past some rate the steps are too large and it shoots up,
        and the test stops once the smoothed loss passes \(short(rangeTest.stopFactor)) times its lowest value. The
        loss of single batches is noisy, so the curve read is its moving average (weight
        \(short(rangeTest.smoothing)) on the past, corrected for its start at 0 as in Adam). The optimizer is momentum
        (mu 0.9) on the network of 6.3.
        """)
    var rangeGenerator = SeededGenerator(seed: options.seed)
    let (rangeNetwork, _) = experiment.makeNetwork()
    let range = rangeTest.run(
        network: rangeNetwork, optimizer: Momentum(momentum: 0.9), on: data.train,
        batchSize: DeepNetExperiment.batchSize, generator: &rangeGenerator)
    let suggested = range.suggestedRate
    // The legend names the two vertical lines with their rates, so no table repeats them.
    let lowestLoss = fixed(range.smoothedLosses[range.minimumIndex], digits: 4)
    LinePlot(
        title: "loss against learning rate", xLabel: "learning rate (log scale)", yLabel: "mini-batch loss",
        xScale: .log10
    )
    .scatter(x: range.rates, y: range.losses, label: "mini-batch loss", marker: ".")
    .line(x: range.rates, y: range.smoothedLosses, label: "smoothed")
    .verticalLine(suggested, label: "suggested, lr \(short(suggested, significant: 3))")
    .verticalLine(
        range.minimumLossRate,
        label: "lowest smoothed loss \(lowestLoss), lr \(short(range.minimumLossRate, significant: 3))"
    )
    .show(figures, height: plotHeight)
    print()
    let stopNote =
        range.stoppedEarly
        ? "The test stopped after \(range.rates.count) of \(rangeTest.steps) batches, when the loss had exploded."
        : "The loss never exploded within the range, so the test ran all \(rangeTest.steps) batches."
    chapter.printParagraphs(
        """
        \(stopNote) The smoothed loss was lowest at rate \(short(range.minimumLossRate, significant: 3)). That rate is already
        at the edge: a little more and the loss climbs. The suggestion is a tenth of it, \(short(suggested, significant: 3)),
        which sits on the falling part of the curve, where the loss still drops fast but the steps
        are safely below the edge. (Another common pick is the rate where the curve falls
        steepest.) The test finds the order of magnitude, not the best rate. Momentum from the
        same start for \(epochs) epochs at 0.01 (6.3), at the suggested rate, and at 0.1, constant
        and cosine-annealed (6.4):
        """)
    let suggestedRun = experiment.run(Momentum(learningRate: suggested, momentum: 0.9)).history
    var suggestedTable = Table(
        headers: ["momentum", "final loss", "train acc", "test acc"], alignments: [.left, .right, .right, .right])
    let momentumRun = runs[raceKinds.firstIndex(of: .momentum)!].history
    suggestedTable.append(["lr 0.01"] + resultCells(momentumRun))
    suggestedTable.append(["lr \(short(suggested, significant: 3)) (suggested)"] + resultCells(suggestedRun))
    suggestedTable.append(["lr 0.1"] + resultCells(constantRun))
    suggestedTable.append(["lr 0.1, cosine to 0"] + resultCells(cosineRun))
    print(suggestedTable)
    print()

    // MARK: 6.6

    chapter.printSection(6, "Gradient clipping")
    /// A rate at which plain SGD on this network blows up within the first epochs.
    let wildRate = 3.0
    /// The largest global norm clipping lets through.
    let clipNorm = 0.5
    chapter.printParagraphs(
        """
        A rate that is too large does not always fail gently. Plain SGD at lr \(short(wildRate)) on the network of
        6.3: one large gradient throws the weights far away, where the gradients are larger
        still, and within a few updates the numbers overflow. The training loop notices the loss
        is no longer a number and stops (the first row of the table below).
        """)
    let wild = experiment.run(SGD(learningRate: wildRate)).history
    if wild.divergence == nil {
        print("(with this seed the run did not diverge in \(epochs) epochs)")
        print()
    }
    chapter.printParagraphs(
        """
        Clipping by global norm bounds every update: if the length of all gradients taken as one
        vector, ||g|| = sqrt(sum of g^2), exceeds c, every gradient is scaled by c / ||g||. The
        direction is kept, and one step can move the weights by at most lr * c. Gradients
        shorter than c pass untouched. The same run with c = \(short(clipNorm)), the library's ClippedOptimizer
        wrapping SGD:
        """)
    let clippedRun = experiment.run(ClippedOptimizer(SGD(learningRate: wildRate), clipping: .byGlobalNorm(clipNorm)))
    var clipTable = Table(
        headers: [
            "SGD, lr \(short(wildRate))", "final loss", "train acc", "test acc", "clipped", "max ||g||",
        ],
        alignments: [.left, .right, .right, .right, .right, .right])
    clipTable.append(["no clipping"] + resultCells(wild) + ["-", "-"])
    clipTable.append(
        ["clipped at \(short(clipNorm))"] + resultCells(clippedRun.history) + [
            "\(clippedRun.optimizer.clippedUpdates) of \(clippedRun.optimizer.updates)",
            fixed(clippedRun.optimizer.largestNorm, digits: 2),
        ])
    print(clipTable)
    print()
    chapter.printParagraphs(
        """
        Clipping is a safety net, not a cure: the rate is still far too large for SGD here, and a
        smaller one trains better. It earns its place where gradients occasionally explode
        (recurrent networks, the first steps from random weights) while most steps are normal.
        Clipping by value (each element to [-c, c]) is cheaper but bends the direction of the step.
        """)

    // MARK: 6.7

    chapter.printSection(7, "Summary")
    chapter.printParagraphs(
        """
        - Momentum and Nesterov add up steps that agree and cancel steps that flip sign.
        - AdaGrad, RMSprop and AdaDelta give each weight its own step size: AdaGrad's shrink for
          ever (it sums every past g^2), RMSprop's leaky average keeps them alive, AdaDelta has
          no learning rate and starts with tiny steps. Adam adds momentum and corrects the bias
          of its zero-initialised averages.
        - With Adam, L2 in the loss and decoupled weight decay (AdamW) are different
          regularisers at the same lambda.
        - Schedules shrink the rate as training goes on; cosine annealing ends softly.
        - The range test finds a starting rate in one short run.
        - Clipping by global norm bounds a step and keeps an exploding run alive.
        """)
    let best = zip(raceKinds, runs).max { lhs, rhs in
        (lhs.1.history.testAccuracies.last ?? 0) < (rhs.1.history.testAccuracies.last ?? 0)
    }!
    let bestLast = best.1.history.evaluations.last!
    print(
        FinalLine(
            dataset: "\(data.name)",
            [
                .text("optimizer", best.0.rawValue), .number("train_acc", bestLast.trainAccuracy),
                .number("test_acc", bestLast.testAccuracy ?? 0),
            ]))
}
