/// The furniture around a plotting area: title, y-axis label, tick labels on the left,
/// the axis lines with tick marks, tick labels and label under the x axis, and the legend.
///
///          title
///     y
///     1.0 +      body row
///         |      body row
///       0 +------+------+
///         0      5     10
///               x
///     * series   o other
struct Frame {
    var title: String?
    var xLabel: String?
    var yLabel: String?
    /// Rows of the body that carry a y tick, and the tick's label.
    var yTicks: [(row: Int, label: String)] = []
    /// Columns of the body that carry an x tick, and the tick's label.
    var xTicks: [(column: Int, label: String)] = []
    /// Legend entries: a symbol (possibly coloured) and the series' name.
    var legend: [(symbol: String, label: String)] = []
    var charset: Charset

    /// Columns the y tick labels take, so that a plot knows how wide its body may be.
    static func gutter(for labels: [String]) -> Int { labels.map { TextWidth.columns($0) }.max() ?? 0 }

    /// Columns left for the body when every line is at most `width` wide.
    static func bodyColumns(width: Int, gutter: Int) -> Int { Swift.max(1, width - gutter - 2) }

    /// The framed plot. `body` holds the rows of the plotting area, each `columns` wide.
    func render(body: [String], columns: Int, width: Int) -> String {
        let gutter = Frame.gutter(for: yTicks.map(\.label))
        let offset = gutter + 2
        let unicode = charset == .unicode
        var lines: [String] = []
        if let title { lines.append(Frame.centered(title, start: offset, span: columns, width: width)) }
        if let yLabel { lines.append(Frame.truncated(yLabel, to: width)) }
        var labelOfRow: [Int: String] = [:]
        for tick in yTicks where labelOfRow[tick.row] == nil { labelOfRow[tick.row] = tick.label }
        for (row, text) in body.enumerated() {
            let label = labelOfRow[row]
            let axis = label == nil ? (unicode ? "│" : "|") : (unicode ? "┤" : "+")
            lines.append(TextWidth.rightAligned(label ?? "", in: gutter) + " " + axis + text)
        }
        var axisLine = Array(repeating: unicode ? "─" : "-", count: columns)
        for tick in xTicks where tick.column >= 0 && tick.column < columns {
            axisLine[tick.column] = unicode ? "┬" : "+"
        }
        lines.append(String(repeating: " ", count: gutter + 1) + (unicode ? "└" : "+") + axisLine.joined())
        lines.append(xTickLine(offset: offset, width: width))
        if let xLabel { lines.append(Frame.centered(xLabel, start: offset, span: columns, width: width)) }
        lines += legendLines(offset: offset, width: width)
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
    }

    /// The x tick labels, each centred under its tick, dropped where it would touch the previous one.
    private func xTickLine(offset: Int, width: Int) -> String {
        var line = Array(repeating: Character(" "), count: width)
        var free = 0
        for tick in xTicks {
            let label = Array(tick.label)
            guard label.count <= width else { continue }
            let start = Swift.min(Swift.max(offset + tick.column - label.count / 2, 0), width - label.count)
            guard start >= free else { continue }
            line.replaceSubrange(start..<start + label.count, with: label)
            free = start + label.count + 1
        }
        return String(line)
    }

    /// The legend entries in as few lines as fit in `width`, starting under the plotting area.
    private func legendLines(offset: Int, width: Int) -> [String] {
        let entries = legend.map { $0.symbol + " " + $0.label }
        guard !entries.isEmpty else { return [] }
        let indent = entries.map { TextWidth.columns($0) }.max()! + offset <= width ? offset : 0
        var lines: [String] = []
        var current = ""
        for entry in entries {
            let candidate = current.isEmpty ? entry : current + "   " + entry
            if current.isEmpty || indent + TextWidth.columns(candidate) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = entry
            }
        }
        lines.append(current)
        return lines.map { String(repeating: " ", count: indent) + $0 }
    }

    /// `text` centred over `span` columns that start at `start`, cut to `width`.
    static func centered(_ text: String, start: Int, span: Int, width: Int) -> String {
        let length = TextWidth.columns(text)
        let left = Swift.max(0, Swift.min(start + (span - length) / 2, width - length))
        return truncated(String(repeating: " ", count: left) + text, to: width)
    }

    /// `text` cut to at most `width` columns.
    static func truncated(_ text: String, to width: Int) -> String {
        var result = ""
        for character in text {
            if TextWidth.columns(result + String(character)) > width { break }
            result.append(character)
        }
        return result
    }
}
