import NumSwift

/// Some of the samples of another data set, by index (a validation split, one fold), without copying them.
public struct DatasetSubset<Base: LabeledDataset>: LabeledDataset {
    /// The data set the samples belong to.
    public let base: Base
    /// The positions in `base` of this subset's samples, in order.
    public let indices: [Int]
    /// The label of every sample of the subset.
    public let labels: [Int]

    /// The samples of `base` at `indices`.
    public init(_ base: Base, indices: [Int]) {
        let baseLabels = base.labels
        precondition(
            indices.allSatisfy { $0 >= 0 && $0 < baseLabels.count },
            "subset indices must lie in 0..<\(baseLabels.count)")
        self.base = base
        self.indices = indices
        self.labels = indices.map { baseLabels[$0] }
    }

    /// The number of samples in the subset.
    public var count: Int { indices.count }
    /// The shape of one sample, as in `base`.
    public var sampleShape: [Int] { base.sampleShape }
    /// The number of classes, as in `base`.
    public var classCount: Int { base.classCount }

    /// The subset's samples at `positions` (positions within the subset).
    public func batch(_ positions: [Int]) -> (features: NDArray, labels: [Int]) {
        base.batch(
            positions.map { position in
                precondition(
                    position >= 0 && position < indices.count, "index \(position) is out of range 0..<\(count)")
                return indices[position]
            })
    }
}

extension LabeledDataset {
    /// The samples at `indices`, as a data set of their own.
    public func subset(_ indices: [Int]) -> DatasetSubset<Self> { DatasetSubset(self, indices: indices) }

    /// A seeded random split into a training part and a validation part of
    /// round(count · validationFraction) samples.
    public func trainValidationSplit(
        validationFraction: Double, using generator: inout SeededGenerator
    ) -> (train: DatasetSubset<Self>, validation: DatasetSubset<Self>) {
        let split = Sampling.trainValidationSplit(
            count: count, validationFraction: validationFraction, using: &generator)
        return (subset(split.train), subset(split.validation))
    }
}
