import Datasets

/// The scores of one setting over the k folds of a cross-validation.
public struct CrossValidationResult: Sendable, Equatable {
    /// The validation score of each fold, in fold order.
    public let scores: [Double]

    /// The mean score over the folds: the estimate of how well the setting generalises.
    public var mean: Double { scores.reduce(0, +) / Double(scores.count) }

    /// The population standard deviation of the scores (np.std): how much the estimate depends
    /// on which samples happened to be held out.
    public var standardDeviation: Double {
        let m = mean
        return (scores.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(scores.count)).squareRoot()
    }
}

/// k-fold cross-validation of one setting: for each fold (from `Sampling.kFold`),
/// `evaluate(train, validation)` trains a fresh model on the training indices and returns its
/// score on the held-out ones.
///
/// Every sample is held out exactly once, so all of a small data set serves both to train and
/// to validate, and the spread of the k scores shows how far a single split could mislead.
public func crossValidate(
    folds: [Sampling.Fold],
    evaluate: (_ train: [Int], _ validation: [Int]) throws -> Double
) rethrows -> CrossValidationResult {
    precondition(folds.count >= 2, "cross-validation needs at least 2 folds, got \(folds.count)")
    return CrossValidationResult(scores: try folds.map { try evaluate($0.train, $0.validation) })
}
