/// Several plots side by side, sharing the width (less the gaps) equally:
/// `HStack(histograms).show()` draws five histograms in one row.
public struct HStack: Plot, Sendable {
    /// The plots, left to right.
    public var plots: [any Plot]
    /// Spaces between neighbouring plots.
    public var gap: Int

    /// The plots side by side with `gap` spaces between them.
    public init(_ plots: [any Plot], gap: Int = 3) {
        self.plots = plots
        self.gap = gap
    }

    /// The plots side by side, each given an equal share of `options.width`.
    public func render(_ options: RenderOptions) -> String {
        guard !plots.isEmpty else { return "" }
        var each = options
        each.width = Swift.max(1, (options.width - gap * (plots.count - 1)) / plots.count)
        return hstack(plots.map { $0.render(each) }, gap: gap)
    }
}

/// Rendered blocks of text side by side, top-aligned, `gap` spaces apart. Shorter blocks are
/// padded with blank lines and narrower lines with spaces, measured in terminal columns (so
/// braille and colour escapes line up); no line ends in a space.
public func hstack(_ blocks: [String], gap: Int = 3) -> String {
    let split = blocks.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    let widths = split.map { lines in lines.map { TextWidth.columns($0) }.max() ?? 0 }
    let height = split.map(\.count).max() ?? 0
    let spacer = String(repeating: " ", count: gap)
    return (0..<height).map { row in
        split.indices.map { block in
            let line = row < split[block].count ? split[block][row] : ""
            return TextWidth.padded(line, to: widths[block])
        }.joined(separator: spacer).trimmingTrailingSpaces()
    }.joined(separator: "\n")
}
