import NumSwift
import Testing

@testable import Datasets

@Test(arguments: [(10, 3, false), (10, 3, true), (12, 4, false), (12, 4, true), (1437, 100, false), (5, 8, false)])
func anEpochCoversEverySampleOnce(count: Int, batchSize: Int, dropLast: Bool) {
    var generator = SeededGenerator(seed: 42)
    let batches = Sampling.shuffledBatches(count: count, batchSize: batchSize, dropLast: dropLast, using: &generator)
    let full = count / batchSize
    let remainder = count % batchSize
    #expect(batches.count == full + (remainder > 0 && !dropLast ? 1 : 0))
    #expect(batches.dropLast().allSatisfy { $0.count == batchSize })
    let seen = batches.flatMap { $0 }
    #expect(Set(seen).count == seen.count, "an index appears twice")
    #expect(seen.count == (dropLast ? full * batchSize : count))
    #expect(seen.allSatisfy { (0..<count).contains($0) })
}

@Test func theSameSeedGivesTheSameEpochsAndAnotherSeedOthers() {
    var a = SeededGenerator(seed: 7)
    var b = SeededGenerator(seed: 7)
    var c = SeededGenerator(seed: 8)
    let first = Sampling.shuffledBatches(count: 100, batchSize: 10, using: &a)
    #expect(first == Sampling.shuffledBatches(count: 100, batchSize: 10, using: &b))
    #expect(first != Sampling.shuffledBatches(count: 100, batchSize: 10, using: &c))
    // The next epoch is another order.
    #expect(first != Sampling.shuffledBatches(count: 100, batchSize: 10, using: &a))
}

@Test func aShuffledSamplerHandsOutEveryImageOncePerEpoch() throws {
    let train = try loadDataset(.digits).train
    var generator = SeededGenerator(seed: 1)
    var sampler = BatchSampler(.shuffledEpochs, sampleCount: train.count, batchSize: 100)
    #expect(sampler.batchesPerEpoch == 15)
    for _ in 0..<2 {  // two epochs, each a permutation of its own
        var indices: [Int] = []
        for _ in 0..<sampler.batchesPerEpoch {
            let batch = sampler.next(using: &generator)
            #expect(train.batch(batch).features.shape == [batch.count, 64])
            indices += batch
        }
        #expect(indices.sorted() == Array(0..<1442))
    }
    // The batches are those of one permutation per epoch, as `Sampling.shuffledBatches` cuts it.
    var a = SeededGenerator(seed: 9)
    var b = SeededGenerator(seed: 9)
    var again = BatchSampler(.shuffledEpochs, sampleCount: 10, batchSize: 4)
    let epoch = Sampling.shuffledBatches(count: 10, batchSize: 4, using: &a)
    #expect((0..<3).map { _ in again.next(using: &b) } == epoch)
}

@Test func aSamplerWithReplacementDrawsEachBatchAfresh() {
    var a = SeededGenerator(seed: 4)
    var b = SeededGenerator(seed: 4)
    var sampler = BatchSampler(.withReplacement, sampleCount: 50, batchSize: 8)
    #expect(sampler.batchesPerEpoch == 6)  // ⌊50 / 8⌋, the book's iter_per_epoch
    for _ in 0..<5 {
        #expect(sampler.next(using: &a) == Sampling.withReplacement(count: 50, batchSize: 8, using: &b))
    }
}

@Test func orderedBatchesKeepTheDataSetsOrder() {
    #expect(Sampling.orderedBatches(count: 7, batchSize: 3) == [[0, 1, 2], [3, 4, 5], [6]])
    #expect(Sampling.orderedBatches(count: 7, batchSize: 3, dropLast: true) == [[0, 1, 2], [3, 4, 5]])
}

@Test func samplingWithReplacementStaysInRangeAndRepeats() {
    var generator = SeededGenerator(seed: 3)
    let draws = Sampling.withReplacement(count: 10, batchSize: 1000, using: &generator)
    #expect(draws.count == 1000)
    #expect(draws.allSatisfy { (0..<10).contains($0) })
    #expect(Set(draws).count == 10)  // 1000 draws from 10: every index shows up, many repeat
    var again = SeededGenerator(seed: 3)
    #expect(Sampling.withReplacement(count: 10, batchSize: 1000, using: &again) == draws)
}

@Test func trainValidationSplitPartitionsWithTheRoundedSize() {
    var generator = SeededGenerator(seed: 11)
    // 1437 · 0.2 = 287.4 → 287 for validation.
    let split = Sampling.trainValidationSplit(count: 1437, validationFraction: 0.2, using: &generator)
    #expect(split.validation.count == 287)
    #expect(split.train.count == 1150)
    #expect((split.train + split.validation).sorted() == Array(0..<1437))
    #expect(split.train == split.train.sorted())
    var same = SeededGenerator(seed: 11)
    let repeated = Sampling.trainValidationSplit(count: 1437, validationFraction: 0.2, using: &same)
    #expect(repeated.validation == split.validation)
}

@Test func splittingADataSetGivesSubsetsThatBatchTheRightSamples() throws {
    let train = try loadDataset(.digits).train
    var generator = SeededGenerator(seed: 2)
    let (fit, validation) = train.trainValidationSplit(validationFraction: 0.25, using: &generator)
    #expect(fit.count + validation.count == 1442)
    #expect(validation.count == 361)  // 1442 · 0.25 = 360.5, rounded half away from zero
    let position = 5
    let (features, labels) = validation.batch([position])
    let (expected, expectedLabels) = train.batch([validation.indices[position]])
    #expect(features == expected)
    #expect(labels == expectedLabels)
    #expect(validation.labels == validation.indices.map { train.labels[$0] })
}

@Test func kFoldRunsDifferByAtMostOneAndPartitionTheIndices() {
    let folds = Sampling.kFold(count: 10, folds: 3)
    // 10 = 4 + 3 + 3, contiguous.
    #expect(folds.map(\.validation) == [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]])
    #expect(folds[1].train == [0, 1, 2, 3, 7, 8, 9])
    for fold in folds {
        #expect((fold.train + fold.validation).sorted() == Array(0..<10))
    }
}

@Test(arguments: [(100, 5), (1437, 10), (7, 7)])
func shuffledKFoldValidationSetsAreDisjointAndCoverEverything(count: Int, folds: Int) {
    var generator = SeededGenerator(seed: 9)
    let rounds = Sampling.kFold(count: count, folds: folds, using: &generator)
    #expect(rounds.count == folds)
    #expect(rounds.flatMap(\.validation).sorted() == Array(0..<count))
    let sizes = rounds.map(\.validation.count)
    #expect(sizes.max()! - sizes.min()! <= 1)
    for round in rounds {
        #expect(Set(round.train).isDisjoint(with: round.validation))
        #expect(round.train.count + round.validation.count == count)
    }
}
