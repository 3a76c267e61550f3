import NumSwift
import Testing

@testable import TermPlot
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Properties every rendered plot has, checked on many seeded random plots: ASCII mode writes
/// only ASCII, colour off writes no escape, no line is wider than asked, none ends in a space.
@Suite struct InvariantTests {
    /// A random plot of one of the kinds, with NaN, infinities and constants mixed in.
    static func randomPlot(_ generator: inout SeededGenerator) -> any Plot {
        func value(_ generator: inout SeededGenerator) -> Double {
            switch generator.nextInt(below: 20) {
            case 0: return .nan
            case 1: return .infinity
            case 2: return -.infinity
            case 3: return 0
            default: return generator.nextNormal() * pow(10, Double(generator.nextInt(below: 7) - 3))
            }
        }
        let count = generator.nextInt(below: 40)
        let values = (0..<count).map { _ in value(&generator) }
        switch generator.nextInt(below: 5) {
        case 0, 1:
            var plot = LinePlot(
                title: "random", xLabel: "x", yLabel: "y", xScale: generator.nextInt(below: 3) == 0 ? .log10 : .linear,
                yScale: generator.nextInt(below: 3) == 0 ? .log10 : .linear)
            for index in 0..<generator.nextInt(below: 4) {
                let xs = (0..<count).map { _ in value(&generator) }
                plot =
                    generator.nextInt(below: 2) == 0
                    ? plot.line(x: xs, y: values, label: "s\(index)")
                    : plot.scatter(x: xs, y: values, label: "p\(index)")
            }
            if generator.nextInt(below: 2) == 0 { plot = plot.line(Array(repeating: 3, count: 10), label: "flat") }
            if generator.nextInt(below: 3) == 0 { plot = plot.horizontalLine(value(&generator)).verticalLine(1) }
            if generator.nextInt(below: 4) == 0 {
                plot = plot.contour(Contour(x: -2...2, y: -1...1) { x, y in x * x + 3 * y * y })
            }
            return plot
        case 2:
            let range: ClosedRange<Double>? = generator.nextInt(below: 2) == 0 ? -1...1 : nil
            return Histogram(values, bins: 1 + generator.nextInt(below: 30), range: range, title: "h")
        case 3:
            return BarChart(labels: values.indices.map { "bar \($0)" }, values: values, title: "bars")
        default:
            let side = 1 + generator.nextInt(below: 12)
            let image = ImagePlot((0..<side).map { _ in (0..<side).map { _ in value(&generator) } })
            return HStack([image, Histogram(values, bins: 5)])
        }
    }

    @Test(arguments: [Charset.ascii, .unicode], [false, true])
    func renderedPlotsKeepTheirPromises(charset: Charset, color: Bool) {
        var generator = SeededGenerator(seed: color ? 11 : 5)
        for round in 0..<150 {
            let plot = Self.randomPlot(&generator)
            let width = 30 + generator.nextInt(below: 60)
            let options = RenderOptions(
                charset: charset, color: color, width: width, height: 4 + generator.nextInt(below: 20))
            let text = plot.render(options)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(TextWidth.columns(line) <= width, "round \(round): a line wider than \(width):\n\(text)")
                #expect(!line.hasSuffix(" "), "round \(round): trailing space in \(line)")
            }
            if charset == .ascii {
                let onlyASCII = text.unicodeScalars.allSatisfy { $0.isASCII }
                #expect(onlyASCII, "round \(round): non-ASCII in\n\(text)")
            }
            if !color { #expect(!text.contains("\u{1B}"), "round \(round): an escape without colour") }
        }
    }
}
