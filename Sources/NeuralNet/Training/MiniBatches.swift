import NumSwift

/// How a training loop picks the samples of each mini-batch.
public enum BatchSampling: Sendable, Equatable {
    /// Each epoch visits every sample once, in a fresh random order, in ⌈count / batchSize⌉
    /// batches (the last one smaller when batchSize does not divide count).
    case shuffledEpochs
    /// Each batch draws batchSize indices uniformly with replacement, as the book's
    /// `np.random.choice(train_size, batch_size)`; an "epoch" is then max(count / batchSize, 1) batches.
    case withReplacement

    /// The number of batches that make one epoch.
    public func batchesPerEpoch(sampleCount: Int, batchSize: Int) -> Int {
        switch self {
        case .shuffledEpochs: return (sampleCount + batchSize - 1) / batchSize
        case .withReplacement: return Swift.max(sampleCount / batchSize, 1)
        }
    }
}

/// The index lists of mini-batches: the small piece of sampling the trainer needs
/// (kept apart so a data set's own batch iterator can replace it).
public enum MiniBatches {
    /// One epoch's batches: a permutation of 0..<count cut into runs of `batchSize`.
    public static func shuffledEpoch(count: Int, batchSize: Int, using generator: inout SeededGenerator) -> [[Int]] {
        precondition(
            count > 0 && batchSize > 0, "need samples and a positive batch size, got \(count) and \(batchSize)")
        let order = generator.permutation(count)
        return stride(from: 0, to: count, by: batchSize).map { Array(order[$0..<Swift.min($0 + batchSize, count)]) }
    }

    /// `batchSize` indices drawn uniformly from 0..<count with replacement.
    public static func withReplacement(count: Int, batchSize: Int, using generator: inout SeededGenerator) -> [Int] {
        precondition(
            count > 0 && batchSize > 0, "need samples and a positive batch size, got \(count) and \(batchSize)")
        return (0..<batchSize).map { _ in generator.nextInt(below: count) }
    }
}
