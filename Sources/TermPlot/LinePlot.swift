import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A plot of y against x: lines, scattered points, sampled functions, reference lines and an
/// optional contour underneath, on linear or log10 axes. Built by chaining, as a value:
///
///     LinePlot(title: "sigmoid", xLabel: "x")
///         .function("sigmoid", over: -6...6) { 1 / (1 + exp(-$0)) }
///         .horizontalLine(0.5)
///         .show()
public struct LinePlot: Plot, Sendable {
    /// The line above the plot.
    public var title: String?
    /// The label under the x axis and above the y axis.
    public var xLabel: String?
    public var yLabel: String?
    /// The visible ranges; nil fits the data and widens to the nearest ticks.
    public var xRange: ClosedRange<Double>?
    public var yRange: ClosedRange<Double>?
    /// Linear or log10 axes.
    public var xScale: AxisScale
    public var yScale: AxisScale
    /// The series, drawn in order (later ones on top).
    public var series: [Series] = []
    /// Reference lines across the plot at these y values and up it at these x values, each
    /// with the legend label that says what it marks (nil: left out of the legend).
    var horizontalLines: [ReferenceLine] = []
    var verticalLines: [ReferenceLine] = []
    /// Contour lines drawn under everything else.
    public var contour: Contour?

    /// An empty plot; add series with `line`, `scatter` or `function`.
    public init(
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, xRange: ClosedRange<Double>? = nil,
        yRange: ClosedRange<Double>? = nil, xScale: AxisScale = .linear, yScale: AxisScale = .linear
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xRange = xRange
        self.yRange = yRange
        self.xScale = xScale
        self.yScale = yScale
    }

    /// The plot with a series added.
    public func adding(_ series: Series) -> LinePlot {
        var copy = self
        copy.series.append(series)
        return copy
    }

    /// The plot with the points `(x[i], y[i])` joined by a line.
    public func line(x: [Double], y: [Double], label: String? = nil, marker: Character? = nil) -> LinePlot {
        adding(Series(x: x, y: y, label: label, style: .line, marker: marker))
    }

    /// The plot with `y` against 0, 1, 2, … joined by a line (a loss per epoch, say).
    public func line(_ y: [Double], label: String? = nil, marker: Character? = nil) -> LinePlot {
        line(x: y.indices.map(Double.init), y: y, label: label, marker: marker)
    }

    /// The plot with the points `(x[i], y[i])` as markers.
    public func scatter(x: [Double], y: [Double], label: String? = nil, marker: Character? = nil) -> LinePlot {
        adding(Series(x: x, y: y, label: label, style: .scatter, marker: marker))
    }

    /// The plot with `f` sampled at `samples` evenly spaced x in `range` (evenly in log10 x on a
    /// log x axis) and joined by a line.
    public func function(
        _ label: String? = nil, over range: ClosedRange<Double>, samples: Int = 241, marker: Character? = nil,
        _ f: (Double) -> Double
    ) -> LinePlot {
        precondition(samples >= 2, "a function needs at least 2 samples, got \(samples)")
        let logarithmic = xScale == .log10 && range.lowerBound > 0
        let (low, high) =
            logarithmic ? (log10(range.lowerBound), log10(range.upperBound)) : (range.lowerBound, range.upperBound)
        let xs = (0..<samples).map { i in
            let t = low + (high - low) * Double(i) / Double(samples - 1)
            return logarithmic ? pow(10, t) : t
        }
        return line(x: xs, y: xs.map(f), label: label, marker: marker)
    }

    /// The plot with a reference line across it at height `y`; a `label` puts it in the legend
    /// (drawn `-` in ASCII, `┄` in Unicode), so that the reader knows what the line marks.
    public func horizontalLine(_ y: Double, label: String? = nil) -> LinePlot {
        var copy = self
        copy.horizontalLines.append(ReferenceLine(value: y, label: label))
        return copy
    }

    /// The plot with a reference line up it at `x`; a `label` puts it in the legend (drawn `:`
    /// in ASCII, `┆` in Unicode), so that the reader knows what the line marks.
    public func verticalLine(_ x: Double, label: String? = nil) -> LinePlot {
        var copy = self
        copy.verticalLines.append(ReferenceLine(value: x, label: label))
        return copy
    }

    /// The plot with contour lines of `contour` underneath.
    public func contour(_ contour: Contour) -> LinePlot {
        var copy = self
        copy.contour = contour
        return copy
    }
}

/// A reference line of a `LinePlot`: where it is drawn, and what the legend calls it.
struct ReferenceLine: Sendable {
    /// The y of a horizontal line, the x of a vertical one.
    var value: Double
    /// The legend's name for it; nil leaves it out of the legend.
    var label: String?
}

extension LinePlot {
    /// The plot with `x[i], y[i]` from two 1-D arrays joined by a line.
    public func line(x: NDArray, y: NDArray, label: String? = nil, marker: Character? = nil) -> LinePlot {
        line(x: x.scalars, y: y.scalars, label: label, marker: marker)
    }

    /// The plot with `x[i], y[i]` from two 1-D arrays as markers.
    public func scatter(x: NDArray, y: NDArray, label: String? = nil, marker: Character? = nil) -> LinePlot {
        scatter(x: x.scalars, y: y.scalars, label: label, marker: marker)
    }
}
