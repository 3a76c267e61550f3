import TermPlot

/// A few images of a data set side by side, each in a frame under its label, drawn by
/// TermPlot's `ImagePlot` (blank for 0, darkest for the data set's maximum pixel).
///
/// Narrow images (the 8×8 digits) get two characters per pixel, so that pixels look square in
/// a terminal whose cells are about twice as tall as wide; wide ones (MNIST's 28×28) get one,
/// so that several fit in a row. Images wrap onto further rows to stay within the width.
public struct ImageGallery: Plot {
    /// The data set the images come from.
    public let dataset: ImageDataset
    /// The images to draw, in order.
    public let indices: [Int]
    /// The name of each class, shown instead of the label's number; nil shows the number.
    public let classNames: [String]?
    /// The line above each image, one per index (e.g. "3 as 8" for a misclassified digit);
    /// nil shows the label (its number, or its name from `classNames`).
    public let captions: [String]?

    /// Spaces between two images.
    static let gap = 3

    /// The images of `dataset` at `indices`, labelled by number or by `classNames`,
    /// or captioned by `captions` (one per index).
    public init(_ dataset: ImageDataset, indices: [Int], classNames: [String]? = nil, captions: [String]? = nil) {
        precondition(
            classNames.map { $0.count >= dataset.classCount } ?? true,
            "a gallery needs one name per class, \(dataset.classCount) in all")
        precondition(
            indices.allSatisfy { $0 >= 0 && $0 < dataset.count }, "gallery indices must lie in 0..<\(dataset.count)")
        precondition(
            captions.map { $0.count == indices.count } ?? true,
            "a gallery needs one caption per image, \(indices.count) in all, got \(captions?.count ?? 0)")
        self.dataset = dataset
        self.indices = indices
        self.classNames = classNames
        self.captions = captions
    }

    /// The images in rows of as many as fit in `options.width`.
    public func render(_ options: RenderOptions) -> String {
        let charactersPerPixel = dataset.columns <= 19 ? 2 : 1
        var each = options
        each.width = charactersPerPixel * dataset.columns + 2  // and a border on either side
        let perRow = Swift.max(1, (options.width + ImageGallery.gap) / (each.width + ImageGallery.gap))
        let range = 0...Double(dataset.maximumPixel)
        let plots = indices.enumerated().map { position, index in
            let label = dataset.labels[index]
            let pixels = Array(dataset.image(index)).map(Double.init)
            let rows = (0..<dataset.rows).map { row in
                Array(pixels[(row * dataset.columns)..<((row + 1) * dataset.columns)])
            }
            return ImagePlot(rows, range: range, title: captions?[position] ?? classNames?[label] ?? String(label))
                .render(each)
        }
        return stride(from: 0, to: plots.count, by: perRow).map { start in
            hstack(Array(plots[start..<Swift.min(start + perRow, plots.count)]), gap: ImageGallery.gap)
        }.joined(separator: "\n\n")
    }
}

extension ImageDataset {
    /// The images at `indices` side by side under their labels (see `ImageGallery`).
    public func gallery(
        _ indices: [Int], classNames: [String]? = nil, options: RenderOptions = RenderOptions(width: 80)
    )
        -> String
    {
        ImageGallery(self, indices: indices, classNames: classNames).render(options)
    }
}
