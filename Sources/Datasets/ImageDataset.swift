import NumSwift

/// A labelled set of grey-scale images whose pixels stay bytes until a batch is made.
///
/// A 60,000-image MNIST held as `Double` would take 376 MB; as bytes it takes 47 MB. A batch
/// converts only the rows it needs, through `scaling`, and shapes them by `layout`.
public struct ImageDataset: LabeledDataset {
    /// Every pixel, image after image, each image row-major: `count · rows · columns` bytes.
    public let pixels: [UInt8]
    /// The label of every image.
    public let labels: [Int]
    /// The height of every image.
    public let rows: Int
    /// The width of every image.
    public let columns: Int
    /// The largest value a pixel can take in this data set: 16 for the digits, 255 for MNIST.
    public let maximumPixel: Int
    /// The number of classes; labels lie in `0..<classCount`.
    public let classCount: Int
    /// How batches convert pixels to numbers.
    public var scaling: PixelScaling
    /// How batches shape each image.
    public var layout: SampleLayout

    /// A data set from raw pixels and labels; `pixels` holds `labels.count` images of `rows`×`columns`.
    public init(
        pixels: [UInt8], labels: [Int], rows: Int, columns: Int, maximumPixel: Int, classCount: Int,
        scaling: PixelScaling = .unitInterval, layout: SampleLayout = .flat
    ) {
        precondition(rows > 0 && columns > 0, "images need at least one pixel, got \(rows)×\(columns)")
        precondition(
            pixels.count == labels.count * rows * columns,
            "\(labels.count) images of \(rows)×\(columns) need \(labels.count * rows * columns) pixels, "
                + "got \(pixels.count)")
        precondition((1...255).contains(maximumPixel), "maximumPixel must lie in 1...255, got \(maximumPixel)")
        precondition(labels.allSatisfy { (0..<classCount).contains($0) }, "every label must lie in 0..<\(classCount)")
        self.pixels = pixels
        self.labels = labels
        self.rows = rows
        self.columns = columns
        self.maximumPixel = maximumPixel
        self.classCount = classCount
        self.scaling = scaling
        self.layout = layout
    }

    /// The number of images.
    public var count: Int { labels.count }

    /// The number of pixels in one image.
    public var pixelsPerImage: Int { rows * columns }

    /// `[rows · columns]` when flat, `[1, rows, columns]` as an image.
    public var sampleShape: [Int] { layout == .flat ? [pixelsPerImage] : [1, rows, columns] }

    /// The raw pixels of image `index`, row-major.
    public func image(_ index: Int) -> ArraySlice<UInt8> {
        precondition(index >= 0 && index < count, "image index \(index) is out of range 0..<\(count)")
        return pixels[(index * pixelsPerImage)..<((index + 1) * pixelsPerImage)]
    }

    /// Image `index` as a (rows, columns) array of its unscaled pixel values, in
    /// `0...maximumPixel`: what a plot of the image shades.
    public func rawImage(_ index: Int) -> NDArray {
        NDArray(shape: [rows, columns], scalars: image(index).map(Double.init))
    }

    /// The images at `indices`, converted by `scaling` and shaped `[indices.count] + sampleShape`.
    ///
    /// Consecutive images (an evaluation's batches) are converted where they lie; the images of a
    /// random training batch are first copied into one block, whole images at a time, which reads
    /// memory faster than converting pixel by pixel from all over the data set.
    public func batch(_ indices: [Int]) -> (features: NDArray, labels: [Int]) {
        let size = pixelsPerImage
        let imageCount = count
        for index in indices {
            precondition(index >= 0 && index < imageCount, "index \(index) is out of range 0..<\(imageCount)")
        }
        let first = indices.first ?? 0
        let consecutive = indices.indices.allSatisfy { indices[$0] == first &+ $0 }
        let bytes =
            consecutive ? pixels[(first &* size)..<((first &+ indices.count) &* size)] : gatheredPixels(indices)[...]
        // 256 possible bytes: convert each once, then every pixel is a table look-up.
        let table = (0...255).map { scaling.value(of: UInt8($0), maximum: maximumPixel) }
        return (
            NDArray(shape: [indices.count] + sampleShape, lookingUp: bytes, in: table), indices.map { labels[$0] }
        )
    }

    /// The bytes of the images at `indices`, one image after another.
    private func gatheredPixels(_ indices: [Int]) -> [UInt8] {
        var gathered: [UInt8] = []
        gathered.reserveCapacity(indices.count * pixelsPerImage)
        for index in indices {
            gathered += pixels[(index * pixelsPerImage)..<((index + 1) * pixelsPerImage)]
        }
        return gathered
    }

    /// The mean and standard deviation of all pixels, in raw units.
    public func pixelStatistics() -> PixelStatistics { PixelStatistics(pixels: pixels) }

    /// The same images with another scaling.
    public func scaled(_ scaling: PixelScaling) -> ImageDataset {
        var copy = self
        copy.scaling = scaling
        return copy
    }

    /// The same images with another layout.
    public func laidOut(_ layout: SampleLayout) -> ImageDataset {
        var copy = self
        copy.layout = layout
        return copy
    }
}
