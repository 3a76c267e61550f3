import NumSwift

/// A grayscale image (an 8×8 or 28×28 digit, say) drawn through a ramp of characters from
/// light to dark, two characters per pixel so that pixels look square, inside a border.
public struct ImagePlot: Plot, Sendable {
    /// The pixel values, row by row.
    public var pixels: [[Double]]
    /// The values drawn blank and fully dark; nil uses the image's smallest and largest value.
    public var range: ClosedRange<Double>?
    /// The line above the image.
    public var title: String?

    /// The ramps from blank to darkest.
    static let asciiRamp: [Unicode.Scalar] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]
    static let unicodeRamp: [Unicode.Scalar] = [" ", "░", "▒", "▓", "█"]

    /// An image from its rows of pixel values; all rows must have the same length.
    public init(_ pixels: [[Double]], range: ClosedRange<Double>? = nil, title: String? = nil) {
        let width = pixels.first?.count ?? 0
        precondition(pixels.allSatisfy { $0.count == width }, "image rows differ in length: \(pixels.map(\.count))")
        self.pixels = pixels
        self.range = range
        self.title = title
    }

    /// An image from a 2-D array of shape [rows, columns], or a 1-D array of a square image's pixels.
    public init(_ image: NDArray, range: ClosedRange<Double>? = nil, title: String? = nil) {
        var shape = image.shape
        if shape.count == 1 {
            let side = Int(Double(shape[0]).squareRoot().rounded())
            precondition(side * side == shape[0], "a 1-D image must have a square number of pixels, got \(shape[0])")
            shape = [side, side]
        }
        precondition(shape.count == 2, "an image must be 2-D, got shape \(shape)")
        let scalars = image.scalars
        let rows = (0..<shape[0]).map { Array(scalars[$0 * shape[1]..<($0 + 1) * shape[1]]) }
        self.init(rows, range: range, title: title)
    }

    /// The image in its border; one character per pixel when two would not fit in the width.
    public func render(_ options: RenderOptions) -> String {
        let ramp = options.charset == .unicode ? ImagePlot.unicodeRamp : ImagePlot.asciiRamp
        var bounds = Bounds()
        for row in pixels { for value in row { bounds.include(value) } }
        let low = range?.lowerBound ?? bounds.range?.lowerBound ?? 0
        let high = range?.upperBound ?? bounds.range?.upperBound ?? 1
        let columns = pixels.first?.count ?? 0
        // Two characters per pixel when they fit in the width (with the border), else one.
        let repeats = 2 * columns + 2 <= options.width ? 2 : 1
        let (horizontal, vertical, corners): (String, String, [String]) =
            options.charset == .unicode ? ("─", "│", ["┌", "┐", "└", "┘"]) : ("-", "|", ["+", "+", "+", "+"])
        let rule = String(repeating: horizontal, count: columns * repeats)
        var lines: [String] = []
        if let title {
            lines.append(Frame.centered(title, start: 0, span: columns * repeats + 2, width: options.width))
        }
        lines.append(corners[0] + rule + corners[1])
        for row in pixels {
            var text = vertical
            for value in row {
                let fraction = high > low && value.isFinite ? (value - low) / (high - low) : 0
                let step = Int((Swift.min(Swift.max(fraction, 0), 1) * Double(ramp.count - 1)).rounded())
                text += String(repeating: String(ramp[step]), count: repeats)
            }
            lines.append(text + vertical)
        }
        lines.append(corners[2] + rule + corners[3])
        return lines.joined(separator: "\n")
    }
}
