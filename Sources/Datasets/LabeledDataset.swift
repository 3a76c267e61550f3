import NumSwift

/// A labelled data set that hands out mini-batches by sample index.
///
/// Training code asks for batches by index, so a data set may keep its samples in whatever
/// form is cheapest (the image sets keep their pixels as bytes, 8× smaller than `Double`)
/// and convert only the rows a batch needs.
public protocol LabeledDataset: Sendable {
    /// The number of samples.
    var count: Int { get }
    /// The shape of one sample, e.g. `[64]` for a flattened 8×8 image.
    var sampleShape: [Int] { get }
    /// The number of classes; labels lie in `0..<classCount`.
    var classCount: Int { get }
    /// The label of every sample, in order.
    var labels: [Int] { get }
    /// The samples at `indices`, stacked along a new first axis, as an array of shape
    /// `[indices.count] + sampleShape`, with their labels in the same order.
    func batch(_ indices: [Int]) -> (features: NDArray, labels: [Int])
}

extension LabeledDataset {
    /// Every sample, in order, as one array (fine for the small data sets; large ones are batched).
    public func all() -> (features: NDArray, labels: [Int]) {
        batch(Array(0..<count))
    }
}

/// A labelled data set held in memory as a `Double` array: for tests and small examples.
public struct InMemoryDataset: LabeledDataset {
    /// All samples, shape `[count] + sampleShape`.
    public let features: NDArray
    /// The label of every sample.
    public let labels: [Int]
    /// The number of classes.
    public let classCount: Int

    /// A data set from features (first axis: samples) and one label per sample.
    public init(features: NDArray, labels: [Int], classCount: Int) {
        precondition(features.rank >= 1, "features need a first axis of samples, got a scalar")
        precondition(
            features.shape[0] == labels.count,
            "features of shape \(Shape.describe(features.shape)) need \(features.shape[0]) labels, got \(labels.count)")
        precondition(
            labels.allSatisfy { (0..<classCount).contains($0) }, "every label must lie in 0..<\(classCount)")
        self.features = features
        self.labels = labels
        self.classCount = classCount
    }

    /// The number of samples.
    public var count: Int { labels.count }

    /// The shape of one sample.
    public var sampleShape: [Int] { Array(features.shape.dropFirst()) }

    /// The rows at `indices` and their labels.
    public func batch(_ indices: [Int]) -> (features: NDArray, labels: [Int]) {
        (features[rows: indices], indices.map { labels[$0] })
    }
}
