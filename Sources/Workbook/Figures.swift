import TermPlot

/// How a chapter sizes and draws its figures: one value per run, made from `--width`,
/// `--ascii` and `--unicode`.
///
/// Each figure is designed at a width (the widest at `--width`'s default) and a height;
/// `--width N` scales every figure's width by N over that default, so that the chapter's figures
/// keep their proportions to one another.
///
///     let width = Option.width(default: 72)
///     let options = OptionParser(…, options: [width]).parseOrExit()
///     let figures = Figures(options, width: width)
///     LinePlot(title: "loss").line(losses, label: "loss").show(figures, height: 15)    // 72 wide
///     Histogram(values, bins: 12).show(figures, width: 60, height: 8)                 // 60 wide
public struct Figures: Sendable {
    /// The characters the figures are drawn with.
    public let charset: Charset
    /// The width the chapter's widest figure is drawn at (`--width`).
    public let width: Int
    /// The width the chapter's widest figure is designed at (`--width`'s default).
    public let designWidth: Int

    /// Figures drawn with `charset`, the widest `width` columns wide instead of `designWidth`.
    public init(charset: Charset, width: Int, designWidth: Int) {
        precondition(width > 0 && designWidth > 0, "figure widths must be positive, got \(width) and \(designWidth)")
        self.charset = charset
        self.width = width
        self.designWidth = designWidth
    }

    /// The figures of a run: the characters parsed from the command line, the width from the
    /// chapter's `--width` option (declared with `Option.width`).
    public init(_ options: ParsedOptions, width option: Option<Int>) {
        self.init(charset: options.charset, width: options[option], designWidth: option.defaultValue)
    }

    /// The width a figure designed `designedWidth` columns wide is drawn at: itself at the
    /// default `--width`, scaled in proportion otherwise (rounded, at least one column).
    public func scaled(_ designedWidth: Int) -> Int {
        width == designWidth ? designedWidth : Swift.max(1, (designedWidth * width + designWidth / 2) / designWidth)
    }

    /// Render options, without colour, for a figure designed `width` columns wide (nil: the
    /// widest) and `height` rows tall. For figures a chapter renders into text of its own.
    public func options(width: Int? = nil, height: Int) -> RenderOptions {
        RenderOptions(charset: charset, width: scaled(width ?? designWidth), height: height)
    }
}

extension Plot {
    /// Prints the figure at its size in `figures` (designed `width` columns wide, nil: the widest,
    /// and `height` rows tall), for the terminal at hand: colour only on a terminal.
    public func show(_ figures: Figures, width: Int? = nil, height: Int) {
        show(charset: figures.charset, width: figures.scaled(width ?? figures.designWidth), height: height)
    }
}
