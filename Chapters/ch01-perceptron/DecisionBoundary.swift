import NumSwift
import TermPlot

/// The square the figures show: the four inputs with some room around them.
let inputSquare: ClosedRange<Double> = -0.5...1.5

/// A perceptron's decision boundary, the line w1*x1 + w2*x2 + b = 0 that separates the inputs
/// where it fires from those where it does not, as two points on it across `range` (the plot
/// clips the rest). nil when both weights are 0: the output is then the same everywhere.
func decisionBoundary(_ p: Perceptron, across range: ClosedRange<Double> = inputSquare) -> (x: [Double], y: [Double])? {
    let (w1, w2, b) = (p.weights[0], p.weights[1], p.bias)
    let ends = [range.lowerBound, range.upperBound]
    if w2 != 0 { return (ends, ends.map { -(w1 * $0 + b) / w2 }) }  // x2 = -(w1*x1 + b) / w2
    if w1 != 0 { return ([-b / w1, -b / w1], ends) }  // a vertical line x1 = -b / w1
    return nil
}

/// The input square with the boundary of each perceptron in `lines` and the four inputs, marked
/// `o` where `outputs` is 1 and `x` where it is 0 (all `o`, labelled "input", without outputs).
func boundaryFigure(
    _ title: String, lines: [(label: String, perceptron: Perceptron, marker: Character)], outputs: [Double]? = nil
) -> LinePlot {
    var plot = LinePlot(title: title, xLabel: "x1", yLabel: "x2", xRange: inputSquare, yRange: inputSquare)
    for line in lines {
        guard let (x, y) = decisionBoundary(line.perceptron) else { continue }
        plot = plot.line(x: x, y: y, label: line.label, marker: line.marker)
    }
    guard let outputs else {
        return plot.scatter(x: gateInputs.map(\.x1), y: gateInputs.map(\.x2), label: "input", marker: "o")
    }
    for (value, marker) in [(1.0, Character("o")), (0.0, Character("x"))] {
        let inputs = zip(gateInputs, outputs).filter { $0.1 == value }.map(\.0)
        plot = plot.scatter(
            x: inputs.map(\.x1), y: inputs.map(\.x2), label: "output \(Int(value))", marker: marker)
    }
    return plot
}
