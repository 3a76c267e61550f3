/// The fraction of predictions equal to the true labels (NaN for no samples, as a mean of nothing).
public func accuracy(predicted: [Int], actual: [Int]) -> Double {
    precondition(
        predicted.count == actual.count,
        "accuracy needs one prediction per label, got \(predicted.count) predictions and \(actual.count) labels")
    let correct = zip(predicted, actual).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
    return Double(correct) / Double(actual.count)
}
