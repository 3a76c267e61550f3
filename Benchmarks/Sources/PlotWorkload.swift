import NumSwift
import TermPlot
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The plot TermPlot promises to draw in under 5 ms: a 60×15 line plot of 10,000 points of a
/// noisy sine (every pixel column crossed many times), with title, axes and legend.
func tenThousandPointPlot() -> LinePlot {
    var generator = SeededGenerator(seed: 1)
    let xs = (0..<10_000).map { Double($0) / 1000 }
    let ys = xs.map { sin($0) + 0.1 * generator.nextNormal() }
    return LinePlot(title: "10,000 points", xLabel: "x").line(x: xs, y: ys, label: "noisy sine")
}
