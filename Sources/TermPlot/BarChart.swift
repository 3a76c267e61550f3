import NumSwift

/// A horizontal bar chart: one labelled bar per value, its length proportional to the value,
/// with the value written after it.
///
///     sigmoid |############################ 0.95
///     relu    |############                 0.4
///
/// Bars start at zero; negative values get no bar (their label still shows the value).
public struct BarChart: Plot, Sendable {
    /// The name of each bar.
    public var labels: [String]
    /// The length of each bar.
    public var values: [Double]
    /// The line above the chart.
    public var title: String?
    /// The text after each bar; nil writes each value with 4 significant digits.
    public var valueLabels: [String]?

    /// A chart with one bar per label.
    public init(labels: [String], values: [Double], title: String? = nil, valueLabels: [String]? = nil) {
        precondition(
            labels.count == values.count,
            "a bar chart needs one value per label, got \(labels.count) labels and \(values.count) values")
        precondition(
            valueLabels == nil || valueLabels!.count == values.count, "a bar chart needs one value label per value")
        self.labels = labels
        self.values = values
        self.title = title
        self.valueLabels = valueLabels
    }

    /// The chart: bars scaled so that the longest fills the width left by labels and values.
    public func render(_ options: RenderOptions) -> String {
        let texts = valueLabels ?? values.map { NumberFormat.general($0, significant: 4) }
        let labelWidth = labels.map { TextWidth.columns($0) }.max() ?? 0
        let valueWidth = texts.map { TextWidth.columns($0) }.max() ?? 0
        let barSpace = Swift.max(1, options.width - labelWidth - 3 - valueWidth)
        let longest = values.filter(\.isFinite).max() ?? 0
        let axis = options.charset == .unicode ? "│" : "|"
        var lines: [String] = []
        if let title { lines.append(Frame.centered(title, start: 0, span: options.width, width: options.width)) }
        for (index, value) in values.enumerated() {
            let length = longest > 0 && value.isFinite ? value / longest * Double(barSpace) : 0
            let bar = BarGlyph.horizontal(length: length, charset: options.charset)
            let color = options.color ? ANSIColor.series(index) : nil
            let painted = color?.paint(bar, enabled: true) ?? bar
            let padding = String(repeating: " ", count: Swift.max(0, barSpace - TextWidth.columns(bar)))
            let line =
                TextWidth.padded(labels[index], to: labelWidth) + " " + axis + painted + padding + " " + texts[index]
            lines.append(line.trimmingTrailingSpaces())
        }
        return lines.joined(separator: "\n")
    }
}
