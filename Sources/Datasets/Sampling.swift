import NumSwift

/// Which sample indices go where: mini-batches, splits and folds. Pure functions of a count
/// and a seeded generator, so that the same seed always gives the same partition.
public enum Sampling {
    /// One epoch's mini-batches: a random permutation of 0..<count cut into runs of `batchSize`.
    /// Every index appears exactly once, except that `dropLast` discards a final run shorter
    /// than `batchSize` (so that every batch has the same size).
    public static func shuffledBatches(
        count: Int, batchSize: Int, dropLast: Bool = false, using generator: inout SeededGenerator
    ) -> [[Int]] {
        chunks(generator.permutation(count), size: batchSize, dropLast: dropLast)
    }

    /// 0..<count in order, cut into runs of `batchSize` (for evaluation, where order does not matter).
    public static func orderedBatches(count: Int, batchSize: Int, dropLast: Bool = false) -> [[Int]] {
        chunks(Array(0..<count), size: batchSize, dropLast: dropLast)
    }

    /// `batchSize` indices drawn uniformly from 0..<count with replacement: the book's
    /// `np.random.choice(train_size, batch_size)`, where an index can repeat within a batch.
    public static func withReplacement(count: Int, batchSize: Int, using generator: inout SeededGenerator) -> [Int] {
        precondition(count > 0, "cannot sample from an empty data set")
        precondition(batchSize >= 0, "batch size must be non-negative, got \(batchSize)")
        return (0..<batchSize).map { _ in generator.nextInt(below: count) }
    }

    /// A random split of 0..<count: round(count · validationFraction) indices for validation,
    /// the rest for training, each list sorted.
    public static func trainValidationSplit(
        count: Int, validationFraction: Double, using generator: inout SeededGenerator
    ) -> (train: [Int], validation: [Int]) {
        precondition(
            validationFraction >= 0 && validationFraction < 1,
            "the validation fraction must lie in [0, 1), got \(validationFraction)")
        let validationCount = Int((Double(count) * validationFraction).rounded())
        let order = generator.permutation(count)
        return (order[validationCount...].sorted(), order[..<validationCount].sorted())
    }

    /// k-fold cross-validation over 0..<count in order: fold i validates on the i-th of k
    /// contiguous runs and trains on the rest. The first count mod k runs have one index more,
    /// so run lengths differ by at most one (scikit-learn's `KFold` without shuffling).
    public static func kFold(count: Int, folds: Int) -> [Fold] {
        kFold(order: Array(0..<count), folds: folds)
    }

    /// k-fold cross-validation over a random permutation of 0..<count; each list sorted.
    public static func kFold(count: Int, folds: Int, using generator: inout SeededGenerator) -> [Fold] {
        kFold(order: generator.permutation(count), folds: folds)
    }

    /// One round of k-fold cross-validation.
    public struct Fold: Sendable, Equatable {
        /// The indices to train on.
        public let train: [Int]
        /// The indices held out in this round.
        public let validation: [Int]
    }

    private static func kFold(order: [Int], folds: Int) -> [Fold] {
        let count = order.count
        precondition(folds >= 2 && folds <= count, "k-fold needs 2 ≤ folds ≤ \(count) samples, got \(folds) folds")
        var start = 0
        return (0..<folds).map { fold in
            let length = count / folds + (fold < count % folds ? 1 : 0)
            let validation = order[start..<(start + length)]
            let train = order[..<start] + order[(start + length)...]
            start += length
            return Fold(train: train.sorted(), validation: validation.sorted())
        }
    }

    private static func chunks(_ indices: [Int], size: Int, dropLast: Bool) -> [[Int]] {
        precondition(size > 0, "batch size must be positive, got \(size)")
        let end = dropLast ? indices.count - indices.count % size : indices.count
        return stride(from: 0, to: end, by: size).map { Array(indices[$0..<Swift.min($0 + size, end)]) }
    }
}
