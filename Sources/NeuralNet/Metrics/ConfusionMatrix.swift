/// Counts of (true class, predicted class) pairs: row i, column j is the number of samples of
/// class i predicted as j, so the diagonal holds the correct predictions.
public struct ConfusionMatrix: Sendable, Equatable {
    /// counts[actual][predicted].
    public let counts: [[Int]]

    /// The matrix of `classCount` × `classCount` counts for paired predictions and labels.
    public init(predicted: [Int], actual: [Int], classCount: Int) {
        precondition(
            predicted.count == actual.count,
            "ConfusionMatrix needs one prediction per label, got \(predicted.count) and \(actual.count)")
        var counts = [[Int]](repeating: [Int](repeating: 0, count: classCount), count: classCount)
        for (p, a) in zip(predicted, actual) {
            precondition(
                (0..<classCount).contains(p) && (0..<classCount).contains(a),
                "labels must lie in 0..<\(classCount), got predicted \(p) and actual \(a)")
            counts[a][p] += 1
        }
        self.counts = counts
    }

    /// A matrix from its counts, rows = actual classes; it must be square.
    public init(counts: [[Int]]) {
        precondition(
            counts.allSatisfy { $0.count == counts.count },
            "a confusion matrix must be square, got rows \(counts.map(\.count))")
        self.counts = counts
    }

    /// The number of classes.
    public var classCount: Int { counts.count }

    /// The number of samples counted.
    public var total: Int { counts.joined().reduce(0, +) }

    /// The fraction on the diagonal: the accuracy.
    public var accuracy: Double {
        Double((0..<classCount).reduce(0) { $0 + counts[$1][$1] }) / Double(total)
    }

    /// Samples of `actual` class predicted as `predicted`.
    public subscript(actual: Int, predicted: Int) -> Int { counts[actual][predicted] }
}
