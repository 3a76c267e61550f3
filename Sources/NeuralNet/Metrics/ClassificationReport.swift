/// Precision, recall and F1 of one class, treating it as "positive" and every other class as "negative".
public struct ClassScores: Sendable, Equatable {
    /// TP / (TP + FP): of the samples predicted as this class, the fraction that are.
    public let precision: Double
    /// TP / (TP + FN): of the samples of this class, the fraction found.
    public let recall: Double
    /// 2PR / (P + R), the harmonic mean of precision and recall.
    public let f1: Double
    /// The number of samples of this class (TP + FN).
    public let support: Int
}

/// Per-class precision, recall and F1 from a confusion matrix, with their macro averages
/// (the plain mean over classes, so every class counts the same however rare).
///
/// A ratio with a zero denominator (a class never predicted, or absent) is reported as 0,
/// the convention of scikit-learn's `zero_division=0`: no credit for what was never attempted.
public struct ClassificationReport: Sendable, Equatable {
    /// The scores of class 0, 1, ….
    public let classes: [ClassScores]
    /// The mean of the per-class precisions.
    public let macroPrecision: Double
    /// The mean of the per-class recalls.
    public let macroRecall: Double
    /// The mean of the per-class F1 scores (not the F1 of the macro precision and recall).
    public let macroF1: Double

    /// The report of a confusion matrix (rows actual, columns predicted).
    public init(_ matrix: ConfusionMatrix) {
        let n = matrix.classCount
        classes = (0..<n).map { k in
            let truePositives = matrix[k, k]
            let predictedAsK = (0..<n).reduce(0) { $0 + matrix[$1, k] }
            let actuallyK = matrix.counts[k].reduce(0, +)
            let precision = ratio(truePositives, predictedAsK)
            let recall = ratio(truePositives, actuallyK)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return ClassScores(precision: precision, recall: recall, f1: f1, support: actuallyK)
        }
        let count = Double(max(n, 1))
        macroPrecision = classes.reduce(0) { $0 + $1.precision } / count
        macroRecall = classes.reduce(0) { $0 + $1.recall } / count
        macroF1 = classes.reduce(0) { $0 + $1.f1 } / count
    }
}

private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
    denominator == 0 ? 0 : Double(numerator) / Double(denominator)
}
