import Datasets
import NeuralNet
import NumSwift
import Testing

/// Three well separated clusters in the plane, `perClass` points each, interleaved by class.
private func blobs(perClass: Int, seed: UInt64) -> InMemoryDataset {
    var generator = SeededGenerator(seed: seed)
    let centres: [(Double, Double)] = [(0, 3), (3, -2), (-3, -2)]
    var points: [[Double]] = []
    var labels: [Int] = []
    for _ in 0..<perClass {
        for (label, centre) in centres.enumerated() {
            points.append([centre.0 + 0.5 * generator.nextNormal(), centre.1 + 0.5 * generator.nextNormal()])
            labels.append(label)
        }
    }
    return InMemoryDataset(features: NDArray(points), labels: labels, classCount: 3)
}

@Test func twoLayerNetLearnsSeparableClusters() {
    var generator = SeededGenerator(seed: 1)
    var network = TwoLayerNet(inputSize: 2, hiddenSize: 10, outputSize: 3, generator: &generator)
    var optimizer = SGD(learningRate: 0.1)
    var events: [String] = []
    let history = train(
        &network, optimizer: &optimizer, on: blobs(perClass: 40, seed: 2), testSet: blobs(perClass: 20, seed: 3),
        configuration: TrainingConfiguration(length: .epochs(20), batchSize: 10), generator: &generator,
        progress: { events.append($0.description) })
    #expect(history.divergence == nil)
    #expect(history.evaluations.count == 20 && events.count == 20)
    #expect(history.iterations == 20 * 12)
    #expect(history.trainAccuracies.last! >= 0.98)
    #expect(history.testAccuracies.last! >= 0.98)
    #expect(history.losses.last! < history.losses.first! / 4)
    #expect(events.first!.hasPrefix("epoch  1/20  iteration 12  loss "))
    #expect(accuracy(of: network, on: blobs(perClass: 20, seed: 3)) == history.testAccuracies.last!)
}

@Test func theSameSeedGivesTheSameRun() {
    func run() -> TrainingHistory {
        var generator = SeededGenerator(seed: 5)
        var network = TwoLayerNet(inputSize: 2, hiddenSize: 5, outputSize: 3, generator: &generator)
        var optimizer = SGD(learningRate: 0.1)
        return train(
            &network, optimizer: &optimizer, on: blobs(perClass: 10, seed: 6),
            configuration: TrainingConfiguration(length: .iterations(7), batchSize: 4, sampling: .withReplacement),
            generator: &generator)
    }
    let first = run()
    #expect(first == run())
    // 30 samples in batches of 4 with replacement: 7 batches an epoch, so one evaluation.
    #expect(first.iterations == 7 && first.evaluations.map(\.iteration) == [7])
}

@Test func aTrailingPartialEpochIsEvaluated() {
    var generator = SeededGenerator(seed: 5)
    var network = TwoLayerNet(inputSize: 2, hiddenSize: 5, outputSize: 3, generator: &generator)
    var optimizer = SGD(learningRate: 0.1)
    // 30 samples, batches of 7: 5 batches an epoch (the last of 2 samples); 12 iterations → epochs 1, 2, 3.
    let history = train(
        &network, optimizer: &optimizer, on: blobs(perClass: 10, seed: 6),
        configuration: TrainingConfiguration(length: .iterations(12), batchSize: 7), generator: &generator)
    #expect(history.evaluations.map(\.iteration) == [5, 10, 12])
    #expect(history.evaluations.map(\.epoch) == [1, 2, 3])
}

@Test func shuffledEpochsVisitEverySampleOnce() {
    var generator = SeededGenerator(seed: 9)
    let batches = Sampling.shuffledBatches(count: 10, batchSize: 4, using: &generator)
    #expect(batches.map(\.count) == [4, 4, 2])
    #expect(batches.joined().sorted() == Array(0..<10))
    #expect(BatchSampling.shuffledEpochs.batchesPerEpoch(sampleCount: 10, batchSize: 4) == 3)
    #expect(BatchSampling.withReplacement.batchesPerEpoch(sampleCount: 10, batchSize: 4) == 2)
    #expect(BatchSampling.withReplacement.batchesPerEpoch(sampleCount: 10, batchSize: 40) == 1)
}

@Test func aHugeLearningRateIsDetectedAsDivergence() throws {
    var generator = SeededGenerator(seed: 1)
    var network = TwoLayerNet(inputSize: 2, hiddenSize: 10, outputSize: 3, weightInitStd: 1, generator: &generator)
    // lr 100 makes every step overshoot by more than the last: the loss grows ~10⁴× an iteration.
    var optimizer = SGD(learningRate: 100)
    var messages: [String] = []
    let history = train(
        &network, optimizer: &optimizer, on: blobs(perClass: 40, seed: 2),
        configuration: TrainingConfiguration(length: .epochs(50), batchSize: 10), generator: &generator,
        progress: { event in if case .diverged = event { messages.append(event.description) } })
    let divergence = try #require(history.divergence)
    #expect(!divergence.loss.isFinite)
    #expect(history.iterations == divergence.iteration)
    #expect(history.losses.dropLast().allSatisfy { $0.isFinite })
    #expect(history.losses[1] > history.losses[0] * 100)
    #expect(messages == [divergence.message])
    #expect(
        divergence.message.hasPrefix("diverged at iteration \(divergence.iteration): loss inf at learning rate 100"))
    #expect(divergence.message.hasSuffix("try a smaller one, e.g. 10"))
    #expect(divergence.message.count <= 100)
}

@Test func earlyStoppingInTheLoopKeepsTheBestValidationEpoch() {
    var generator = SeededGenerator(seed: 3)
    let features = NDArray.randn([60, 4], using: &generator)
    let labels = (0..<60).map { $0 % 3 }  // noise labels: validation accuracy wanders, training can memorise
    let data = InMemoryDataset(features: features, labels: labels, classCount: 3)
    let train = data.subset(Array(0..<40))
    let validation = data.subset(Array(40..<60))
    var network = MultiLayerNet(
        inputSize: 4, hiddenSizes: [20], outputSize: 3, weights: .heNormal, generator: &generator)
    var optimizer = SGD(learningRate: 0.2)
    let history = NeuralNet.train(
        &network, optimizer: &optimizer, on: train, testSet: validation, validationSet: validation,
        configuration: TrainingConfiguration(length: .epochs(60), batchSize: 10, patience: 5), generator: &generator)
    let scores = history.validationAccuracies
    #expect(scores.count == history.evaluations.count)
    let best = scores.indices.first { scores[$0] == scores.max()! }!
    #expect(history.restoredEpoch == best + 1)
    // The run ended `patience` epochs after the best one (or at the last epoch), and the network
    // handed back is the best epoch's: its accuracies are that epoch's.
    #expect(history.evaluations.count == Swift.min(best + 1 + 5, 60))
    #expect(accuracy(of: network, on: validation) == scores[best])
    #expect(accuracy(of: network, on: train) == history.trainAccuracies[best])
}
