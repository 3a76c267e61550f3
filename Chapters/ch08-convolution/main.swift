// Chapter 8: convolutional networks. Read top to bottom; every number printed is computed here.

import Datasets
import NeuralNet
import NumSwift
import TermPlot
import Workbook

let epochs = Option.epochs(default: 20, in: 1...1_000, help: "epochs of SimpleConvNet's training in 8.8")
let learningRate = Option.learningRate(
    default: 0.01, help: "Adam's learning rate in 8.8 and 8.10 (the book's MNIST run: 0.001)")
let quick = Option.quick(help: "a shorter run, for tests and CI: 2 epochs in 8.8, smaller timings and 8.10")
let savePath = Option.string("save", default: "", placeholder: "PATH", help: "save the trained parameters to PATH")
let figureWidth = Option.width(default: 80)
let parser = OptionParser(
    program: "ch08-convolution",
    summary: "Chapter 8: convolution, pooling, im2col, SimpleConvNet, and a residual block.",
    defaultSeed: 8,
    options: DataOptions.options() + [epochs, learningRate, quick, savePath, figureWidth])
let options = parser.parseOrExit()
let chapter = Chapter(number: 8, title: "Convolutional networks")
let figures = Figures(options, width: figureWidth)
let isQuick = options[quick]
let epochCount = isQuick ? Swift.min(options[epochs], 2) : options[epochs]

// The data comes first: if it is missing or does not fit the networks, say so in one line.
let data = DataOptions(options).loadOrExit().normalized().asImages()
let onDigits = data.name == .digits
/// The book's SimpleConvNet sizes on 28×28 images; 16 filters of 3×3, padding 1 on the 8×8 digits.
let (filterCount, filterSize, padding) = onDigits ? (16, 3, 1) : (30, 5, 0)
checkData(data, filterSize: filterSize, padding: padding)
let side = data.train.rows

runChapter {
    let run = Stopwatch()
    chapter.printBanner()
    chapter.printParagraphs(
        "data: \(data.name.rawValue), \(data.train.count) training and \(data.test.count) test images of "
            + "\(side)x\(side) pixels in [0, 1]; seed \(options.seed)\(isQuick ? "; --quick" : "")")

    // MARK: 8.1

    chapter.printSection(1, "Why convolution")
    chapter.printParagraphs(
        """
        An affine layer reads an image as one long row of pixels: it would learn the same weights
        if the pixels were shuffled, because it does not know which pixels are neighbours. A
        convolution slides one small filter over the image instead: the same few weights (shared
        weights) look at one small patch at a time (local connections), wherever it is. The
        parameters of a layer with 16 outputs per pixel position, on one image:
        """)
    var counts = Table(headers: ["image", "layer", "outputs", "parameters"])
    for imageSide in [8, 28] {
        let pixels = imageSide * imageSide
        counts.append([
            "\(imageSide)x\(imageSide)", "affine", "\(16 * pixels)", "\(pixels * 16 * pixels + 16 * pixels)",
        ])
        counts.append(["\(imageSide)x\(imageSide)", "conv 16 x 3x3, pad 1", "\(16 * pixels)", "\(16 * 9 + 16)"])
    }
    print(counts)
    print()

    // MARK: 8.2

    chapter.printSection(2, "Convolution by hand")
    let handInput = NDArray([[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]])
    let handFilter = NDArray([[2, 0, 1], [0, 1, 2], [1, 0, 2]])
    let handOutput = convolveDirectly(handInput.reshaped([1, 1, 4, 4]), filters: handFilter.reshaped([1, 1, 3, 3]))
    chapter.printParagraphs(
        """
        Put the 3x3 filter on the top-left corner of the 4x4 input, multiply the nine pairs of
        numbers that lie on top of each other and add them up: that is the first output. Then
        move the filter one pixel right (the stride is 1) and repeat, row by row.
        """)
    print("input \(Shape.describe(handInput.shape)):  \(handInput.rowsAsArrays().map { $0.map { Int($0) } })")
    print("filter \(Shape.describe(handFilter.shape)): \(handFilter.rowsAsArrays().map { $0.map { Int($0) } })")
    let products = (0..<3).flatMap { i in (0..<3).map { j in "\(Int(handInput[i, j]))*\(Int(handFilter[i, j]))" } }
    print("output[0, 0] = " + products.joined(separator: " + ") + " = \(Int(handOutput[0, 0, 0, 0]))")
    print("output (2,2): \(handOutput.reshaped([2, 2]).rowsAsArrays().map { $0.map { Int($0) } })")
    print()
    chapter.printParagraphs(
        """
        Padding P adds a border of zeros, so the filter can also sit over the edges; stride S moves
        it S pixels at a time. Along a side of H pixels and a filter of FH, the output has
        OH = (H + 2P - FH) / S + 1 pixels. When S does not divide H + 2P - FH, the last step
        would leave pixels no filter covers; the book drops them silently, the library refuses:
        """)
    var sizes = Table(headers: ["H", "FH", "P", "S", "OH"])
    for (h, fh, p, s) in [(4, 3, 0, 1), (4, 3, 1, 1), (7, 3, 0, 2), (8, 3, 1, 1), (28, 5, 0, 1), (6, 3, 0, 2)] {
        let result: String
        do {
            result = "\(try SlidingWindow.outputLength(input: h, window: fh, stride: s, padding: p))"
        } catch {
            result = "refused"
            sizes.append(["\(h)", "\(fh)", "\(p)", "\(s)", result])
            print(sizes)
            print()
            chapter.printParagraphs("The message for the last row: \(error).")
            break
        }
        sizes.append(["\(h)", "\(fh)", "\(p)", "\(s)", result])
    }

    // MARK: 8.3

    chapter.printSection(3, "Filters on a real digit")
    let digit = data.train.batch([0]).features.reshaped([side, side])
    chapter.printParagraphs(
        """
        Three filters made by hand, on the first training digit (a \(data.train.labels[0])). The vertical-edge
        filter [1 0 -1] in every row responds where the brightness changes from left to right,
        the horizontal-edge one where it changes from top to bottom, and the blur averages each
        pixel with its eight neighbours. Dark is large, blank is small (each image is scaled to
        its own range; the edge maps are negative on one side of a stroke and positive on the other).
        """)
    let responses = handMadeFilters.map { ImagePlot(convolve(digit, with: $0.weights), title: $0.name) }
    let digitPlots: [any Plot] = [ImagePlot(digit, range: 0...1, title: "input")] + responses
    HStack(fitting(digitPlots, side: side, width: figures.width), gap: 1).show(figures, height: side + 3)
    print()

    // MARK: 8.4

    chapter.printSection(4, "Channels and batches")
    chapter.printParagraphs(
        """
        Images come in batches of shape (N, C, H, W): N images of C channels (1 for gray, 3 for
        colour) of H x W pixels. A layer of FN filters has weights (FN, C, FH, FW): each filter
        covers all C channels and adds them up, so it gives one output map, and it has one bias.
        The output is (N, FN, OH, OW): FN maps per image, the input of the next layer. A batch of
        two 3-channel 5x5 images through 4 filters of 3x3:
        """)
    var shapeGenerator = SeededGenerator(seed: options.seed)
    let colour = NDArray.randn([2, 3, 5, 5], using: &shapeGenerator)
    let colourParams: Parameters = [
        "W": NDArray.randn([4, 3, 3, 3], using: &shapeGenerator), "b": NDArray.zeros([4]),
    ]
    var colourLayer = Convolution(weight: "W", bias: "b")
    let colourOutput = colourLayer.forward(colour, colourParams, training: false)
    var shapes = Table(headers: ["array", "shape", "elements"])
    shapes.append(["x", Shape.describe(colour.shape), "\(colour.count)"])
    shapes.append(["W", Shape.describe(colourParams["W"]!.shape), "\(colourParams["W"]!.count)"])
    shapes.append(["b", Shape.describe(colourParams["b"]!.shape), "4"])
    shapes.append(["y", Shape.describe(colourOutput.shape), "\(colourOutput.count)"])
    print(shapes)
    print()

    // MARK: 8.5

    chapter.printSection(5, "im2col: convolution as one matrix product")
    let timingBatch = isQuick ? 10 : 100
    chapter.printParagraphs(
        """
        Loops over images, filters, positions, channels and filter pixels are slow. im2col
        copies every patch the filter will see into one row of a matrix; the filters, read as
        rows of C*FH*FW numbers, then multiply all patches of the whole batch in ONE product:
        y = col . W^T + b (the book's way). The library's layer multiplies the same patches image
        by image, W . col_n^T + b, which gives each image's FN maps already in the order (FN,
        OH*OW) the next layer reads: no transpose afterwards. A 1x1x3x3 input under a 2x2 filter
        gives 4 patches of 4 pixels:
        """)
    let tiny = NDArray.arange(9).reshaped([1, 1, 3, 3]) + 1
    print("x = \(tiny.reshaped([3, 3]).rowsAsArrays().map { $0.map { Int($0) } })")
    let tinyCol = im2col(tiny, window: SlidingWindow(height: 2, width: 2))
    print("im2col(x) = \(tinyCol.rowsAsArrays().map { $0.map { Int($0) } })")
    let overlap = col2im(
        im2col(NDArray.ones([1, 1, 3, 3]), window: SlidingWindow(height: 2, width: 2)), imageShape: [1, 1, 3, 3],
        window: SlidingWindow(height: 2, width: 2))
    print("col2im(im2col(ones)) = \(overlap.reshaped([3, 3]).rowsAsArrays().map { $0.map { Int($0) } })")
    print()
    chapter.printParagraphs(
        """
        The backward pass goes the other way: col2im adds the gradient of every copy back to the
        pixel it came from, so a pixel used by 4 patches collects 4 contributions (last line).
        The price of im2col is memory (each pixel is copied up to FH*FW times); the gain is one
        large product, which the matmul kernel runs far faster than the loops. The book's first
        layer, 30 filters of 5x5, on a batch of \(timingBatch) images of 1x28x28 (timings are
        machine-dependent):
        """)
    var timingGenerator = SeededGenerator(seed: options.seed &+ 1)
    let images = NDArray.randn([timingBatch, 1, 28, 28], using: &timingGenerator)
    let filters = NDArray.randn([30, 1, 5, 5], using: &timingGenerator)
    let (direct, directSeconds) = Stopwatch.time { convolveDirectly(images, filters: filters) }
    var bookLayer = Convolution(weight: "W", bias: "b")
    let bookParams: Parameters = ["W": filters, "b": NDArray.zeros([30])]
    let (viaProduct, productSeconds) = Stopwatch.time { bookLayer.forward(images, bookParams, training: true) }
    var timing = Table(headers: ["method", "ms (machine-dependent)"])
    timing.append(["six nested loops", fixed(1000 * directSeconds, digits: 1)])
    timing.append(["im2col + matmul", fixed(1000 * productSeconds, digits: 1)])
    print(timing)
    let agree = abs(direct - viaProduct).max() < 1e-12
    print("largest difference below 1e-12: \(agree ? "yes" : "NO")")
    print()

    // MARK: 8.6

    chapter.printSection(6, "Pooling")
    chapter.printParagraphs(
        """
        Pooling shrinks each map: max pooling keeps the largest value of each 2x2 window (stride
        2), average pooling their mean. It has no parameters and works on every channel alone.
        Max pooling's backward sends the whole gradient to the position of the maximum (the
        others did not affect the output); average pooling shares it equally.
        """)
    let poolInput = NDArray(shape: [1, 1, 4, 4], scalars: [1, 2, 0, 1, 3, 0, 4, 2, 0, 1, 1, 0, 2, 5, 3, 1])
    var maxPool = MaxPooling(size: 2)
    var averagePool = AveragePooling(size: 2)
    var noGrads: Parameters = [:]
    let maxOut = maxPool.forward(poolInput, [:], training: true)
    let averageOut = averagePool.forward(poolInput, [:], training: true)
    let maxBack = maxPool.backward(NDArray.ones(maxOut.shape), [:], &noGrads)
    /// The rows of a pooling example, one line each, numbers right-aligned in 5 columns.
    let lines = { (a: NDArray, rows: Int) -> [String] in
        a.reshaped([rows, -1]).rowsAsArrays().map { row in row.map { NumberFormat.pad(short($0), to: 5) }.joined() }
    }
    let poolColumns = [
        ["x"] + lines(poolInput, 4), ["max pool"] + lines(maxOut, 2), ["average pool"] + lines(averageOut, 2),
        ["max backward of 1"] + lines(maxBack, 4),
    ]
    print(hstack(poolColumns.map { $0.joined(separator: "\n") }, gap: 4))
    print()
    let shifted = shiftedRight(digit, by: 1)
    let pooled = { (image: NDArray) -> NDArray in
        var layer = MaxPooling(size: 2)
        return layer.forward(image.reshaped([1, 1, side, side]), [:], training: false)
    }
    let pixelChange = abs(digit - shifted).mean()
    let pooledChange = abs(pooled(digit) - pooled(shifted)).mean()
    chapter.printParagraphs(
        """
        Translation tolerance: the digit of 8.3 moved one pixel to the right changes its pixels by
        \(fixed(pixelChange, digits: 3)) on average, its max-pooled 2x2 maps by \(fixed(pooledChange, digits: 3)): a maximum often stays \
        in its window when the stroke moves a little, so small shifts matter less after pooling.
        """)

    // MARK: 8.7

    chapter.printSection(7, "SimpleConvNet and its gradient check")
    chapter.printParagraphs(
        """
        The book's network: conv -> ReLU -> max pool 2x2 -> affine -> ReLU -> affine -> softmax.
        Backprop through it is each layer's backward in reverse order. The check against
        numerical gradients, as in chapter 5, on a small copy (4 filters, 10 hidden units) and
        three training images. Its biases are drawn at random rather than 0: with b = 0 a blank
        patch gives exactly 0, ReLU's kink, where the numerical derivative averages the two sides.
        """)
    var checkGenerator = SeededGenerator(seed: options.seed &+ 2)
    var small = SimpleConvNet(
        inputShape: [1, side, side], filterCount: 4, filterSize: filterSize, padding: padding, hiddenSize: 10,
        outputSize: data.train.classCount, weightInitStd: 0.1, generator: &checkGenerator)
    for name in ["b1", "b2", "b3"] {
        small.params[name] = NDArray.randn(small.params[name]!.shape, using: &checkGenerator) * 0.1
    }
    let sample = data.train.batch([0, 1, 2])
    var smallCopy = small
    let analytic = smallCopy.gradient(sample.features, .classIndices(sample.labels)).grads
    let numerical = small.numericalGradient(sample.features, .classIndices(sample.labels))
    var check = GradientCheckTable(columns: [.shape, .worstRelativeError(), .gradientAtWorst()])
    check.append(backprop: analytic, numerical: numerical)
    print(check)
    print()

    // MARK: 8.8

    chapter.printSection(8, "Training")
    var generator = SeededGenerator(seed: options.seed)
    var network = SimpleConvNet(
        inputShape: [1, side, side], filterCount: filterCount, filterSize: filterSize, padding: padding,
        hiddenSize: 100, outputSize: data.train.classCount, generator: &generator)
    let initialFilters = network.params["W1"]!
    let parameterCount = network.params.values.reduce(0) { $0 + $1.count }
    chapter.printParagraphs(
        """
        SimpleConvNet with \(filterCount) filters of \(filterSize)x\(filterSize) (padding \(padding)), 100 hidden units, \
        \(parameterCount) parameters, weights N(0, 0.01^2); Adam with learning rate \(short(options[learningRate])), \
        batches of 100, \(epochCount) epochs. (The book uses 0.001 on MNIST, whose epoch has 600 steps;
        an epoch of the digits has \((data.train.count + 99) / 100), so each step may be larger.)
        """)
    var adam = Adam(learningRate: options[learningRate])
    // Evaluation in batches of 100 too: on MNIST a batch of 1000 would hold ~700 MB of patches and maps.
    let configuration = TrainingConfiguration(
        length: .epochs(epochCount), batchSize: 100, sampling: .shuffledEpochs, evaluationBatchSize: 100)
    let log = EpochLog(total: epochCount)
    if let note = log.note(figure: "Figure 8.1") { print(note) }
    let convWatch = Stopwatch()
    let history = train(
        &network, optimizer: &adam, on: data.train, testSet: data.test, configuration: configuration,
        generator: &generator,
        progress: { event in
            if case .epochEnded(let evaluation, _) = event, log.shows(evaluation.epoch) { print(event) }
        })
    let convSeconds = convWatch.elapsedSeconds
    print()
    print("Figure 8.1  Accuracy after each epoch, on the training and the test set")
    accuracyCurves(of: history).show(figures, width: 72, height: 8)
    print()
    let testPredictions = predictedClasses(of: network, on: data.test, batchSize: 100)
    let trainAccuracy = accuracy(of: network, on: data.train, batchSize: 100)
    let testAccuracy = NeuralNet.accuracy(predicted: testPredictions, actual: data.test.labels)
    let confusion = ConfusionMatrix(
        predicted: testPredictions, actual: data.test.labels, classCount: data.test.classCount)
    ConfusionMatrixPlot(counts: confusion.counts, classLabels: (0..<data.test.classCount).map(String.init))
        .show(figures, width: 72, height: 14)
    print()
    // Chapter 5's two-layer net on the same split, with chapter 5's settings.
    var flatGenerator = SeededGenerator(seed: options.seed)
    let flat = data.flattened()
    var twoLayer = TwoLayerNet(
        inputSize: flat.train.pixelsPerImage, hiddenSize: 50, outputSize: flat.train.classCount,
        generator: &flatGenerator)
    var sgd = SGD(learningRate: 0.1)
    let twoLayerEpochs = isQuick ? 10 : 100
    let flatWatch = Stopwatch()
    _ = train(
        &twoLayer, optimizer: &sgd, on: flat.train,
        configuration: TrainingConfiguration(
            length: .epochs(twoLayerEpochs), batchSize: 100, sampling: .shuffledEpochs),
        generator: &flatGenerator)
    let flatSeconds = flatWatch.elapsedSeconds
    var comparison = Table(headers: ["network", "parameters", "epochs", "test acc", "seconds*"])
    comparison.append([
        "two-layer (ch. 5, SGD 0.1)", "\(twoLayer.params.values.reduce(0) { $0 + $1.count })", "\(twoLayerEpochs)",
        percent(accuracy(of: twoLayer, on: flat.test)), fixed(flatSeconds, digits: 1),
    ])
    comparison.append([
        "SimpleConvNet (Adam)", "\(parameterCount)", "\(epochCount)", percent(testAccuracy),
        fixed(convSeconds, digits: 1),
    ])
    print(comparison)
    print("* machine-dependent")
    print()
    if !options[savePath].isEmpty {
        try ParameterFile.save(network.params, to: options[savePath])
        print("saved the trained parameters to \(options[savePath])")
        print()
    }

    // MARK: 8.9

    chapter.printSection(9, "What the filters learned")
    chapter.printParagraphs(
        """
        The first 8 filters of the first layer before training (random noise) and after. Each
        filter is drawn on its own scale; look for ones that became edge or blob detectors.
        """)
    let drawFilters = { (bank: NDArray, title: String) in
        let size = bank.shape[2]
        let plots: [any Plot] = (0..<8).map { f in
            ImagePlot(bank[row: f].reshaped([size, size]), title: f == 0 ? title : " ")
        }
        HStack(fitting(plots, side: size, width: figures.width), gap: 1).show(figures, height: size + 3)
    }
    drawFilters(initialFilters, "before")
    drawFilters(network.params["W1"]!, "after")
    print()
    let maps = network.featureMaps(data.test.batch([0]).features)
    chapter.printParagraphs(
        "The first test digit (a \(data.test.labels[0])) through the trained network: 4 maps after "
            + "convolution and ReLU, and the same maps after max pooling.")
    let mapPlots: [any Plot] = (0..<4).map { f in
        ImagePlot(maps.relu[row: 0][row: f], title: "map \(f)")
    }
    let pooledPlots: [any Plot] = (0..<4).map { f in ImagePlot(maps.pooling[row: 0][row: f], title: "pooled") }
    let (mapSide, pooledSide) = (maps.relu.shape[3], maps.pooling.shape[3])
    HStack(fitting(mapPlots, side: mapSide, width: figures.width), gap: 1).show(figures, height: mapSide + 3)
    HStack(fitting(pooledPlots, side: pooledSide, width: figures.width), gap: 1)
        .show(figures, height: pooledSide + 3)
    print()

    // MARK: 8.10

    chapter.printSection(10, "Going deeper with a skip connection")
    let blocks = isQuick ? 2 : 4
    let deepSteps = isQuick ? 3 : 20
    chapter.printParagraphs(
        """
        A residual block computes y = x + F(x), F being conv -> ReLU -> conv; its backward is
        dx = dy + (F's backward of dy), so the gradient also reaches x unchanged. Two nets of
        \(2 * blocks + 1) convolutions (8 channels, 3x3, weights N(0, 0.05^2), smaller than He's), with and
        without skip connections, trained \(deepSteps) Adam steps (learning rate 0.001) on the same
        batches; then each layer's weight-gradient norm on one batch:
        """)
    var results: [(name: String, norms: [(name: String, norm: Double)], accuracy: Double)] = []
    for skip in [false, true] {
        var deepGenerator = SeededGenerator(seed: options.seed &+ 3)
        var deep = ResidualConvNet(
            inputShape: [1, side, side], channels: 8, blocks: blocks, outputSize: data.train.classCount,
            skipConnections: skip, weights: .standardDeviation(0.05), generator: &deepGenerator)
        var deepAdam = Adam(learningRate: 0.001)
        _ = train(
            &deep, optimizer: &deepAdam, on: data.train,
            configuration: TrainingConfiguration(
                length: .iterations(deepSteps), batchSize: 100, sampling: .shuffledEpochs),
            generator: &deepGenerator)
        let batch = data.train.batch(Array(0..<100))
        let norms = weightGradientNorms(deep.gradient(batch.features, .classIndices(batch.labels)).grads)
        results.append((skip ? "residual" : "plain", norms, accuracy(of: deep, on: data.test, batchSize: 100)))
    }
    var normTable = Table(headers: ["layer", "plain |dL/dW|", "residual |dL/dW|"])
    for (index, entry) in results[0].norms.enumerated() {
        normTable.append([entry.name, sci(entry.norm, digits: 2), sci(results[1].norms[index].norm, digits: 2)])
    }
    print(normTable)
    print(
        "test accuracy after \(deepSteps) steps: plain \(percent(results[0].accuracy)), "
            + "residual \(percent(results[1].accuracy))")
    print()
    /// The first layer's gradient norm over the last one's, or a word when no gradient arrives at all.
    let ratio = { (norms: [(name: String, norm: Double)]) -> String in
        norms.last!.norm > 0 ? sci(norms.first!.norm / norms.last!.norm, digits: 2) : "undefined (all 0)"
    }
    chapter.printParagraphs(
        """
        First layer's gradient norm over the last layer's: plain \(ratio(results[0].norms)), residual \
        \(ratio(results[1].norms)). In a plain stack the gradient is multiplied by every layer's
        Jacobian on its way down, and the product of many factors drifts away from 1: the first
        layers learn much slower (or much faster) than the last. The skip connections add the
        identity to each factor, so the gradient keeps its size through the stack and a deep
        network trains like a shallow one: the idea behind ResNet (He et al., 2015).
        """)

    print(
        FinalLine(
            dataset: data.name.rawValue,
            [
                .number("train_acc", trainAccuracy), .number("test_acc", testAccuracy), .count("epochs", epochCount),
                .seconds(run.elapsedSeconds),
            ]))
}
