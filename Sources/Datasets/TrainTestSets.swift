/// A data set's training and test images, loaded together so that they are prepared together.
public struct TrainTestSets: Sendable {
    /// Which data set these are.
    public let name: DatasetName
    /// The images to learn from (and to take any statistics from).
    public var train: ImageDataset
    /// The held-out images, used only to report how well the learning generalises.
    public var test: ImageDataset

    /// Both sets, from already loaded images.
    public init(name: DatasetName, train: ImageDataset, test: ImageDataset) {
        self.name = name
        self.train = train
        self.test = test
    }

    /// Both sets scaled to [0, 1] by the data set's maximum pixel.
    public func normalized() -> TrainTestSets { scaled(.unitInterval) }

    /// Both sets standardised, (x − μ) / σ, with μ and σ from the training set only, so that
    /// nothing about the test images leaks into the training.
    public func standardized() -> TrainTestSets {
        let statistics = train.pixelStatistics()
        precondition(
            statistics.standardDeviation > 0, "cannot standardise: every training pixel has the same value")
        return scaled(.standardized(statistics))
    }

    /// Both sets with the raw pixel values.
    public func unscaled() -> TrainTestSets { scaled(.raw) }

    /// Both sets with each image as one flat row.
    public func flattened() -> TrainTestSets { laidOut(.flat) }

    private func scaled(_ scaling: PixelScaling) -> TrainTestSets {
        TrainTestSets(name: name, train: train.scaled(scaling), test: test.scaled(scaling))
    }

    private func laidOut(_ layout: SampleLayout) -> TrainTestSets {
        TrainTestSets(name: name, train: train.laidOut(layout), test: test.laidOut(layout))
    }
}
