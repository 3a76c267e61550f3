/// Everything a plot's `render` depends on, so that rendering is a pure function of the plot
/// and these options: the same plot and options always give the same text.
public struct RenderOptions: Sendable, Equatable {
    /// The characters to draw with.
    public var charset: Charset
    /// Whether ANSI colour escapes may be written.
    public var color: Bool
    /// The widest line a plot may write, in terminal columns.
    public var width: Int
    /// The rows of the plotting area; title, axes, labels and legend come on top of these.
    public var height: Int

    /// Options with the given values; the defaults are plain ASCII, no colour, 60×15.
    public init(charset: Charset = .ascii, color: Bool = false, width: Int = 60, height: Int = 15) {
        precondition(width > 0 && height > 0, "a plot needs a positive size, got \(width)×\(height)")
        self.charset = charset
        self.color = color
        self.width = width
        self.height = height
    }

    /// Plain ASCII, no colour, 60×15: output that reads the same in any file or terminal.
    public static let plain = RenderOptions()
}
