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

/// Hands out the sample indices of one mini-batch after another, the way `sampling` says: the
/// first step of every training iteration.
///
///     var sampler = BatchSampler(.shuffledEpochs, sampleCount: train.count, batchSize: 100)
///     let batch = train.batch(sampler.next(using: &generator))
///
/// With shuffled epochs a new random order is drawn when the last one is used up, so the
/// generator advances by one permutation per epoch; with replacement every batch is a fresh draw.
public struct BatchSampler: Sendable {
    /// Shuffled epochs or draws with replacement.
    public let sampling: BatchSampling
    /// The number of samples to pick from.
    public let sampleCount: Int
    /// Samples per batch.
    public let batchSize: Int
    /// What is left of the current shuffled epoch, next batch last.
    private var remaining: [[Int]] = []

    /// A sampler over `sampleCount` samples (at least 1) in batches of `batchSize` (at least 1).
    public init(_ sampling: BatchSampling, sampleCount: Int, batchSize: Int) {
        precondition(sampleCount > 0, "cannot draw batches from an empty data set")
        precondition(batchSize > 0, "batch size must be positive, got \(batchSize)")
        self.sampling = sampling
        self.sampleCount = sampleCount
        self.batchSize = batchSize
    }

    /// The number of batches that make one epoch.
    public var batchesPerEpoch: Int { sampling.batchesPerEpoch(sampleCount: sampleCount, batchSize: batchSize) }

    /// The indices of the next mini-batch.
    public mutating func next(using generator: inout SeededGenerator) -> [Int] {
        switch sampling {
        case .shuffledEpochs:
            if remaining.isEmpty {
                remaining = Sampling.shuffledBatches(count: sampleCount, batchSize: batchSize, using: &generator)
                    .reversed()
            }
            return remaining.removeLast()
        case .withReplacement:
            return Sampling.withReplacement(count: sampleCount, batchSize: batchSize, using: &generator)
        }
    }
}
