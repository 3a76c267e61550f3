import Datasets
import NumSwift

/// What a classifier should have said for each sample of a batch: either one class index per
/// sample, or one row per sample of a (batch, classes) matrix, one-hot or any distribution.
///
/// Every loss accepts both, so a chapter can write the book's `t = [0, 0, 1, 0, …]` as well as
/// the class labels a data set hands out.
public enum Targets: Sendable, Equatable {
    /// The class of every sample, in `0..<classes`.
    case classIndices([Int])
    /// One row of target probabilities per sample (one-hot rows are the usual case).
    case oneHot(NDArray)

    /// The number of samples.
    public var sampleCount: Int {
        switch self {
        case .classIndices(let indices): return indices.count
        case .oneHot(let rows): return rows.rank == 1 ? 1 : rows.shape[0]
        }
    }

    /// The targets as a (samples, classes) matrix of probabilities: one-hot rows for class indices.
    public func matrix(classCount: Int) -> NDArray {
        switch self {
        case .classIndices(let indices):
            return Datasets.oneHot(indices, classCount: classCount)
        case .oneHot(let rows):
            let matrix = rows.rank == 1 ? rows.reshaped([1, rows.count]) : rows
            precondition(
                matrix.rank == 2 && matrix.shape[1] == classCount,
                "one-hot targets of shape \(Shape.describe(rows.shape)) do not match \(classCount) classes")
            return matrix
        }
    }

    /// The class of every sample: the index itself, or the column of each row's largest target.
    public var classes: [Int] {
        switch self {
        case .classIndices(let indices): return indices
        case .oneHot(let rows): return (rows.rank == 1 ? rows.reshaped([1, rows.count]) : rows).argmaxPerRow()
        }
    }
}
