import NumSwift

/// A confusion matrix drawn as a table: how often each true class (row) was predicted as each
/// class (column), with row totals and the accuracy, the fraction on the diagonal. The counting
/// itself is NeuralNet's `ConfusionMatrix`; this type only draws counts.
public struct ConfusionMatrixPlot: Plot, Sendable {
    /// `counts[actual][predicted]`.
    public let counts: [[Int]]
    /// The name of each class.
    public let classLabels: [String]

    /// A matrix from its counts, `counts[actual][predicted]`; square, one row per class.
    public init(counts: [[Int]], classLabels: [String]? = nil) {
        precondition(
            counts.allSatisfy { $0.count == counts.count },
            "a confusion matrix must be square, got rows of lengths \(counts.map(\.count))")
        self.counts = counts
        self.classLabels = classLabels ?? counts.indices.map(String.init)
        precondition(self.classLabels.count == counts.count, "one label per class is needed")
    }

    /// All counted examples.
    public var total: Int { counts.joined().reduce(0, +) }

    /// The examples on the diagonal (predicted as their true class).
    public var correct: Int { counts.indices.reduce(0) { $0 + counts[$1][$1] } }

    /// correct / total (0 when there is nothing counted).
    public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

    /// The matrix as a table (rows: true class, columns: predicted) and the accuracy line.
    public func render(_ options: RenderOptions) -> String {
        var table = Table(headers: ["true\\pred"] + classLabels + ["total"])
        for (index, row) in counts.enumerated() {
            table.append([classLabels[index]] + row.map(String.init) + [String(row.reduce(0, +))])
        }
        let summary = "accuracy: \(NumberFormat.fixed(accuracy, digits: 4)) (\(correct)/\(total))"
        return table.render() + "\n" + summary
    }
}
