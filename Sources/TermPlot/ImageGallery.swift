import NumSwift

/// Several images side by side, each in a frame under its caption (a label, or "3 as 8" for a
/// misclassified digit), drawn by `ImagePlot`: blank at the bottom of `range`, darkest at its top.
///
/// Narrow images (the 8×8 digits) get two characters per pixel, so that pixels look square in
/// a terminal whose cells are about twice as tall as wide; wide ones (MNIST's 28×28) get one,
/// so that several fit in a row. Images wrap onto further rows to stay within the width.
public struct ImageGallery: Plot, Sendable {
    /// The images, in order, each a 2-D array (rows, columns) of one common shape.
    public let images: [NDArray]
    /// The line above each image, one per image.
    public let captions: [String]
    /// The pixel values drawn blank and fully dark.
    public let range: ClosedRange<Double>

    /// Spaces between two images.
    static let gap = 3

    /// The images, each under its caption, shaded over `range` (0...16 for the digits).
    public init(_ images: [NDArray], captions: [String], range: ClosedRange<Double>) {
        precondition(
            captions.count == images.count,
            "a gallery needs one caption per image, \(images.count) in all, got \(captions.count)")
        let shape = images.first?.shape ?? [0, 0]
        precondition(
            shape.count == 2 && images.allSatisfy { $0.shape == shape },
            "a gallery's images must be 2-D arrays of one shape, got \(images.map { Shape.describe($0.shape) })")
        self.images = images
        self.captions = captions
        self.range = range
    }

    /// The images in rows of as many as fit in `options.width`.
    public func render(_ options: RenderOptions) -> String {
        guard let columns = images.first?.shape[1] else { return "" }
        let charactersPerPixel = columns <= 19 ? 2 : 1
        var each = options
        each.width = charactersPerPixel * columns + 2  // and a border on either side
        let perRow = Swift.max(1, (options.width + ImageGallery.gap) / (each.width + ImageGallery.gap))
        let plots = zip(images, captions).map { image, caption in
            ImagePlot(image, range: range, title: caption).render(each)
        }
        return stride(from: 0, to: plots.count, by: perRow).map { start in
            hstack(Array(plots[start..<Swift.min(start + perRow, plots.count)]), gap: ImageGallery.gap)
        }.joined(separator: "\n\n")
    }
}
