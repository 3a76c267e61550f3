import Foundation
import NumSwift
import Testing

@testable import TermPlot

/// Plots whose every character is checked against a recorded text file. Re-record after an
/// intended change with `RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests` and read the diff.
@Suite struct SnapshotTests {
    static let unicode = RenderOptions(charset: .unicode)

    static let activations = LinePlot(title: "Activation functions", xLabel: "x", yLabel: "y")
        .function("sigmoid", over: -6...6) { 1 / (1 + exp(-$0)) }
        .function("tanh", over: -6...6) { tanh($0) }
        .function("step", over: -6...6) { $0 > 0 ? 1 : 0 }
        .horizontalLine(0)

    static let gate = LinePlot(title: "AND", xLabel: "x1", yLabel: "x2", xRange: -0.5...1.5, yRange: -0.5...1.5)
        .scatter(x: [0, 1, 0], y: [0, 0, 1], label: "output 0", marker: "x")
        .scatter(x: [1], y: [1], label: "output 1", marker: "o")
        .function("boundary", over: -0.5...1.5) { 1.5 - $0 }

    static let bowl = LinePlot(title: "f(x, y) = x^2/20 + y^2", xLabel: "x", yLabel: "y")
        .contour(Contour(x: -10...10, y: -5...5) { x, y in x * x / 20 + y * y })
        .line(x: [-7, -5, -3, -1, 0], y: [2, -1.5, 1, -0.3, 0], label: "SGD", marker: "o")

    static let lossCurve = LinePlot(title: "loss", xLabel: "epoch", yScale: .log10)
        .line([3, 1, 0.5, 0.1, 0.03, 0.01, 0.005], label: "train")
        .line([3.2, 1.4, 0.9, 0.6, 0.5, 0.45, 0.44], label: "test")

    static let learningRates = LinePlot(title: "LR finder", xLabel: "learning rate", xScale: .log10)
        .function("loss", over: 1e-5...1) { 2.3 - 1.5 * exp(-pow(log10($0) + 2, 2)) }
        .verticalLine(0.01)

    static let histogram: Histogram = {
        var generator = SeededGenerator(seed: 42)
        let values = (0..<2000).map { _ in generator.nextNormal() }
        return Histogram(values, bins: 24, range: -3...3, title: "2000 normal samples", xLabel: "value")
    }()

    static let digit: ImagePlot = {
        let rows: [[Double]] = [
            [0, 0, 5, 13, 9, 1, 0, 0], [0, 0, 13, 15, 10, 15, 5, 0], [0, 3, 15, 2, 0, 11, 8, 0],
            [0, 4, 12, 0, 0, 8, 8, 0], [0, 5, 8, 0, 0, 9, 8, 0], [0, 4, 11, 0, 1, 12, 7, 0],
            [0, 2, 14, 5, 10, 12, 0, 0], [0, 0, 6, 13, 10, 0, 0, 0],
        ]
        return ImagePlot(rows, range: 0...16, title: "a zero")
    }()

    @Test func activationsASCII() { assertSnapshot(Self.activations.render(.plain), named: "activations-ascii") }
    @Test func activationsUnicode() {
        assertSnapshot(Self.activations.render(Self.unicode), named: "activations-unicode")
    }
    @Test func activationsColor() {
        let colored = Self.activations.render(RenderOptions(charset: .unicode, color: true))
        assertSnapshot(colored.replacingEscapes(), named: "activations-color")
    }
    @Test func gateASCII() { assertSnapshot(Self.gate.render(.plain), named: "gate-ascii") }
    @Test func bowlASCII() { assertSnapshot(Self.bowl.render(.plain), named: "bowl-ascii") }
    @Test func bowlUnicode() { assertSnapshot(Self.bowl.render(Self.unicode), named: "bowl-unicode") }
    @Test func logY() { assertSnapshot(Self.lossCurve.render(.plain), named: "log-y-ascii") }
    @Test func logX() { assertSnapshot(Self.learningRates.render(Self.unicode), named: "log-x-unicode") }
    @Test func histogramASCII() { assertSnapshot(Self.histogram.render(.plain), named: "histogram-ascii") }
    @Test func histogramUnicode() { assertSnapshot(Self.histogram.render(Self.unicode), named: "histogram-unicode") }
    @Test func digitASCII() { assertSnapshot(Self.digit.render(.plain), named: "digit-ascii") }
    @Test func digitUnicode() { assertSnapshot(Self.digit.render(Self.unicode), named: "digit-unicode") }

    @Test func barChart() {
        let chart = BarChart(
            labels: ["sigmoid", "tanh", "relu"], values: [0.912, 0.954, 0.973], title: "test accuracy")
        assertSnapshot(chart.render(RenderOptions(width: 50)), named: "bar-chart-ascii")
        assertSnapshot(chart.render(RenderOptions(charset: .unicode, width: 50)), named: "bar-chart-unicode")
    }

    @Test func histogramsSideBySide() {
        var generator = SeededGenerator(seed: 7)
        let values = (0..<1000).map { _ in generator.nextNormal() }
        let layers = (1...3).map { layer in
            Histogram(values.map { tanh($0 * Double(layer)) }, bins: 10, range: -1...1, title: "layer \(layer)")
                as any Plot
        }
        assertSnapshot(HStack(layers).render(RenderOptions(charset: .unicode, height: 8)), named: "hstack-unicode")
    }
}

extension String {
    /// The text with each ESC shown as `\e`, so that a snapshot of colours reads in an editor.
    func replacingEscapes() -> String { replacingOccurrences(of: "\u{1B}", with: "\\e") }
}
