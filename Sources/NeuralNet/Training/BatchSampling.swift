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
