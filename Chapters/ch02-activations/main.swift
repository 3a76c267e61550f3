// Chapter 2: activation functions. Run with `swift run ch02-activations`, `--help` for the options.

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

let rangeStart = Option.double("from", default: -5, in: -1000...1000, help: "left end of the plotted range")
let rangeEnd = Option.double("to", default: 5, in: -1000...1000, help: "right end of the plotted range")
let figureWidth = Option.width(default: 72, help: "the width of the figures, in terminal columns")
let parser = OptionParser(
    program: "ch02-activations",
    summary: "Chapter 2: activation functions, their derivatives, and why a network needs them.",
    defaultSeed: 2,
    options: [rangeStart, rangeEnd, figureWidth])
let options = parser.parseOrExit()
let from = options[rangeStart]
let to = options[rangeEnd]
if from >= to {
    parser.exitWithUsage("--from must be less than --to, got \(short(from)) and \(short(to))")
}
var generator = SeededGenerator(seed: options.seed)
let chapter = Chapter(number: 2, title: "Activation functions")
let figures = Figures(options, width: figureWidth)

/// A figure as small multiples, two panels side by side, each panel a few activations (or their
/// derivatives) on its own y range: functions whose ranges differ (a step in [0, 1], ReLU up to
/// the right edge) stay readable, and no panel holds more series than the eye can tell apart.
/// A panel of one activation is titled by its name; a panel of several has a legend.
func smallMultiples(
    _ title: String, _ panels: [(title: String, activations: [Activation])], derivative: Bool = false,
    height: Int
) {
    print(title)
    for start in stride(from: 0, to: panels.count, by: 2) {
        let row = panels[start..<min(start + 2, panels.count)].map { panel in
            var plot = LinePlot(title: panel.title, xLabel: "a", xRange: from...to)
            for activation in panel.activations {
                let name = derivative ? activation.name + "'" : activation.name
                plot = plot.function(panel.activations.count > 1 ? name : nil, over: from...to) {
                    derivative ? activation.derivative($0) : activation.apply($0)
                }
            }
            return plot
        }
        HStack(row, gap: 2).show(figures, height: height)
        print()
    }
}

runChapter {
    chapter.printBanner()
    chapter.printParagraphs(
        """
        A neuron adds its weighted inputs and a bias, a = x·w + b, and passes the sum through an
        activation function h to give its output y = h(a). Chapter 1's perceptron used the step
        function. This chapter meets the functions that replaced it, their derivatives (which
        decide whether a deep network can learn at all), and the reason a network needs them.
        """)

    // MARK: - 2.1

    chapter.printSection(1, "The step function and its smooth relatives")
    chapter.printParagraphs(
        """
        The step function jumps from 0 to 1 at a = 0. Its slope is 0 everywhere else, so a small
        change of a weight changes nothing at the output, and gradient descent has nothing to
        follow. The sigmoid is a smooth step; tanh is the same S shape rescaled to (-1, 1); ReLU
        keeps positive sums and zeroes the rest:

            step(a) = 1 if a > 0, else 0
            σ(a)    = 1 / (1 + e^-a)
            tanh(a) = (e^a - e^-a) / (e^a + e^-a) = 2σ(2a) - 1
            ReLU(a) = max(0, a)
        """)
    let classic: [Activation] = [.step, .sigmoid, .tanh, .relu]
    print(valueTable(classic, at: [-2, -1, 0, 1, 2]))
    print()
    smallMultiples(
        "Figure 2.1  The classic activations, each on its own scale", classic.map { ($0.name, [$0]) }, height: 7)

    // MARK: - 2.2

    chapter.printSection(2, "Leaky ReLU and the modern activations")
    chapter.printParagraphs(
        """
        A ReLU whose sum is negative for every input outputs 0 and passes no gradient: it can
        "die". The variants below keep a little slope on the left, or round the corner at 0
        (the usual leaky slope is 0.01; the slope of softplus is σ(a)):

            leaky ReLU(a) = a if a > 0, else slope·a      (slope 0.1 here, to see it)
            softplus(a)   = ln(1 + e^a)                   (a smooth ReLU)
            ELU(a)        = a if a > 0, else α(e^a - 1)   (α = 1, saturating at -α)
            GELU(a)      ~= ½a(1 + tanh(√(2/π)(a + 0.044715a³)))
            SiLU(a)       = a·σ(a)                        (also called swish)

        GELU is a·Φ(a), Φ the standard normal CDF; the line above is the tanh approximation
        given by Hendrycks & Gimpel (2016, "Gaussian Error Linear Units", arXiv:1606.08415),
        the form BERT and GPT-2 use and the one computed here. It differs from a·Φ(a) by less
        than 5e-4. GELU and SiLU dip slightly below 0 for negative a before returning to 0.
        """)
    let modern: [Activation] = [.leakyRelu(slope: 0.1), .softplus, .elu(alpha: 1), .gelu, .silu]
    print(valueTable(modern, at: [-3, -1, 0, 1, 3]))
    print()
    smallMultiples(
        "Figure 2.2  The modern activations: kinked at 0, and smooth",
        [("kinked", [.leakyRelu(slope: 0.1), .elu(alpha: 1)]), ("smooth", [.softplus, .gelu, .silu])], height: 10)

    // MARK: - 2.3

    chapter.printSection(3, "Derivatives")
    chapter.printParagraphs(
        """
        Backpropagation (chapter 5) multiplies the gradient arriving at a neuron by h'(a), the
        slope of its activation at the sum it saw. The slopes, written with the function itself
        where that is cheaper:

            σ'(a) = σ(a)(1 - σ(a))      at most 1/4, at a = 0
            tanh'(a) = 1 - tanh²(a)     at most 1, at a = 0
            ReLU'(a) = 1 for a > 0, else 0
            softplus'(a) = σ(a)
            SiLU'(a) = σ(a)(1 + a(1 - σ(a)))
        """)
    let withDerivatives: [Activation] = [.sigmoid, .tanh, .relu, .softplus, .gelu, .silu]
    print(valueTable(withDerivatives, at: [-3, -1, 0, 1, 3], derivative: true))
    print()
    smallMultiples(
        "Figure 2.3  Derivatives: the S shapes, and the ReLU family",
        [("S shapes", [.sigmoid, .tanh]), ("ReLU family", [.relu, .gelu])], derivative: true, height: 10)

    // MARK: - 2.4

    chapter.printSection(4, "Why the sigmoid's gradients vanish")
    chapter.printParagraphs(
        """
        Through a chain of layers the gradient is multiplied, layer after layer, by the slope
        h'(a) of the activation and by the layer's weights. With the sigmoid each slope is at
        most 1/4, so the activations' share of the product, h'(a1) h'(a2) ... h'(an), is at most
        (1/4)^n, even in the best case where every sum is exactly 0. The weights multiply the
        gradient too and could make up for it (weights of about 4 would), but weights that large
        push the sums away from 0, where the sigmoid's slope is far below 1/4: in practice the
        gradient shrinks. The table also follows one path through
        layers whose sums are drawn from a standard normal distribution (seeded, so try
        --seed): the sigmoid's factors are typically near 0.2, tanh's vary more, and ReLU's are
        exactly 1 on every path of active units (a unit with a negative sum blocks the path
        completely, which is the dying-ReLU problem, not a vanishing one).
        """)
    let depths = [1, 5, 10, 20]
    let sums = (0..<depths.max()!).map { _ in generator.nextNormal() }
    var vanishing = Table(headers: ["layers", "(1/4)^n", "sigmoid path", "tanh path", "ReLU, active path"])
    for n in depths {
        vanishing.append([
            "\(n)", sci(pow(0.25, Double(n)), digits: 3),
            sci(slopeProduct(.sigmoid, sums: sums, layers: n), digits: 3),
            sci(slopeProduct(.tanh, sums: sums, layers: n), digits: 3),
            short(pow(Activation.relu.derivative(1), Double(n))),
        ])
    }
    print(vanishing)
    print()
    chapter.printParagraphs(
        """
        Twenty sigmoid layers leave at most 10^-12 of the gradient as far as the activations go,
        and weights large enough to undo that would saturate the sigmoids; so the first layers
        of a deep sigmoid network barely learn. ReLU's slope of exactly 1 for positive
        sums is the main reason deep networks switched to it (Glorot, Bordes & Bengio 2011).
        """)

    // MARK: - 2.5

    chapter.printSection(5, "Why a network needs a non-linearity")
    chapter.printParagraphs(
        """
        A layer without an activation is an affine map, y = x·W + b. Three of them in a row,
        ((x·W1 + b1)·W2 + b2)·W3 + b3, equal one affine map x·W + b with W = W1·W2·W3 and
        b = (b1·W2 + b2)·W3 + b3: depth buys nothing. Below, three random layers (2 → 3 → 3 → 2)
        applied one after the other, and the single collapsed layer, on five inputs.
        """)
    let w1 = NDArray.randn([2, 3], using: &generator)
    let b1 = NDArray.randn([3], using: &generator)
    let w2 = NDArray.randn([3, 3], using: &generator)
    let b2 = NDArray.randn([3], using: &generator)
    let w3 = NDArray.randn([3, 2], using: &generator)
    let b3 = NDArray.randn([2], using: &generator)
    let inputs = NDArray.randn([5, 2], using: &generator)
    let layered = matmul(matmul(matmul(inputs, w1) + b1, w2) + b2, w3) + b3
    let collapsedW = matmul(matmul(w1, w2), w3)
    let collapsedB = matmul(matmul(b1, w2) + b2, w3) + b3
    let collapsed = matmul(inputs, collapsedW) + collapsedB
    print("three layers, shape \(Shape.describe(layered.shape)):\n\(layered)\n")
    print(
        hstack([
            "W = W1·W2·W3, shape \(Shape.describe(collapsedW.shape)):\n\(collapsedW)",
            "b = (b1·W2 + b2)·W3 + b3:\n\(collapsedB)",
        ]) + "\n")
    print("x·W + b, largest difference from the three layers: \(sci(abs(layered - collapsed).max(), digits: 2))\n")
    let withReLU = matmul(relu(matmul(relu(matmul(inputs, w1) + b1), w2) + b2), w3) + b3
    chapter.printParagraphs(
        """
        The difference is rounding error: the same map. Put a ReLU after the first two layers and
        the outputs leave the collapsed map. No other affine map fits them either: the network is
        now piecewise linear, bending wherever a hidden sum crosses 0, and with enough hidden
        units such bends can follow any continuous function on a bounded range as closely as wanted.
        """)
    print("with ReLU between the layers:\n\(withReLU)\n")
    print("largest difference from x·W + b: \(short(abs(withReLU - collapsed).max()))")
    print()

    // MARK: - 2.6

    chapter.printSection(6, "Numerically safe forms")
    chapter.printParagraphs(
        """
        e^x overflows a Double for x > 709.78. The textbook formula 1 / (1 + e^-x) survives
        x = -1000 only by luck: e^1000 is inf and 1/inf is 0 (NumPy warns about the overflow),
        and at x = -710 it returns 0 where the answer is 4.5e-309. The equal form
        e^x / (1 + e^x) gives inf/inf = NaN at x = 1000. The library's sigmoid uses the first
        form for positive x and the second for negative x, so its exponent is never positive:
        """)
    var sigmoidSafety = Table(headers: ["x", "1/(1+e^-x)", "e^x/(1+e^x)", "sigmoid(x)"])
    let extremes = [-1000.0, -710, -30, 0, 30, 710, 1000]
    for x in extremes {
        sigmoidSafety.append([
            short(x), NumberFormat.describe(1 / (1 + exp(-x))), NumberFormat.describe(exp(x) / (1 + exp(x))),
            short(sigmoid(x)),
        ])
    }
    print(sigmoidSafety)
    print()
    chapter.printParagraphs(
        """
        The same trap waits in tanh written as (e^x - e^-x) / (e^x + e^-x), which is NaN once
        either exponential overflows, and in softplus written as ln(1 + e^x), which overflows on
        the right and loses every digit on the left, where 1 + e^x rounds to 1 (at x = -30 only
        the first two digits are right, an error of one part in a thousand). The library takes tanh from the C library, and computes
        softplus as max(x, 0) + log1p(e^-|x|), whose exponent is never positive:
        """)
    var otherSafety = Table(headers: ["x", "tanh by e^x", "tanh(x)", "ln(1+e^x)", "softplus(x)"])
    for x in extremes {
        otherSafety.append([
            short(x), NumberFormat.describe((exp(x) - exp(-x)) / (exp(x) + exp(-x))), short(tanh(x)),
            NumberFormat.describe(log(1 + exp(x))), short(softplus(x)),
        ])
    }
    print(otherSafety)
    print()

    // MARK: - 2.7

    chapter.printSection(7, "A forward pass through three layers")
    chapter.printParagraphs(
        """
        A layer is a matrix product plus a bias, followed by an activation. Here is a small
        network, 2 inputs → 3 → 2 → 2 outputs, with weights written out by hand: sigmoid on the
        two hidden layers, identity on the output (chapter 3 replaces it with softmax). The
        weights and the first input are those of the book's example (section 3.4), whose output
        is [0.31682708, 0.69627909]. Two input rows go through together; the batch is the first
        axis of every array, and z0 is the input x.
        """)
    let x = NDArray([[1.0, 0.5], [-0.3, 0.8]])
    let network: [(w: NDArray, b: NDArray, activation: Activation)] = [
        (NDArray([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]), NDArray([0.1, 0.2, 0.3]), .sigmoid),
        (NDArray([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]), NDArray([0.1, 0.2]), .sigmoid),
        (NDArray([[0.1, 0.3], [0.2, 0.4]]), NDArray([0.1, 0.2]), .identity),
    ]
    /// An array under its name and shape, as a block of text.
    func described(_ name: String, _ array: NDArray) -> String {
        "\(name)  shape \(Shape.describe(array.shape))\n\(array)"
    }
    print(described("x", x))
    var z = x
    for (index, layer) in network.enumerated() {
        let layerNumber = index + 1
        print()
        // A layer's parameters side by side, then its sum and output side by side: one layer,
        // two rows of the page.
        print(hstack([described("W\(layerNumber)", layer.w), described("b\(layerNumber)", layer.b)]))
        let a = matmul(z, layer.w) + layer.b
        z = layer.activation.apply(a)
        print(
            hstack([
                described("a\(layerNumber) = z\(layerNumber - 1)·W\(layerNumber) + b\(layerNumber)", a),
                described("z\(layerNumber) = \(layer.activation.name)(a\(layerNumber))", z),
            ]))
    }
    print()
    chapter.printParagraphs(
        """
        The shapes chain like dominoes: (2,2)·(2,3) → (2,3), then (2,3)·(3,2) → (2,2), then
        (2,2)·(2,2) → (2,2). The inner lengths must agree; the batch length rides along.
        """)

    // MARK: - 2.8

    chapter.printSection(8, "Summary")
    chapter.printParagraphs(
        """
        - An activation function bends a neuron's weighted sum; without one, any stack of layers
          is a single affine map.
        - The step function has no usable slope; sigmoid and tanh are smooth steps, ReLU keeps
          positive sums, and leaky ReLU, softplus, ELU, GELU and SiLU refine ReLU.
        - The sigmoid's slope is at most 1/4, so each sigmoid layer multiplies the gradient by at
          most 1/4 (the weights multiply it too, but cannot undo this without saturating the
          sigmoids); ReLU passes it unchanged through active units.
        - Every formula with e^x needs a form that cannot overflow: the library's functions are
          finite at x = ±1000.
        - A layer is a matrix product plus a bias, then an activation; a batch is the first axis.
        """)
}
