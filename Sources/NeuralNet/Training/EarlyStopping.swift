/// Early stopping on a validation score: keep the best model seen so far and stop once the score
/// has not improved for `patience` epochs in a row.
///
/// The validation score, not the training loss, decides: the point is to stop when the network
/// starts fitting the training set's noise, which shows as a validation score that stops
/// improving while the training score still does. Training past the best epoch is the price of
/// knowing it was the best, so the model to keep is the best one recorded, not the last.
///
/// Generic over the snapshot: networks here are values, so a snapshot of the whole network
/// (parameters and batch-norm running statistics alike) is just a copy.
public struct EarlyStopping<Snapshot: Sendable>: Sendable {
    /// Whether a higher score (accuracy) or a lower one (loss) is better.
    public enum Goal: Sendable {
        /// Higher is better, e.g. validation accuracy.
        case maximize
        /// Lower is better, e.g. validation loss.
        case minimize
    }

    /// How many epochs without improvement end the run.
    public let patience: Int
    /// The smallest change over the best score that counts as an improvement.
    public let minimumImprovement: Double
    /// Whether higher or lower scores are better.
    public let goal: Goal
    /// The epoch of the best score so far (nil before the first `record`).
    public private(set) var bestEpoch: Int?
    /// The best score so far.
    public private(set) var bestScore: Double?
    /// The snapshot taken at the best epoch.
    public private(set) var best: Snapshot?
    /// Epochs recorded since the last improvement.
    private(set) var epochsWithoutImprovement = 0

    /// A rule stopping after `patience` (≥ 1) epochs without an improvement of more than `minimumImprovement`.
    public init(patience: Int, goal: Goal = .maximize, minimumImprovement: Double = 0) {
        precondition(patience >= 1, "EarlyStopping needs a patience of at least 1 epoch, got \(patience)")
        precondition(minimumImprovement >= 0, "minimumImprovement must be ≥ 0, got \(minimumImprovement)")
        self.patience = patience
        self.goal = goal
        self.minimumImprovement = minimumImprovement
    }

    /// Whether training should stop now.
    public var shouldStop: Bool { epochsWithoutImprovement >= patience }

    /// Records the validation score of `epoch`, taking a snapshot only when it is the best so far;
    /// returns `shouldStop`. A NaN score never counts as an improvement.
    @discardableResult
    public mutating func record(epoch: Int, score: Double, snapshot: @autoclosure () -> Snapshot) -> Bool {
        if isImprovement(score) {
            bestEpoch = epoch
            bestScore = score
            best = snapshot()
            epochsWithoutImprovement = 0
        } else {
            epochsWithoutImprovement += 1
        }
        return shouldStop
    }

    /// Replaces `model` by the best snapshot; leaves it alone if nothing was recorded.
    public func restoreBest(into model: inout Snapshot) {
        if let best { model = best }
    }

    private func isImprovement(_ score: Double) -> Bool {
        guard !score.isNaN else { return false }
        guard let bestScore else { return true }
        switch goal {
        case .maximize: return score > bestScore + minimumImprovement
        case .minimize: return score < bestScore - minimumImprovement
        }
    }
}
