// Chapter 5: backpropagation. Read top to bottom; every number printed is computed here.

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
    default: 100, in: 1...10_000, help: "epochs of the training in 5.5, each a fresh random order of the training set")
let learningRate = Option.learningRate(default: 0.1, help: "SGD's learning rate in 5.5")
let quick = Option.quick(help: "a shorter run, for tests and CI: at most 20 epochs (or 100 iterations) in 5.5")
let iterationCount = Option.int(
    "iterations", default: 0, in: 0...10_000_000,
    help: "train for N iterations of randomly drawn batches, as the book (0: use --epochs)")
let hidden = Option.int("hidden", default: 50, in: 1...10_000, help: "hidden units of the two-layer net")
let batchSize = Option.int("batch-size", default: 100, in: 1...100_000, help: "samples per mini-batch")
let savePath = Option.string("save", default: "", placeholder: "PATH", help: "save the trained parameters to PATH")
let loadPath = Option.string(
    "load", default: "", placeholder: "PATH", help: "compare with the parameters an earlier --save wrote to PATH")
let figureWidth = Option.width(default: 80)
let parser = OptionParser(
    program: "ch05-backprop",
    summary: "Chapter 5: computational graphs, backpropagation, the gradient check, and training on digits.",
    defaultSeed: 5,
    options: DataOptions.options()
        + [epochs, iterationCount, learningRate, hidden, batchSize, quick, savePath, loadPath, figureWidth])
let options = parser.parseOrExit()
let saveTo = parser.outputPathOrExit(savePath, in: options)
let dataOptions = DataOptions(options)
let chapter = Chapter(number: 5, title: "Backpropagation")

/// The gradient check of 5.4 checks every parameter of a network of up to this many parameters
/// (two loss evaluations each)...
let wholeCheckLimit = 20_000
/// ...and of a larger one (`--hidden 10000` has 750,010) a random sample of this many entries of each.
let checkedEntriesPerParameter = 300

/// `--quick` shortens only the training run, to this many epochs or iterations at most.
let quickEpochs = 20
let quickIterations = 100

var settings = ExperimentSettings()
settings.hiddenSize = options[hidden]
settings.learningRate = options[learningRate]
settings.batchSize = options[batchSize]
settings.seed = options.seed
let iterations = options[iterationCount]
if iterations > 0 {
    settings.length = .iterations(options[quick] ? Swift.min(iterations, quickIterations) : iterations)
} else {
    settings.length = .epochs(options[quick] ? Swift.min(options[epochs], quickEpochs) : options[epochs])
}

/// Figures as the reader asked (`--ascii`, `--unicode`, `--width`).
let figures = Figures(options, width: figureWidth)

// The data comes first: if it is missing, say so in one line before printing anything.
let data = dataOptions.loadOrExit(requiring: dataRequirements).normalized()
// A file given to --load is checked against this run's network now, not after the training.
var shapeGenerator = SeededGenerator(seed: 0)
let loadFrom = options[loadPath]
let savedParameters =
    loadFrom.isEmpty
    ? nil : savedParametersOrExit(from: loadFrom, fitting: settings.makeNetwork(for: data, using: &shapeGenerator))

runChapter {
    chapter.printBanner()

    // MARK: 5.1

    chapter.printSection(1, "A computational graph: buying apples")
    chapter.printParagraphs(
        """
        You buy 2 apples at 100 each and pay 10% tax. As a computational graph, each operation
        is a node and values flow along the edges from left to right (the forward pass):
        """)
    let apples = AppleShopping()
    let forwardGraph = [
        "    apple price  \(NumberFormat.pad(short(apples.applePrice), to: 4)) --\\",
        "                        (x)-- \(short(apples.subtotal)) --\\",
        "    apples       \(NumberFormat.pad(short(apples.apples), to: 4)) --/             (x)-- "
            + short(apples.price),
        "    tax          \(NumberFormat.pad(short(apples.tax), to: 4)) ---------------/",
    ]
    chapter.printParagraphs(forwardGraph.joined(separator: "\n"))
    chapter.printParagraphs(
        """
        Backpropagation sends derivatives the other way. Start at the end with
        d price / d price = 1; a node multiplies the derivative arriving from its right by its
        own local derivative and passes the result to its left (the chain rule). A
        multiplication node z = x * y has dz/dx = y and dz/dy = x: each input receives the
        incoming derivative times the OTHER input.
        """)
    let backwardGraph = [
        "    apple price  \(NumberFormat.pad(short(apples.dApplePrice), to: 4)) <-\\",
        "                        (x)<-- \(short(apples.dSubtotal)) --\\",
        "    apples       \(NumberFormat.pad(short(apples.dApples), to: 4)) <-/              (x)<-- 1",
        "    tax          \(NumberFormat.pad(short(apples.dTax), to: 4)) <---------------/",
    ]
    chapter.printParagraphs(backwardGraph.joined(separator: "\n"))
    var appleTable = Table(headers: ["value", "forward", "d price / d value", "meaning"])
    appleTable.append(["price", short(apples.price), "1", "the output"])
    appleTable.append(["apples x price", short(apples.subtotal), short(apples.dSubtotal), "the tax rate"])
    appleTable.append(["apple price", short(apples.applePrice), short(apples.dApplePrice), "apples x tax"])
    appleTable.append(["apples", short(apples.apples), short(apples.dApples), "apple price x tax"])
    appleTable.append(["tax", short(apples.tax), short(apples.dTax), "apples x apple price"])
    print(appleTable)
    print()
    chapter.printParagraphs(
        """
        Read the last column as "how much the price moves per unit of this input": one more
        unit of apple price adds \(short(apples.dApplePrice)) to what you pay (dApple), one more apple
        adds \(short(apples.dApples)) (dApple_num), and raising the tax factor by 1 adds \(short(apples.dTax))
        (dTax). One backward pass gave all of them at once.

        The numbers are Double: the price is exactly \(apples.price) and d price / d apples is
        \(apples.dApples), as Python prints them too (1.1 has no exact binary
        form); the tables show 6 significant digits.
        """)

    // MARK: 5.2

    chapter.printSection(2, "Apples and oranges: the addition node")
    chapter.printParagraphs(
        """
        Now 2 apples at 100 and 3 oranges at 150, added, then taxed. An addition node
        z = x + y has dz/dx = dz/dy = 1: it passes the incoming derivative to both inputs
        unchanged.

            apple price ---(x)-- apples total ---\\
            apples      --/                       (+)-- subtotal --(x)-- price
            orange price --(x)-- oranges total --/                 /
            oranges     --/                          tax ---------/
        """)
    let fruit = FruitShopping()
    var fruitTable = Table(headers: ["value", "forward", "d price / d value"])
    fruitTable.append(["price", short(fruit.price), "1"])
    fruitTable.append(["subtotal", short(fruit.subtotal), short(fruit.dSubtotal)])
    fruitTable.append(["tax", short(fruit.tax), short(fruit.dTax)])
    fruitTable.append(["apples total", short(fruit.appleTotal), short(fruit.dAppleTotal)])
    fruitTable.append(["oranges total", short(fruit.orangeTotal), short(fruit.dOrangeTotal)])
    fruitTable.append(["apple price", short(fruit.applePrice), short(fruit.dApplePrice)])
    fruitTable.append(["apples", short(fruit.apples), short(fruit.dApples)])
    fruitTable.append(["orange price", short(fruit.orangePrice), short(fruit.dOrangePrice)])
    fruitTable.append(["oranges", short(fruit.oranges), short(fruit.dOranges)])
    print(fruitTable)
    print()
    chapter.printParagraphs(
        """
        The addition node handed \(short(fruit.dSubtotal)) to both totals; each multiplication node then
        swapped its inputs: d price / d oranges = orange price x \(short(fruit.dOrangeTotal)) = \
        \(short(fruit.dOranges)). This is all backpropagation is: local derivatives, multiplied
        along the paths from the output back to each input.
        """)

    // MARK: 5.3

    chapter.printSection(3, "Layers: forward and backward")
    chapter.printParagraphs(
        """
        A network is the same kind of graph, with arrays on the edges. Each layer is a node with
        two methods: forward computes the output and keeps what backward will need (its cache);
        backward turns dL/d(output) into dL/d(input) and records the gradients of the layer's
        own parameters. The layers of this chapter's network (NeuralNet/Layers):

        - ReLU: passes positive inputs, zeroes the rest, and remembers where x > 0. Backward
          lets the gradient through where the input was positive and stops it elsewhere:
          dx = dout * [x > 0].
        - Sigmoid: y = 1 / (1 + exp(-x)), caching y. Backward needs only the output:
          dx = dout * y * (1 - y).
        - Affine (fully connected): y = x W + b for a batch of rows x, caching x. Backward:
          dx = dout W^T, dW = x^T dout, db = dout summed over the batch.
        - Softmax-with-loss: probabilities p = softmax(x), loss
          L = -(1/N) sum t log p. Together the two have the simplest backward of all:
          dx = (p - t) / N, the prediction's error per sample.

        A ReLU layer on a small batch, forward and then backward with dout = 1 everywhere:
        """)
    var reluLayer = ReLULayer()
    let reluInput = NDArray([[1.0, -0.5], [-2.0, 3.0]])
    var noGradients: Parameters = [:]  // ReLU has no parameters: it reads and writes none
    let reluOutput = reluLayer.forward(reluInput, [:], training: true)
    let reluGradient = reluLayer.backward(.ones([2, 2]), [:], &noGradients)
    print(hstack(["x\n\(reluInput)", "forward\n\(reluOutput)", "backward\n\(reluGradient)"], gap: 4))
    print()
    chapter.printParagraphs(
        """
        Where the affine backward comes from. Take one element of the output of y = x W + b:
        y[n, j] = sum_i x[n, i] W[i, j] + b[j]. Write g = dL/dy (dout). W[i, j] enters only
        the outputs y[n, j] of column j, with slope x[n, i], so by the chain rule

            dL/dW[i, j] = sum_n x[n, i] g[n, j]     that is  dW = x^T g
            dL/db[j]    = sum_n g[n, j]             that is  db = sum_n g[n, :]
            dL/dx[n, i] = sum_j g[n, j] W[i, j]     that is  dx = g W^T

        The shapes check it: x is (N, in), W (in, out), g (N, out); x^T g is (in, out) like W,
        g W^T is (N, in) like x. Softmax-with-loss in a few lines: for one sample with
        one-hot t, L = -sum_k t_k log p_k and log p_k = a_k - log sum_j e^(a_j), so
        dlog p_k/da_m = [k = m] - p_m, and dL/da_m = -sum_k t_k ([k = m] - p_m) = p_m - t_m
        (the t_k sum to 1). Averaged over the batch, the loss divides it by N: (p - t)/N.

        The whole backward pass in one notation: call delta the gradient of the loss with
        respect to a layer's pre-activation a = h W + b. Then delta at the output is
        (p - t)/N, each weight's gradient is (input)^T delta, and a hidden layer's delta is
        (delta_next W_next^T) * h'(a), elementwise. For the book's net Affine(W1, b1) -> ReLU
        -> Affine(W2, b2) -> Softmax-with-loss, line by line as TwoLayerNet.gradient runs it:

            dout = lastLayer.backward()           delta2 = (p - t)/N
            dout = affine2.backward(dout, ...)    dW2 = h^T delta2, db2 = sum delta2,
                                                  dout = delta2 W2^T
            dout = relu1.backward(dout, ...)      delta1 = (delta2 W2^T) * [a1 > 0]
            affine1.backwardToParameters(...)     dW1 = x^T delta1, db1 = sum delta1

        The cost: the forward pass is one matrix product per affine layer; the backward pass
        is two (dW = x^T g and dx = g W^T), so forward and backward together cost about three
        forward passes, and about 2.5 here, since the first layer's input is the data and
        backwardToParameters skips its dx. That holds whatever the number of parameters.
        """)

    // MARK: 5.4

    chapter.printSection(4, "Gradient check: backprop against numerical differentiation")
    var generator = SeededGenerator(seed: settings.seed)
    var network = settings.makeNetwork(for: data, using: &generator)
    let sample = data.train.batch([0, 1, 2])
    let targets = Targets.classIndices(sample.labels)
    let parameterCount = network.params.values.reduce(0) { $0 + $1.count }
    chapter.printParagraphs(
        """
        Backprop is fast but easy to get wrong; numerical differentiation (chapter 4) is slow but
        hard to get wrong. So we compare them: the network about to be trained
        (\(data.train.pixelsPerImage) -> \(settings.hiddenSize) -> \(data.train.classCount), \(parameterCount) parameters),
        on the first three training images, its gradient by backprop and by central differences
        with h = 1e-4 (two loss evaluations per parameter).
        """)
    var analytic = network.gradient(sample.features, targets).grads
    var numerical: Parameters = [:]
    if parameterCount <= wholeCheckLimit {
        numerical = network.numericalGradient(sample.features, targets)
    } else {
        // Too many parameters to check whole in seconds: a random sample of each, the same for a seed.
        chapter.printParagraphs(
            "\(parameterCount) parameters are too many to check in seconds: the check takes "
                + "\(checkedEntriesPerParameter) entries of each parameter at random. With this many hidden units "
                + "some inputs of a ReLU lie within h of its kink at 0, where the central difference straddles the "
                + "bend: a few large relative errors on W1 and b1 are that, not a bug.")
        var picker = SeededGenerator(seed: settings.seed &+ 1)
        for (name, value) in network.params.sorted(by: { $0.key < $1.key }) {
            let positions = Array(picker.permutation(value.count).prefix(checkedEntriesPerParameter)).sorted()
            numerical[name] = network.numericalGradient(sample.features, targets, of: name, positions: positions)
            analytic[name] = NDArray(positions.map { analytic[name]![flat: $0] })
        }
    }
    var check = GradientCheckTable(columns: [
        .shape, .meanDifference("mean |difference|"), .worstRelativeError(), .gradientAtWorst(),
    ])
    check.append(backprop: analytic, numerical: numerical)
    print(check)
    print()
    chapter.printParagraphs(
        """
        The relative error of one element is |a - n| / max(1e-8, |a| + |n|). Zero is never the
        goal: the central difference is off by about h^2 times the third derivative, and the
        rounding error of the loss (about 1e-16), divided by 2h, adds about 1e-12 to every
        element. What a good check looks like, in Double: a mean difference around 1e-10 or
        smaller, and a worst relative error below 1e-6, or larger only where the gradient itself
        is tiny (the last column): on a gradient of 1e-8, an error of 1e-12 is already 1e-4
        relative. A relative error near 1e-2 or more on a gradient of ordinary size is a bug in
        some backward. The tests run this check on every layer, loss and network (swift test).
        """)

    // MARK: 5.5

    chapter.printSection(5, "Training the two-layer net with backprop")
    let train = data.train
    let test = data.test
    let sampling =
        settings.sampling == .withReplacement
        ? "each batch drawn at random with replacement (the book's np.random.choice)"
        : "a fresh random order of the training set each epoch"
    let lengthText: String
    switch settings.length {
    case .epochs(let n): lengthText = "\(n) epochs"
    case .iterations(let n): lengthText = "\(n) iterations"
    }
    chapter.printParagraphs(
        """
        Data: \(data.name), \(train.count) training and \(test.count) test images of \(train.rows)x\(train.columns) \
        pixels scaled to [0, 1]. Network: the same \(train.pixelsPerImage) -> \(settings.hiddenSize) -> \
        \(train.classCount) net, ReLU, weights drawn from N(0, 0.01^2), biases 0. Training: plain SGD
        with learning rate \(short(settings.learningRate)), mini-batches of \(settings.batchSize), \(sampling), \
        \(lengthText). Each iteration is a forward and a backward pass on one batch and one
        update W <- W - lr * dL/dW; after each epoch the accuracy is measured on the whole
        training and test sets. The test images are never trained on: their accuracy says how
        well the network does on digits it has not seen.
        """)
    let totalIterations = settings.iterations(sampleCount: train.count)
    let batchesPerEpoch = settings.sampling.batchesPerEpoch(sampleCount: train.count, batchSize: settings.batchSize)
    let totalEpochs = (totalIterations + batchesPerEpoch - 1) / batchesPerEpoch
    let printing = EpochLog(total: totalEpochs)
    if let note = printing.note(figure: "Figure 5.2") { print(note) }
    // The training loop, in the shape of the book's train_neuralnet.py. It trains the network
    // checked above, whose weights are the seed's first draws; the batches are the next ones.
    var optimizer = SGD(learningRate: settings.learningRate)
    var sampler = BatchSampler(settings.sampling, sampleCount: train.count, batchSize: settings.batchSize)
    var history = TrainingHistory()
    let stopwatch = Stopwatch()
    for iteration in 1...totalIterations {
        let batch = train.batch(sampler.next(using: &generator))  // draw a mini-batch
        let (loss, grads) = network.gradient(batch.features, .classIndices(batch.labels))  // backprop
        history.record(loss: loss, learningRate: optimizer.learningRate)
        if let divergence = history.divergence {  // a NaN or infinite loss: stop
            print(divergence.message)
            break
        }
        optimizer.update(&network.params, grads)  // W <- W - lr * dL/dW
        if iteration % sampler.batchesPerEpoch == 0 || iteration == totalIterations {  // evaluate each epoch
            let evaluation = history.recordEpoch(
                trainAccuracy: accuracy(of: network, on: train), testAccuracy: accuracy(of: network, on: test),
                batchesPerEpoch: sampler.batchesPerEpoch)
            if printing.shows(evaluation.epoch) {
                print(TrainingEvent.epochEnded(evaluation, totalEpochs: totalEpochs))
            }
        }
    }
    let trainingSeconds = stopwatch.elapsedSeconds
    print()
    let trained = network
    chapter.printParagraphs(
        """
        The same loop is kept in the library as train(&network, optimizer:, on:, testSet:,
        configuration:, generator:), which chapters 6 and 7 call. Given the same seed it draws
        the same weights and batches and does the same arithmetic, so it ends with the same
        network, to the last bit:
        """)
    var libraryGenerator = SeededGenerator(seed: settings.seed)
    var libraryNetwork = settings.makeNetwork(for: data, using: &libraryGenerator)
    var libraryOptimizer = SGD(learningRate: settings.learningRate)
    let libraryHistory = NeuralNet.train(
        &libraryNetwork, optimizer: &libraryOptimizer, on: train, testSet: test, configuration: settings.configuration,
        generator: &libraryGenerator)
    let same = libraryNetwork.params == trained.params && libraryHistory.losses == history.losses
    print("train(...) gives the same parameters and losses as the loop above: \(same ? "yes" : "NO")")
    print()

    // MARK: 5.6

    chapter.printSection(6, "Learning curves")
    chapter.printParagraphs(
        """
        The loss of every mini-batch (noisy: each batch is a different sample of the data), and
        the accuracies after each epoch. The loss starts at ln 10 = \(short(log(10.0))), a uniform guess
        among ten classes, since the small initial weights make every score nearly 0.
        """)
    // A run with a far too large learning rate has losses in the millions: a log axis still shows it.
    let largestLoss = history.losses.filter(\.isFinite).max() ?? 0
    let lossScale: AxisScale = largestLoss > 100 ? .log10 : .linear
    LinePlot(
        title: "Figure 5.1  Mini-batch loss" + (lossScale == .log10 ? " (log scale)" : ""), xLabel: "iteration",
        yLabel: "loss", yScale: lossScale
    )
    .line(x: history.losses.indices.map { Double($0 + 1) }, y: history.losses, label: "loss")
    .show(figures, width: 72, height: 10)
    print()
    print("Figure 5.2  Accuracy after each epoch, on the training and the test set")
    accuracyCurves(of: history).show(figures, width: 72, height: 8)
    print()

    let trainAccuracy = accuracy(of: trained, on: train)
    let testPredictions = predictedClasses(of: trained, on: test)
    let testAccuracy = NeuralNet.accuracy(predicted: testPredictions, actual: test.labels)
    if let divergence = history.divergence {
        chapter.printParagraphs(
            """
            Training stopped at iteration \(divergence.iteration): the loss was no longer a number.
            With steps this large gradient descent overshoots the minimum by more each time
            (chapter 4 shows it on x0^2 + x1^2 with lr 10). Try a smaller --lr.
            """)
    } else if trainAccuracy < 0.5 {
        chapter.printParagraphs(
            """
            The network has learnt little (training accuracy \(percent(trainAccuracy))). Either the run
            is too short, or the learning rate \(short(settings.learningRate)) is too large: steps that
            overshoot can push a hidden unit's input below 0 for every image, and a ReLU there passes
            no gradient back, so the unit never recovers. Try the defaults.
            """)
    } else {
        // Gaps in accuracy after each epoch, train minus test: a few points is noise on a few hundred images.
        let gaps = zip(history.trainAccuracies, history.testAccuracies).map { $0 - $1 }
        let testAhead = gaps.filter { $0 <= 0 }.count
        let finalGap = trainAccuracy - testAccuracy
        let points = { (x: Double) in fixed(100 * x, digits: 2) + " points" }
        let alike =
            data.name == .digits
            ? "this split's test digits come from the same writers as the training digits"
            : "the test images are much like the training images"
        let comparison: String
        if finalGap < 0.02 {
            let closeness =
                (gaps.max() ?? 0) < 0.03 ? "The two curves stay close all the way" : "The two curves end close"
            let ahead =
                testAhead > 0
                ? ", and after \(testAhead) of the \(gaps.count) evaluations the test accuracy is the higher" : ""
            let rest =
                finalGap > 0
                ? "What gap there is, \(points(finalGap)), is what the network learnt about these particular "
                    + "training images rather than about digits in general (overfitting, chapter 7)."
                : "That the test accuracy ends the higher is chance: each of the \(test.count) test images "
                    + "is \(points(1 / Double(test.count)))."
            comparison = closeness + ": " + alike + ahead + ". " + rest
        } else {
            comparison =
                "The first ends \(points(finalGap)) above the second: the gap is what the network learnt "
                + "about these particular training images rather than about digits in general (overfitting, chapter 7)."
        }
        chapter.printParagraphs(
            "The training accuracy ends at \(percent(trainAccuracy)), the test accuracy at \(percent(testAccuracy)). "
                + comparison)
    }

    // MARK: 5.7

    chapter.printSection(7, "What the network gets wrong")
    chapter.printParagraphs(
        """
        Accuracy is one number; the confusion matrix shows where the mistakes are. Row i,
        column j counts the test images of class i that the network called j, so the diagonal
        holds the right answers.
        """)
    let classNames = data.name.classNames
    let shortNames = data.name == .fashion ? (0..<train.classCount).map(String.init) : classNames
    let confusion = ConfusionMatrix(predicted: testPredictions, actual: test.labels, classCount: test.classCount)
    ConfusionMatrixPlot(counts: confusion.counts, classLabels: shortNames).show(figures, width: 72, height: 15)
    print()
    if data.name == .fashion {
        print("classes: " + classNames.enumerated().map { "\($0.offset) \($0.element)" }.joined(separator: ", "))
        print()
    }
    chapter.printParagraphs(
        """
        Per class: precision is the fraction of the images called k that are k; recall the
        fraction of the k's that were found (the support, the number of k's, is the row's total
        above); F1 their harmonic mean, 2PR / (P + R). The macro average weighs every class the
        same.
        """)
    let report = ClassificationReport(confusion)
    // One column per class, so that the ten classes take three rows, not ten (each class's
    // support is the matrix's row total).
    var scores = Table(
        headers: ["class"] + shortNames + ["macro"],
        alignments: [.left] + Array(repeating: .right, count: shortNames.count + 1))
    let two = { (x: Double) in fixed(x, digits: 2) }
    scores.append(["precision"] + report.classes.map { two($0.precision) } + [two(report.macroPrecision)])
    scores.append(["recall"] + report.classes.map { two($0.recall) } + [two(report.macroRecall)])
    scores.append(["F1"] + report.classes.map { two($0.f1) } + [two(report.macroF1)])
    print(scores)
    print()
    let mistakes = test.labels.indices.filter { testPredictions[$0] != test.labels[$0] }
    if mistakes.isEmpty {
        print("No test image is misclassified.")
        print()
    } else {
        let shown = Array(mistakes.prefix(3))
        chapter.printParagraphs(
            """
            \(mistakes.count) of \(test.count) test images are misclassified. The first \(shown.count), \
            captioned "true as predicted":
            """)
        let captions = shown.map { "\(test.labels[$0]) as \(testPredictions[$0])" }
        ImageGallery(shown.map(test.rawImage), captions: captions, range: 0...Double(test.maximumPixel)).show(
            figures, height: 15)
        print()
    }

    // MARK: 5.8

    chapter.printSection(8, "Summary")
    if let savedParameters {
        let saved = replacingParameters(of: trained, with: savedParameters)
        let savedAccuracy = NeuralNet.accuracy(predicted: predictedClasses(of: saved, on: test), actual: test.labels)
        print(
            "loaded the parameters in \(loadFrom): that net classifies \(percent(savedAccuracy)) of the test "
                + "images correctly, this run's \(percent(testAccuracy))")
        print()
    }
    if !saveTo.isEmpty {
        try ParameterFile.save(trained.params, to: saveTo)
        var reloaded = settings.makeNetwork(for: data, using: &generator)
        try ParameterFile.load(from: saveTo, into: &reloaded)
        let same = predictedClasses(of: reloaded, on: test) == testPredictions
        print(
            "saved \(ParameterNames.ordered(trained.params.keys).joined(separator: ", ")) to \(saveTo); "
                + "loaded back, \(same ? "it makes the same predictions" : "its predictions DIFFER")")
        print()
    }
    chapter.printParagraphs(
        """
        - A computational graph splits a calculation into nodes; backprop sends derivatives from
          the output back through it, each node multiplying by its local derivative.
        - Multiplication swaps its inputs in the backward pass; addition passes the gradient on.
        - Layers cache in forward what backward needs; a network's gradient is one forward and
          one backward pass, however many parameters it has.
        - The gradient check compares backprop with numerical gradients: relative errors of
          1e-6 or less mean the backward passes are right.
        - Trained with backprop and SGD, the two-layer net classifies \(percent(testAccuracy)) of the
          test images, which it never saw, correctly.
        """)
    let epochsRun = history.evaluations.last?.epoch ?? 0
    print(
        FinalLine(
            dataset: "\(data.name)",
            [
                .number("train_acc", trainAccuracy), .number("test_acc", testAccuracy), .count("epochs", epochsRun),
                .seconds(trainingSeconds),
            ]))
}
