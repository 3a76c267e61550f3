// Chapter 9: automatic differentiation. Read top to bottom; every number printed is computed here.

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

let epochs = Option.epochs(default: 100, in: 1...10_000, help: "epochs of the training in 9.6 (chapter 5's 100)")
let learningRate = Option.learningRate(default: 0.1, help: "SGD's learning rate in 9.6")
let quick = Option.quick(help: "a shorter run, for tests and CI: at most 20 epochs in 9.6, fewer timed steps in 9.7")
let parser = OptionParser(
    program: "ch09-autograd",
    summary: "Chapter 9: the computational graph recorded by the program, and backprop run over it.",
    defaultSeed: 5,  // chapter 5's seed: 9.6 repeats chapter 5's training run
    options: DataOptions.options() + [epochs, learningRate, quick])
let options = parser.parseOrExit()
let chapter = Chapter(number: 9, title: "Automatic differentiation")
let epochCount = options[quick] ? Swift.min(options[epochs], 20) : options[epochs]
let timedSteps = options[quick] ? 20 : 200

// The data comes first: if it is missing, say so in one line before printing anything.
let data = DataOptions(options).loadOrExit(requiring: dataRequirements).normalized()

runChapter {
    chapter.printBanner()

    // MARK: 9.1

    chapter.printSection(1, "Recording the graph")
    chapter.printParagraphs(
        """
        In chapter 5 every layer had a backward method written by hand. Here the program
        writes down the graph itself while it computes: a Variable holds an array, and each
        operation on variables returns a new one that remembers its inputs and a closure with
        its local derivative (NeuralNet/Autograd). For z = x * y + exp(x) at x = 2, y = 3:
        """)
    let x = Variable(NDArray(2.0))
    let y = Variable(NDArray(3.0))
    let z = x * y + exp(x)
    z.backward()
    var graph = Table(headers: ["node", "made by", "value", "dz / d node"])
    let nodeNames = ["x", "y", "x * y", "exp(x)", "z"]
    for (name, node) in zip(nodeNames, [x, y, z.inputs[0], z.inputs[1], z]) {
        graph.append([name, node.operation, short(node.value.scalar), short(node.gradient!.scalar)])
    }
    print(graph)
    print()
    chapter.printParagraphs(
        """
        z.backward() starts from dz/dz = 1 and calls each node's closure in reverse order: "*"
        hands y to x and x to y, "exp" multiplies by its own output, "+" passes the gradient
        on. dz/dx = y + e^x = \(short(x.gradient!.scalar)): x was used twice, and both paths add up.
        """)

    // MARK: 9.2

    chapter.printSection(2, "The shopping graph of chapter 5, again")
    chapter.printParagraphs(
        """
        Chapter 5 ran MulLayer and AddLayer forward, then backward in the reverse order by
        hand. The same graphs as variables, each with one price.backward():
        """)
    let apples = ShoppingGraph.apples()
    let meanings = ["the output", "the tax rate", "apples x tax", "apple price x tax", "apples x apple price"]
    var appleTable = Table(headers: ["value", "forward", "d price / d value", "meaning"])
    for (row, meaning) in zip(apples.rows, meanings) {
        let derivative = row.name == "price" ? "1" : short(row.derivative)
        appleTable.append([row.name, short(row.value), derivative, meaning])
    }
    print(appleTable)
    print()
    var fruitTable = Table(headers: ["value", "forward", "d price / d value"])
    for row in ShoppingGraph.fruit().rows {
        fruitTable.append([row.name, short(row.value), row.name == "price" ? "1" : short(row.derivative)])
    }
    print(fruitTable)
    print()
    chapter.printParagraphs(
        """
        Line for line chapter 5's tables, to the last bit: d price / d apples is
        \(apples["apples"].derivative) here too.
        """)

    // MARK: 9.3

    chapter.printSection(3, "Order and accumulation")
    chapter.printParagraphs(
        """
        A node may pass its gradient on only when every use of it has sent its share: the
        nodes are visited in reverse topological order (each after everything computed from
        it). The order comes from a depth-first search with a stack of its own rather than
        recursion, so a long chain cannot overflow the call stack; freeing the graph
        afterwards is done the same way. A chain of 100,000 multiplications by 1.00001:
        """)
    let start = Variable(NDArray(1.0))
    var chain = start
    for _ in 0..<100_000 {
        chain = chain * 1.00001
    }
    chain.backward()
    let chainLength = chain.topologicalOrder().count
    chain = start
    print("nodes in the graph       \(chainLength)")
    print("d chain / d start        \(start.gradient!.scalar)")
    print("1.00001^100000           \(pow(1.00001, 100_000.0))")
    print()
    chapter.printParagraphs(
        """
        The derivative is the product of the 100,000 local derivatives, 1.00001 each; it
        differs from pow's value in the last digits only, by the rounding
        of 100,000 multiplications.
        """)
    let w = Variable(NDArray(3.0))
    let square = w * w
    square.backward()
    let once = w.gradient!.scalar
    square.backward()
    let twice = w.gradient!.scalar
    w.zeroGradient()
    square.backward()
    let reset = w.gradient!.scalar
    chapter.printParagraphs(
        """
        A value used twice, w * w at w = 3: each use sends the other factor, 3, and the two
        add up to d(w^2)/dw = \(short(once)). Gradients ADD into a node, which is what makes a
        fan-out right, and also why they must be reset between training steps: calling
        backward() a second time on the same graph gives w.gradient = \(short(twice)), the sum
        of two passes; after w.zeroGradient() it is \(short(reset)) again. (The training below
        builds a new graph from fresh leaves each step, so nothing is left over.)
        """)

    // MARK: 9.4

    chapter.printSection(4, "Broadcasting goes backwards as a sum")
    chapter.printParagraphs(
        """
        In x W + b the bias b of shape (n,) is added to every row of a batch of N: each element
        of b is used N times, a fan-out, so its gradient is the sum of the N gradients that
        arrive, the column sums of dL/d(x W + b). The rule for any broadcast operand: sum over
        the axes it lacks, and over its axes of length 1 that were stretched (keeping them).
        With a gradient of ones, each element of the result shows how many times it was used:
        """)
    var shapesTable = Table(headers: ["operand", "result", "summed over", "gradient", "each element"])
    let pairs: [([Int], [Int], String)] = [
        ([3], [4, 3], "axis 0"), ([1, 3], [4, 3], "axis 0, kept"), ([4, 1], [4, 3], "axis 1, kept"),
        ([], [4, 3], "all"), ([3, 1], [2, 3, 4], "axes 0 and 2"),
    ]
    for (operand, result, axes) in pairs {
        let summed = sumToShape(.ones(result), operand)
        let shapes = [operand, result, summed.shape].map { Shape.describe($0) }
        shapesTable.append([shapes[0], shapes[1], axes, shapes[2], short(summed.max())])
    }
    print(shapesTable)
    print()

    // MARK: 9.5

    chapter.printSection(5, "The two-layer net as an expression")
    var generator = SeededGenerator(seed: options.seed)
    var layerNet = TwoLayerNet(
        inputSize: data.train.pixelsPerImage, hiddenSize: 50, outputSize: data.train.classCount,
        generator: &generator)
    var expressionNet = TwoLayerExpressionNet(params: layerNet.params)
    chapter.printParagraphs(
        """
        Chapter 5's network, \(data.train.pixelsPerImage) -> 50 -> \(data.train.classCount), with the same weights
        (seed \(options.seed)), written as one expression instead of four layers:

            softmaxCrossEntropy(matmul(relu(matmul(x, W1) + b1), W2) + b2, t)

        and its gradient taken by loss.backward(), on the first three training images.
        Against the hand-written layers, then against central differences (h = 1e-4):
        """)
    let sample = data.train.batch([0, 1, 2])
    let targets = Targets.classIndices(sample.labels)
    let byGraph = expressionNet.gradient(sample.features, targets).grads
    let byLayers = layerNet.gradient(sample.features, targets).grads
    let numerical = expressionNet.numericalGradient(sample.features, targets)
    for (other, against) in [(byLayers, "the hand-written layers"), (numerical, "central differences")] {
        // The size of the gradient where the error is worst says something only where there is an error.
        let atWorst: [GradientCheckTable.Column] = other == numerical ? [.gradientAtWorst()] : []
        var check = GradientCheckTable(
            columns: [.shape, .meanDifference("mean |a - b|"), .worstRelativeError()] + atWorst)
        check.append(backprop: byGraph, numerical: other)
        print("a = backward() on the graph, b = \(against):")
        print(check)
        print()
    }
    let largestDifference = byGraph.map { abs($0.value - byLayers[$0.key]!).max() }.max() ?? 0
    chapter.printParagraphs(
        (largestDifference == 0
            ? "Against the layers every difference is exactly 0: "
            : "Against the layers the differences are at most \(sci(largestDifference)): ")
                + """
                both routes do the same products and sums in the same order. Against numerical \
                differentiation the errors are those of chapter 5's check, the central difference's own.
                """)

    // MARK: 9.6

    chapter.printSection(6, "Training with it")
    chapter.printParagraphs(
        """
        Chapter 5's experiment: \(epochCount) epochs of SGD (learning rate \(short(options[learningRate]))) on
        batches of 100 in a fresh order each epoch, seed \(options.seed), once with the layers'
        gradients and once with the graph's:
        """)
    let configuration = TrainingConfiguration(length: .epochs(epochCount), batchSize: 100)
    var layerGenerator = generator
    var expressionGenerator = generator
    var layerOptimizer = SGD(learningRate: options[learningRate])
    var expressionOptimizer = SGD(learningRate: options[learningRate])
    let layerHistory = NeuralNet.train(
        &layerNet, optimizer: &layerOptimizer, on: data.train, testSet: data.test, configuration: configuration,
        generator: &layerGenerator)
    let stopwatch = Stopwatch()
    let history = NeuralNet.train(
        &expressionNet, optimizer: &expressionOptimizer, on: data.train, testSet: data.test,
        configuration: configuration, generator: &expressionGenerator)
    let trainingSeconds = stopwatch.elapsedSeconds
    let lossDifference = zip(history.losses, layerHistory.losses).map { abs($0 - $1) }.max() ?? 0
    let accuracies = { (run: TrainingHistory) in run.trainAccuracies + run.testAccuracies }
    let accuracyDifference = zip(accuracies(history), accuracies(layerHistory)).map { abs($0 - $1) }.max() ?? 0
    // Bit patterns, not ==: a run that diverged holds NaNs, and NaN == NaN is false.
    let bits = { (net: any Network) in net.params.mapValues { $0.scalars.map(\.bitPattern) } }
    let identical = bits(expressionNet) == bits(layerNet)
    var runs = Table(headers: ["gradients by", "last loss", "train accuracy", "test accuracy"])
    for (name, run) in [("layers (chapter 5)", layerHistory), ("backward() on the graph", history)] {
        let last = run.evaluations.last
        runs.append([
            name, fixed(run.losses.last ?? .nan, digits: 6), fixed(last?.trainAccuracy ?? .nan),
            fixed((last?.testAccuracy ?? nil) ?? .nan),
        ])
    }
    print(runs)
    print()
    print("largest difference of a mini-batch loss  \(sci(lossDifference))")
    print("largest difference of an accuracy        \(sci(accuracyDifference))")
    print("final parameters bit for bit equal       \(identical ? "yes" : "no")")
    print()
    chapter.printParagraphs(
        identical
            ? """
            Not close: equal. The graph does the layers' arithmetic in the layers' order: the
            product of x and W1 and then + b1 rounds as the affine layer's fused product, the bias gradient is the same
            column sum, ReLU's backward the same mask, the loss the same function. And every
            parameter receives exactly one gradient per step, so the graph adds nothing to it.
            """
            : """
            The runs differ by rounding: some operation here is ordered differently from the
            layers', and SGD carries a difference of 1e-16 forward, step after step.
            """)

    // MARK: 9.7

    chapter.printSection(7, "What it costs")
    let batch = data.train.batch(Array(0..<Swift.min(100, data.train.count)))
    let layerStep = secondsPerStep(of: layerNet, on: batch, steps: timedSteps)
    let graphStep = secondsPerStep(of: expressionNet, on: batch, steps: timedSteps)
    let size = graphSize(parameters: expressionNet.params, batch: batch)
    chapter.printParagraphs(
        """
        One training step (gradient and update) on a batch of \(batch.labels.count), median of \(timedSteps)
        steps; the times depend on the machine:
        """)
    print("hand-written layers        \(fixed(layerStep * 1e6, digits: 1)) us")
    print("backward() on the graph    \(fixed(graphStep * 1e6, digits: 1)) us")
    print("ratio                      \(fixed(graphStep / layerStep, digits: 2))")
    print()
    chapter.printParagraphs(
        """
        The arithmetic is the same; what the graph adds is bookkeeping. Each step builds
        \(size.operations) operation nodes with a closure each on \(size.leaves) leaves, finds their order, and keeps every node's
        value alive until backward() ends (\(size.elements) numbers); adding b1 takes a
        second pass over the product instead of the layer's fused one, and gradients travel
        through a dictionary. On a net this small that is all there is to pay.
        """)

    // MARK: 9.8

    chapter.printSection(8, "Summary")
    chapter.printParagraphs(
        """
        - Each operation records its inputs and its local derivative; backward() applies the
          chain rule over the recorded graph in reverse topological order.
        - Gradients add up in a node: fan-out and broadcasting (a sum over the stretched
          axes) need nothing else; between steps they must be reset.
        - The two-layer net written as an expression gets the hand-written layers' gradients,
          and trained with them the same network, bit for bit.
        """)
    let last = history.evaluations.last
    print(
        FinalLine(
            dataset: "\(data.name)",
            [
                .number("train_acc", last?.trainAccuracy), .number("test_acc", last?.testAccuracy ?? nil),
                .count("epochs", last?.epoch ?? 0), .seconds(trainingSeconds),
            ]))
}
