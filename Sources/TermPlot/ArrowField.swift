import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A vector field drawn as one arrow per grid point, pointing the way the vector points
/// (one of eight directions), with the x values under the grid and the y values beside it:
/// the picture of a gradient, or of minus the gradient, "which way is downhill".
///
///     ArrowField(title: "-grad f", x: -2...2, y: -2...2, columns: 9, rows: 9) { x, y in (-2 * x, -2 * y) }
///
/// Arrows show direction only: a vector shorter than `zeroLength` is drawn as a dot (`o` in
/// ASCII, `·` in Unicode). ASCII arrows are `> / ^ \ < / v \` for east, north-east, … south-east;
/// Unicode ones are `→ ↗ ↑ ↖ ← ↙ ↓ ↘`. Rows run from the largest y at the top to the smallest.
public struct ArrowField: Plot, Sendable {
    /// The vector at a point.
    public var vector: @Sendable (Double, Double) -> (dx: Double, dy: Double)
    /// The rectangle the grid spans, ends included.
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>
    /// Grid points across and down (at least 2 each).
    public var columns: Int
    public var rows: Int
    /// The line above the field, and the names of the axes.
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    /// Vectors shorter than this are drawn as a dot.
    public var zeroLength: Double

    /// Arrows for `vector` on a `columns` × `rows` grid over `x` × `y`.
    public init(
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, x: ClosedRange<Double>,
        y: ClosedRange<Double>, columns: Int, rows: Int, zeroLength: Double = 1e-12,
        _ vector: @escaping @Sendable (Double, Double) -> (dx: Double, dy: Double)
    ) {
        precondition(columns >= 2 && rows >= 2, "an arrow field needs at least 2×2 points, got \(columns)×\(rows)")
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.x = x
        self.y = y
        self.columns = columns
        self.rows = rows
        self.zeroLength = zeroLength
        self.vector = vector
    }

    static let asciiArrows: [Character] = [">", "/", "^", "\\", "<", "/", "v", "\\"]
    static let unicodeArrows: [Character] = ["→", "↗", "↑", "↖", "←", "↙", "↓", "↘"]

    /// The arrow for a vector: the nearest of eight directions, counter-clockwise from east.
    static func arrow(_ dx: Double, _ dy: Double, zeroLength: Double, charset: Charset) -> Character {
        let length = (dx * dx + dy * dy).squareRoot()
        guard length.isFinite, length >= zeroLength else { return charset == .unicode ? "·" : "o" }
        let sector = Int((atan2(dy, dx) / (Double.pi / 4)).rounded())
        let index = ((sector % 8) + 8) % 8
        return (charset == .unicode ? unicodeArrows : asciiArrows)[index]
    }

    /// The value of grid point `index` of `count` spread evenly over `range`.
    static func gridValue(_ index: Int, of count: Int, over range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * Double(index) / Double(count - 1)
    }

    /// The field: each row labelled with its y, arrows two columns apart, the x values of the
    /// first, middle and last columns underneath. Only `charset` and `width` (for centring the
    /// title) of the options matter.
    public func render(_ options: RenderOptions) -> String {
        let yValues = (0..<rows).map { ArrowField.gridValue(rows - 1 - $0, of: rows, over: y) }
        let labels = yValues.map { NumberFormat.general($0, significant: 4) }
        let gutter = labels.map(\.count).max() ?? 0
        let unicode = options.charset == .unicode
        let fieldWidth = 2 * columns - 1
        var lines: [String] = []
        if let title {
            lines.append(NumberFormat.pad(title, to: gutter + 2 + (fieldWidth + title.count) / 2))
        }
        if let yLabel { lines.append(yLabel) }
        for (row, value) in yValues.enumerated() {
            let arrows = (0..<columns).map { column -> String in
                let (dx, dy) = vector(ArrowField.gridValue(column, of: columns, over: x), value)
                return String(ArrowField.arrow(dx, dy, zeroLength: zeroLength, charset: options.charset))
            }
            lines.append(
                NumberFormat.pad(labels[row], to: gutter) + (unicode ? " │ " : " | ") + arrows.joined(separator: " "))
        }
        lines.append(
            String(repeating: " ", count: gutter + 1) + (unicode ? "└" : "+")
                + String(repeating: unicode ? "─" : "-", count: fieldWidth + 2))
        // x values of the first, middle and last columns, each centred under its arrow where it fits.
        var axis = Array(repeating: Character(" "), count: gutter + 3 + fieldWidth + 8)
        var free = 0
        for column in Set([0, (columns - 1) / 2, columns - 1]).sorted() {
            let text = Array(NumberFormat.general(ArrowField.gridValue(column, of: columns, over: x), significant: 4))
            let start = Swift.max(gutter + 3 + 2 * column - text.count / 2, free)
            guard start + text.count <= axis.count else { continue }
            axis.replaceSubrange(start..<(start + text.count), with: text)
            free = start + text.count + 1
        }
        lines.append(String(axis))
        if let xLabel { lines.append(NumberFormat.pad(xLabel, to: gutter + 3 + (fieldWidth + xLabel.count) / 2)) }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}
