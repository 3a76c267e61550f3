import NumSwift

/// One mini-batch: the samples, their labels, and which samples of the data set they are.
public struct MiniBatch: Sendable {
    /// The samples, shape `[batch size] + sampleShape`.
    public let features: NDArray
    /// The integer label of every sample.
    public let labels: [Int]
    /// The samples' positions in the data set they came from.
    public let indices: [Int]
    /// The number of classes, for the one-hot form.
    public let classCount: Int

    /// The labels as one-hot rows, shape `[batch size, classCount]`.
    public var oneHotLabels: NDArray { oneHot(labels, classCount: classCount) }
}

/// The mini-batches of one pass over a data set, made lazily as they are iterated.
public struct EpochBatches<Dataset: LabeledDataset>: Sequence, Sendable {
    /// The data set the batches come from.
    public let dataset: Dataset
    /// The indices of each batch, in the order they are handed out.
    public let batchIndices: [[Int]]

    /// The number of batches.
    public var count: Int { batchIndices.count }

    /// Hands out the batches in order.
    public struct Iterator: IteratorProtocol {
        let dataset: Dataset
        var remaining: IndexingIterator<[[Int]]>

        /// The next batch, converted from the data set, or nil after the last.
        public mutating func next() -> MiniBatch? {
            guard let indices = remaining.next() else { return nil }
            return dataset.miniBatch(indices)
        }
    }

    /// An iterator over the batches.
    public func makeIterator() -> Iterator {
        Iterator(dataset: dataset, remaining: batchIndices.makeIterator())
    }
}

extension LabeledDataset {
    /// The samples at `indices` as a mini-batch.
    public func miniBatch(_ indices: [Int]) -> MiniBatch {
        let (features, labels) = batch(indices)
        return MiniBatch(features: features, labels: labels, indices: indices, classCount: classCount)
    }

    /// One epoch in a random order: every sample once (the last batch may be short unless
    /// `dropLast`). The order is drawn now, so `generator` advances by the same amount every epoch.
    public func shuffledBatches(
        size: Int, dropLast: Bool = false, using generator: inout SeededGenerator
    ) -> EpochBatches<Self> {
        EpochBatches(
            dataset: self,
            batchIndices: Sampling.shuffledBatches(count: count, batchSize: size, dropLast: dropLast, using: &generator)
        )
    }

    /// Every sample once, in order (for evaluating a network on the whole set batch by batch).
    public func orderedBatches(size: Int) -> EpochBatches<Self> {
        EpochBatches(dataset: self, batchIndices: Sampling.orderedBatches(count: count, batchSize: size))
    }

    /// `size` samples drawn with replacement: the book's `np.random.choice(train_size, batch_size)`.
    public func randomBatch(size: Int, using generator: inout SeededGenerator) -> MiniBatch {
        miniBatch(Sampling.withReplacement(count: count, batchSize: size, using: &generator))
    }
}
