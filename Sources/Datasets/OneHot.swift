import NumSwift

/// Labels as one-hot rows: row i is all zeros except a one in column `labels[i]`,
/// the form the cross-entropy of the book's `one_hot_label=True` compares with.
///
///     oneHot([2, 0], classCount: 3) → [[0, 0, 1], [1, 0, 0]]
public func oneHot(_ labels: [Int], classCount: Int) -> NDArray {
    precondition(classCount > 0, "oneHot needs at least one class, got \(classCount)")
    var scalars = [Double](repeating: 0, count: labels.count * classCount)
    for (row, label) in labels.enumerated() {
        precondition((0..<classCount).contains(label), "label \(label) at index \(row) is outside 0..<\(classCount)")
        scalars[row * classCount + label] = 1
    }
    return NDArray(shape: [labels.count, classCount], scalars: scalars)
}
