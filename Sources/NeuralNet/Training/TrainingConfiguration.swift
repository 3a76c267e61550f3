import Datasets

/// How long to train, and on which batches.
public struct TrainingConfiguration: Sendable {
    /// How long a run lasts.
    public enum Length: Sendable, Equatable {
        /// This many epochs of `BatchSampling.batchesPerEpoch` iterations each.
        case epochs(Int)
        /// This many iterations (parameter updates); the book's chapter 5 runs 10 000.
        case iterations(Int)
    }

    /// Epochs or iterations.
    public var length: Length
    /// Samples per mini-batch (the book's 100).
    public var batchSize: Int
    /// Shuffled epochs or the book's sampling with replacement.
    public var sampling: BatchSampling
    /// Samples per forward pass when measuring accuracy (memory only; results do not depend on it).
    public var evaluationBatchSize: Int
    /// Random label-preserving changes applied to every training batch before its step; nil for none.
    public var augmentation: DigitAugmentation?
    /// Early stopping: end the run once the validation accuracy has not improved for this many
    /// epochs, with the network of the best epoch; nil to train to the end.
    public var patience: Int?

    /// A configuration; by default shuffled epochs and batches of 100.
    public init(
        length: Length, batchSize: Int = 100, sampling: BatchSampling = .shuffledEpochs,
        evaluationBatchSize: Int = 1000,
        augmentation: DigitAugmentation? = nil, patience: Int? = nil
    ) {
        switch length {
        case .epochs(let n), .iterations(let n): precondition(n > 0, "training length must be positive, got \(length)")
        }
        precondition(batchSize > 0, "batchSize must be positive, got \(batchSize)")
        precondition(evaluationBatchSize > 0, "evaluationBatchSize must be positive, got \(evaluationBatchSize)")
        self.length = length
        self.batchSize = batchSize
        self.sampling = sampling
        self.evaluationBatchSize = evaluationBatchSize
        self.augmentation = augmentation
        self.patience = patience
    }
}
