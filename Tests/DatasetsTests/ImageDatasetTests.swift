import NumSwift
import Testing

@testable import Datasets

/// Two 2×2 images with pixels 0, 4, 8, 16 and 16, 12, 2, 0 out of a maximum of 16.
private let tiny = ImageDataset(
    pixels: [0, 4, 8, 16, 16, 12, 2, 0], labels: [3, 1], rows: 2, columns: 2, maximumPixel: 16, classCount: 4)

@Test func batchesScaleToTheUnitIntervalByTheMaximumPixel() {
    let (features, labels) = tiny.batch([1, 0])
    #expect(features.shape == [2, 4])
    #expect(features.scalars == [1, 0.75, 0.125, 0, 0, 0.25, 0.5, 1])
    #expect(labels == [1, 3])
}

@Test func rawScalingKeepsThePixelValues() {
    #expect(tiny.scaled(.raw).batch([0]).features.scalars == [0, 4, 8, 16])
}

@Test func rawImageIsTheUnscaledPixelsAsRowsAndColumns() {
    #expect(tiny.rawImage(1) == NDArray([[16, 12], [2, 0]]))
}

@Test func standardisingUsesTheGivenMeanAndDeviation() {
    // Pixels 0, 4, 8, 16, 16, 12, 2, 0: μ = 58/8 = 7.25, Σx² = 740, σ² = 740/8 − 7.25² = 39.9375.
    let statistics = tiny.pixelStatistics()
    #expect(statistics.mean == 7.25)
    #expect(statistics.standardDeviation == 39.9375.squareRoot())
    let scaled = tiny.scaled(.standardized(PixelStatistics(mean: 4, standardDeviation: 2)))
    #expect(scaled.batch([0]).features.scalars == [-2, 0, 2, 6])
}

@Test func imageLayoutKeepsOneChannelOfRowsAndColumns() {
    let images = tiny.laidOut(.image)
    #expect(images.sampleShape == [1, 2, 2])
    let features = images.batch([0, 1, 0]).features
    #expect(features.shape == [3, 1, 2, 2])
    #expect(features[2, 0, 1, 1] == 1)
}

@Test func repeatedIndicesRepeatSamples() {
    #expect(tiny.batch([1, 1]).labels == [1, 1])
    #expect(tiny.batch([]).features.shape == [0, 4])
}

@Test func normalisedDigitsSpanExactlyZeroToOne() throws {
    let digits = try loadDataset(.digits).normalized()
    for set in [digits.train, digits.test] {
        let all = set.all().features
        #expect(all.shape == [set.count, 64])
        #expect(all.scalars.min() == 0)
        #expect(all.scalars.max() == 1)
    }
}

@Test func standardisedDigitsUseTheTrainingSetStatisticsOnly() throws {
    let digits = try loadDataset(.digits).standardized()
    // NumPy over the training images: mean 4.882173196948682, std 6.018520911287141.
    guard case .standardized(let statistics) = digits.train.scaling else {
        Issue.record("the training set is not standardised")
        return
    }
    #expect(abs(statistics.mean - 4.882173196948682) < 1e-12)
    #expect(abs(statistics.standardDeviation - 6.018520911287141) < 1e-12)
    #expect(digits.test.scaling == digits.train.scaling)
    let train = digits.train.all().features
    #expect(abs(train.mean()) < 1e-12)
    #expect(abs(train.scalars.map { $0 * $0 }.reduce(0, +) / Double(train.count) - 1) < 1e-12)
    // The test set's mean is not forced to zero: 112,346 / 23,040 = 4.876… ≠ 4.886…
    #expect(abs(digits.test.all().features.mean()) > 1e-4)
}

@Test func oneHotPutsASingleOneInTheLabelsColumn() {
    #expect(oneHot([2, 0, 1], classCount: 3) == NDArray([[0, 0, 1], [1, 0, 0], [0, 1, 0]]))
    #expect(oneHot([], classCount: 4).shape == [0, 4])
}

@Test func inMemoryAndImageDataSetsServeTheSameBatches() {
    let memory = InMemoryDataset(features: tiny.all().features, labels: tiny.labels, classCount: 4)
    var a = SeededGenerator(seed: 5)
    var b = SeededGenerator(seed: 5)
    let fromMemory = Sampling.shuffledBatches(count: memory.count, batchSize: 1, using: &a).map {
        memory.batch($0).features
    }
    let fromBytes = Sampling.shuffledBatches(count: tiny.count, batchSize: 1, using: &b).map { tiny.batch($0).features }
    #expect(fromMemory == fromBytes)
}

@Test func consecutiveBatchesEqualGatheredOnes() {
    // Consecutive indices are converted where they lie, others gathered first: same numbers.
    let three = ImageDataset(
        pixels: (0..<12).map { UInt8($0 * 20) }, labels: [0, 1, 2], rows: 2, columns: 2, maximumPixel: 255,
        classCount: 3)
    let consecutive = three.batch([1, 2])
    let gathered = three.batch([2, 1]).features
    #expect(consecutive.features.shape == [2, 4])
    #expect(consecutive.features[row: 0] == gathered[row: 1])
    #expect(consecutive.features[row: 1] == gathered[row: 0])
    #expect(consecutive.features.scalars == (4..<12).map { Double($0 * 20) / 255 })
    #expect(consecutive.labels == [1, 2])
}
