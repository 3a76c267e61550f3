import NumSwift

/// A histogram: how many values fall in each of `bins` equal-width bins over a range, drawn
/// as vertical bars (`#` in ASCII; block elements, to an eighth of a row, in Unicode).
///
/// Binning follows NumPy's `histogram`: bins are half-open `[a, b)` except the last, which
/// also holds the range's upper end; values outside the range and NaN are not counted.
public struct Histogram: Plot, Sendable {
    /// The number of values in each bin.
    public let counts: [Int]
    /// The bin edges, `bins + 1` of them, increasing.
    public let edges: [Double]
    /// The line above the plot and the label under the x axis.
    public var title: String?
    public var xLabel: String?

    /// The histogram of `values` in `bins` bins over `range` (by default from the smallest to
    /// the largest finite value; a single value v gets v−0.5...v+0.5, as in NumPy).
    public init(
        _ values: [Double], bins: Int = 10, range: ClosedRange<Double>? = nil, title: String? = nil,
        xLabel: String? = nil
    ) {
        precondition(bins > 0, "a histogram needs at least one bin, got \(bins)")
        var bounds = Bounds()
        if range == nil { for value in values { bounds.include(value) } }
        var (low, high) =
            range.map { ($0.lowerBound, $0.upperBound) }
            ?? (bounds.range.map { ($0.lowerBound, $0.upperBound) } ?? (0, 1))
        if low == high { (low, high) = (low - 0.5, high + 0.5) }
        precondition(low.isFinite && high.isFinite, "a histogram range must be finite, got \(low)...\(high)")
        var counts = [Int](repeating: 0, count: bins)
        for value in values where value >= low && value <= high {
            let bin = Swift.min(Int((value - low) / (high - low) * Double(bins)), bins - 1)
            counts[bin] += 1
        }
        self.counts = counts
        self.edges = (0...bins).map { low + (high - low) * Double($0) / Double(bins) }
        self.title = title
        self.xLabel = xLabel
    }

    /// The bars over the value axis, with a count axis from 0 on the left.
    public func render(_ options: RenderOptions) -> String {
        let rows = options.height
        let tallest = counts.max() ?? 0
        let yAxis = Axis.make(
            scale: .linear, dataLower: 0, dataUpper: Double(Swift.max(1, tallest)), fixed: nil,
            tickCount: Swift.max(2, rows / 3))
        let gutter = Frame.gutter(for: yAxis.ticks.map(\.label))
        let columns = Frame.bodyColumns(width: options.width, gutter: gutter)
        let xAxis = Axis.make(
            scale: .linear, dataLower: nil, dataUpper: nil, fixed: edges.first!...edges.last!,
            tickCount: Swift.max(2, columns / 10))
        // The bar height of each column, in rows.
        let heights = (0..<columns).map { column -> Double in
            let fraction = columns > 1 ? Double(column) / Double(columns - 1) : 0
            let bin = Swift.min(Int(fraction * Double(counts.count)), counts.count - 1)
            return Double(counts[bin]) / yAxis.upper * Double(rows)
        }
        let color: ANSIColor? = options.color ? .blue : nil
        let body = (0..<rows).map { row in
            var line = StyledLine()
            let level = Double(rows - 1 - row)
            for height in heights {
                line.append(BarGlyph.vertical(fill: height - level, charset: options.charset), color: color)
            }
            return line.finished()
        }
        var frame = Frame(title: title, xLabel: xLabel, yLabel: nil, charset: options.charset)
        frame.yTicks = yAxis.ticks.map { tick in
            (Int((Double(rows - 1) * (1 - tick.position / yAxis.upper)).rounded()), tick.label)
        }
        frame.xTicks = xAxis.ticks.map { (Int(xAxis.pixel($0.position, count: columns).rounded()), $0.label) }
        return frame.render(body: body, columns: columns, width: options.width)
    }
}
