import Datasets
import Foundation
import NeuralNet
import NumSwift
import Testing

@testable import ch05_backprop

/// The first `count` images of a data set, as a data set of their own.
private func firstImages(_ count: Int, of images: ImageDataset) -> ImageDataset {
    ImageDataset(
        pixels: Array(images.pixels[0..<(count * images.pixelsPerImage)]), labels: Array(images.labels[0..<count]),
        rows: images.rows, columns: images.columns, maximumPixel: images.maximumPixel, classCount: images.classCount)
}

/// The library's `train` run with the chapter's settings (the chapter checks that its written-out
/// loop gives the same parameters and losses): the network's weights are the seed's first draws.
private func trainTwoLayerNet(
    on data: TrainTestSets, settings: ExperimentSettings, progress: (TrainingEvent) -> Void = { _ in }
) -> (network: TwoLayerNet, history: TrainingHistory) {
    var generator = SeededGenerator(seed: settings.seed)
    var network = settings.makeNetwork(for: data, using: &generator)
    var optimizer = SGD(learningRate: settings.learningRate)
    let history = train(
        &network, optimizer: &optimizer, on: data.train, testSet: data.test, configuration: settings.configuration,
        generator: &generator, progress: progress)
    return (network, history)
}

@Test func theChaptersSettingsLearnASubsetOfTheDigits() throws {
    let digits = try loadDataset(.digits)
    let small = TrainTestSets(
        name: .digits, train: firstImages(300, of: digits.train), test: firstImages(100, of: digits.test)
    ).normalized()
    var settings = ExperimentSettings()
    settings.hiddenSize = 20
    settings.learningRate = 0.5
    settings.length = .epochs(30)
    var epochsHeard: [Int] = []
    let run = trainTwoLayerNet(on: small, settings: settings) { event in
        if case .epochEnded(let evaluation, _) = event { epochsHeard.append(evaluation.epoch) }
    }
    #expect(run.history.divergence == nil)
    #expect(epochsHeard == Array(1...30))
    #expect(run.history.iterations == 30 * 3)  // 300 images in batches of 100
    #expect(run.history.trainAccuracies.last! >= 0.9)
    #expect(run.history.losses.last! < run.history.losses.first! / 3)
}

@Test func theSameSettingsGiveTheSameRun() throws {
    let digits = try loadDataset(.digits)
    let small = TrainTestSets(
        name: .digits, train: firstImages(200, of: digits.train), test: firstImages(50, of: digits.test)
    ).normalized()
    var settings = ExperimentSettings()
    settings.length = .iterations(7)
    let first = trainTwoLayerNet(on: small, settings: settings)
    let second = trainTwoLayerNet(on: small, settings: settings)
    #expect(first.history == second.history)
    #expect(first.network.params == second.network.params)
}

/// A big-endian 32-bit number as four bytes, as IDX headers store it.
private func word(_ value: Int) -> [UInt8] {
    [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) }
}

/// `count` MNIST-format images of 28×28 whose label is where a bright bar lies, and their labels.
private func barImages(count: Int, firstLabel: Int) -> (images: [UInt8], labels: [UInt8]) {
    var pixels: [UInt8] = []
    var labels: [UInt8] = []
    for index in 0..<count {
        let label = (firstLabel + index) % 10
        for row in 0..<28 {
            for column in 0..<28 {
                pixels.append(row / 2 == label + 2 && column >= 4 && column < 24 ? 255 : UInt8((row * column) % 7))
            }
        }
        labels.append(UInt8(label))
    }
    return (word(0x0803) + word(count) + word(28) + word(28) + pixels, word(0x0801) + word(count) + labels)
}

@Test func anMNISTFormatFolderLoadsAndTrainsAFewIterations() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("Ch05-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let train = barImages(count: 250, firstLabel: 0)
    let test = barImages(count: 40, firstLabel: 3)
    for (name, bytes) in [
        (IDXFileNames.trainImages, train.images), (IDXFileNames.trainLabels, train.labels),
        (IDXFileNames.testImages, test.images), (IDXFileNames.testLabels, test.labels),
    ] {
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    let data = try loadDataset(.mnist, dataDirectory: folder).normalized()
    #expect(data.train.count == 250 && data.test.count == 40 && data.train.pixelsPerImage == 784)
    var settings = ExperimentSettings()
    settings.length = .iterations(5)
    #expect(settings.sampling == .withReplacement)
    #expect(settings.iterations(sampleCount: 250) == 5)
    let run = trainTwoLayerNet(on: data, settings: settings)
    #expect(run.network.params["W1"]!.shape == [784, 50])
    #expect(run.history.iterations == 5 && run.history.losses.allSatisfy(\.isFinite))
    // 250 images in batches of 100 with replacement: an "epoch" is 2 batches, so epochs end at 2, 4 and 5.
    #expect(run.history.evaluations.map(\.iteration) == [2, 4, 5])
}

@Test func theChapterNeedsThreeTrainingImagesForItsGradientCheck() throws {
    let digits = try loadDataset(.digits)
    let three = TrainTestSets(name: .digits, train: firstImages(3, of: digits.train), test: digits.test)
    let two = TrainTestSets(name: .digits, train: firstImages(2, of: digits.train), test: digits.test)
    #expect(dataRequirements.shortfalls(of: three).isEmpty)
    #expect(dataRequirements.shortfalls(of: two) == ["at least 3 training images"])
}
