// Chapter 1: the perceptron. Read top to bottom; every number printed is computed here.

import NumSwift
import TermPlot
import Workbook

let learningRate = Option.learningRate(
    default: 0.1, in: 1e-6...100, help: "learning rate η of the perceptron learning rule in 1.5")
let epochs = Option.epochs(default: 20, help: "the most epochs the learning rule may take in 1.5")
let gridStep = Option.double(
    "grid-step", default: 0.1, in: 0.01...1, help: "spacing of the grid of weights tried on XOR in 1.3")
let figureWidth = Option.width(default: 60, help: "the width of the figures, in terminal columns")
let parser = OptionParser(
    program: "ch01-perceptron",
    summary: "Chapter 1: the perceptron, logic gates, why XOR needs two layers, and the learning rule.",
    defaultSeed: 1,
    options: [learningRate, epochs, gridStep, figureWidth])
let options = parser.parseOrExit()
let chapter = Chapter(number: 1, title: "The perceptron")
let figures = Figures(options, width: figureWidth)

/// Rows of the figures' plotting area: about as tall as the 60 columns are wide on screen.
let figureHeight = 13
/// A 0/1 output as the truth tables print it.
func bit(_ x: Double) -> String { x == 0 ? "0" : "1" }

/// The learning rule's history as a table, one row per epoch; a run of epochs that end
/// exactly as the one before them is shown as a single "..." row (the last epoch is always shown).
func epochTable(_ history: [PerceptronLearning.Epoch]) -> Table {
    var table = Table(
        headers: ["epoch", "w1", "w2", "b", "mistakes", "rows right"], alignments: Array(repeating: .right, count: 6))
    var skipped = false
    for (index, epoch) in history.enumerated() {
        let previous = index > 0 ? history[index - 1] : nil
        let repeats = previous.map { $0.perceptron == epoch.perceptron && $0.mistakes == epoch.mistakes } ?? false
        if repeats && index < history.count - 1 {
            skipped = true
            continue
        }
        if skipped { table.append(["...", "", "", "", "", ""]) }
        skipped = false
        let p = epoch.perceptron
        table.append([
            "\(epoch.number)", fixed(p.weights[0]), fixed(p.weights[1]), fixed(p.bias),
            epoch.number == 0 ? "-" : "\(epoch.mistakes)", "\(epoch.rowsRight) of 4",
        ])
    }
    return table
}

runChapter {
    chapter.printBanner()

    // MARK: 1.1

    chapter.printSection(1, "What a perceptron computes")
    chapter.printParagraphs(
        """
        A perceptron takes inputs x1, x2, multiplies each by a weight, adds a bias and fires
        (outputs 1) when the total is positive. The weights say how much each input counts;
        the bias says how easily the perceptron fires.

            y = step(w1*x1 + w2*x2 + b),   step(a) = 1 if a > 0, else 0

        With NumSwift, the weighted sum is an elementwise product and a sum, as in NumPy:
        """)
    let x: NDArray = [1, 1]
    let w: NDArray = [0.5, 0.5]
    let b = -0.7
    print("x               = \(x)")
    print("w               = \(w)")
    print("w * x           = \(w * x)")
    print("sum(w * x) + b  = \(fixed((w * x).sum() + b))")
    print("step(...)       = \(bit(Perceptron(weights: w, bias: b)(x)))")
    print()

    // MARK: 1.2

    chapter.printSection(2, "Logic gates as perceptrons")
    chapter.printParagraphs(
        """
        Choosing the weights and the bias by hand, one perceptron computes AND, NAND or OR.
        The same machine, three different parameter settings:
        """)
    let gates: [LogicGate] = [.and, .nand, .or]
    var weights = Table(headers: ["gate", "w1", "w2", "b"])
    for gate in gates {
        let p = gate.perceptron!
        weights.append([gate.name, fixed(p.weights[0]), fixed(p.weights[1]), fixed(p.bias)])
    }
    print(weights)
    print()
    var truth = Table(headers: ["x1", "x2"] + gates.map(\.name))
    for input in gateInputs {
        truth.append([bit(input.x1), bit(input.x2)] + gates.map { bit($0.perceptron!(input.x1, input.x2)) })
    }
    print(truth)
    print()
    for gate in gates {
        let right = rowsRight(gate.perceptron!, table: gate.truthTable)
        print("\(gate.name): \(right) of 4 rows match the truth table")
    }
    print()

    // MARK: 1.3

    chapter.printSection(3, "The XOR problem")
    chapter.printParagraphs(
        """
        XOR outputs 1 when exactly one input is 1. A perceptron splits the plane of inputs with
        the straight line w1*x1 + w2*x2 + b = 0: it fires on one side and not on the other. XOR's
        ones, (0,1) and (1,0), sit on opposite corners of the square, with its zeros on the other
        two corners, so no straight line separates them: XOR is not linearly separable.

        A proof in four lines. A perceptron computing XOR would need

            (0,0) -> 0:  b <= 0
            (0,1) -> 1:  w2 + b > 0
            (1,0) -> 1:  w1 + b > 0
            (1,1) -> 0:  w1 + w2 + b <= 0

        Adding the middle two gives w1 + w2 + b > -b >= 0, contradicting the last line.
        """)
    let and = LogicGate.and.perceptron!
    let or = LogicGate.or.perceptron!
    chapter.printParagraphs(
        """
        Figure 1.1 shows the plane of inputs with the line of each gate. AND fires above its
        line (only (1,1) is there); NAND is AND with every sign flipped, so it has the same line
        and fires below it; OR's line is lower, and OR fires above it (everywhere but (0,0)).
        """)
    let threshold = { (p: Perceptron) in short(-p.bias / p.weights[0]) }
    boundaryFigure(
        "Figure 1.1  AND, NAND and OR: one line each",
        lines: [
            ("AND, NAND: x1 + x2 = \(threshold(and))", and, "*"),
            ("OR: x1 + x2 = \(threshold(or))", or, "*"),
        ]
    ).show(figures, height: figureHeight)
    print()
    chapter.printParagraphs(
        """
        Figure 1.2 marks XOR's outputs: o where it is 1, x where it is 0. Any straight line that
        has both o on one side leaves an x there too.
        """)
    boundaryFigure("Figure 1.2  XOR: no line separates o from x", lines: [], outputs: LogicGate.xor.truthTable)
        .show(figures, height: figureHeight)
    print()
    chapter.printParagraphs(
        """
        The same thing by brute force: try every w1, w2, b on a grid from -1 to 1 and count the
        rows of each truth table the perceptron gets right.
        """)
    let step = options[gridStep]
    var search = Table(headers: ["gate", "tried", "best rows right", "perceptrons that reach it"])
    var xorSearch: GridSearchResult?
    var perfectGates: [String] = []
    let planes = 2 * Int((1 / step + 1e-9).rounded(.down)) + 1  // values of w1 per gate
    var searched = ProgressReporter("1.3 grid search", total: LogicGate.allCases.count * planes)
    for (index, gate) in LogicGate.allCases.enumerated() {
        let result = gridSearch(table: gate.truthTable, step: step) { done in
            searched.advance(by: index * planes + done - searched.done)
        }
        search.append([gate.name, "\(result.tried)", "\(result.bestRowsRight) of 4", "\(result.bestCount)"])
        if result.bestRowsRight == 4 { perfectGates.append(gate.name) }
        if gate == .xor { xorSearch = result }
    }
    searched.finish()
    print(search)
    print()
    if let xor = xorSearch {
        let p = xor.firstBest
        let separable = LogicGate.allCases.filter { $0 != .xor }.map(\.name)
        let perfect =
            perfectGates == separable
            ? "Every gate but XOR has perceptrons on the grid that get all 4 rows right."
            : perfectGates.isEmpty
                ? "No gate has perceptrons on this grid that get all 4 rows right."
                : "Only \(perfectGates.dropLast().map { $0 + " and " }.joined())\(perfectGates.last!) "
                    + (perfectGates.count == 1 ? "has" : "have")
                    + " perceptrons on this grid that get all 4 rows right."
        chapter.printParagraphs(
            perfect + " The best any "
                + "perceptron on the grid does for XOR is \(xor.bestRowsRight) of 4 rows, e.g. "
                + "w1 = \(fixed(p.weights[0])), w2 = \(fixed(p.weights[1])), b = \(fixed(p.bias)).")
    }

    // MARK: 1.4

    chapter.printSection(4, "Two layers: XOR from NAND, OR and AND")
    chapter.printParagraphs(
        """
        What one perceptron cannot do, two layers can. XOR is "one or the other, but not both":
        OR says "at least one", NAND says "not both", and AND combines them.

            s1 = NAND(x1, x2),   s2 = OR(x1, x2),   y = AND(s1, s2)

        This is the first multi-layer perceptron of the workbook: layer 1 maps the inputs to
        (s1, s2), where the two classes are linearly separable, and layer 2 draws the line.
        """)
    let network = TwoLayerXOR()
    var layered = Table(headers: ["x1", "x2", "s1 = NAND", "s2 = OR", "y = AND(s1, s2)", "XOR"])
    var layeredRight = 0
    for (input, target) in zip(gateInputs, LogicGate.xor.truthTable) {
        let (s1, s2, y) = network.evaluate(input.x1, input.x2)
        if y == target { layeredRight += 1 }
        layered.append([bit(input.x1), bit(input.x2), bit(s1), bit(s2), bit(y), bit(target)])
    }
    print(layered)
    print()
    print("The two-layer network gets \(layeredRight) of 4 rows of XOR right.")
    print()

    // MARK: 1.5

    chapter.printSection(5, "Learning the weights: the perceptron learning rule")
    chapter.printParagraphs(
        """
        So far we chose the weights. Rosenblatt's learning rule finds them from the truth table.
        Go through the rows; for each, compare the output y with the target t and nudge:

            w <- w + lr * (t - y) * x,    b <- b + lr * (t - y)

        A right answer changes nothing; a wrong one moves the line towards the right side. If
        the rows are linearly separable, the rule stops making mistakes after finitely many
        updates (the perceptron convergence theorem). The starting weights are drawn uniformly
        from [-0.5, 0.5) with the seed (--seed); the learning rate is --lr. A row "..." stands
        for epochs that ended exactly as the one above them.
        """)
    let learning = PerceptronLearning(learningRate: options[learningRate], maximumEpochs: options[epochs])
    var generator = SeededGenerator(seed: options.seed)
    var learned: [LogicGate: Perceptron] = [:]
    for gate in [LogicGate.and, .or, .xor] {
        let start = NDArray.uniform([3], low: -0.5, high: 0.5, using: &generator)
        let initial = Perceptron(weights: [start[0], start[1]], bias: start[2])
        let (history, converged) = learning.train(from: initial, table: gate.truthTable)
        print("\(gate.name), learning rate \(short(learning.learningRate)):")
        print(epochTable(history))
        let last = history.last!
        learned[gate] = last.perceptron
        if converged && last.number == 0 {
            print("the starting weights already get all 4 rows right: nothing to learn\n")
        } else if converged {
            print("converged after \(last.number) epoch\(last.number == 1 ? "" : "s"): all 4 rows right\n")
        } else {
            print(
                "did not converge: stopped after \(last.number) epochs with \(last.rowsRight) of 4 rows right\n")
        }
    }
    chapter.printParagraphs(
        "Figure 1.3 draws the lines the rule found. They differ from the hand-made ones of Figure 1.1 "
            + "but split the four inputs the same way: any line that does is as good as another.")
    boundaryFigure(
        "Figure 1.3  Boundaries learnt by the rule",
        lines: [("AND, learnt", learned[.and]!, "*"), ("OR, learnt", learned[.or]!, "*")]
    ).show(figures, height: figureHeight)
    print()
    chapter.printParagraphs(
        """
        AND and OR are learnt in a few epochs. On XOR the rule keeps making mistakes: every
        update that fixes one row breaks another, and the weights go round in a cycle. Raising
        --epochs does not help; a second layer does, and learning the weights of several layers
        is what the rest of this workbook is about (backpropagation, chapter 5).
        """)

    // MARK: 1.6

    chapter.printSection(6, "Summary")
    chapter.printParagraphs(
        """
        - A perceptron is a weighted sum, plus a bias, through a step function.
        - AND, NAND and OR are one perceptron each; only the parameters differ.
        - XOR is not linearly separable: no single perceptron computes it (proof and grid search).
        - Two layers compute XOR: stacking perceptrons adds expressive power.
        - The perceptron learning rule finds weights for separable problems, and cannot for XOR.
        """)
}
