// Which epochs a chapter's training log prints, so the log stays short when a figure shows all.

/// The epochs whose progress line a training log prints: all of them up to 5, otherwise the
/// first, every k-th and the last, with k = ⌈epochs / 5⌉ (about six lines for any length). The
/// chapter's accuracy figure then shows every epoch.
public struct EpochLog: Sendable {
    /// k: every k-th epoch is printed (1: all of them).
    public let every: Int
    /// The number of epochs in the run.
    public let total: Int

    /// The log of a run of `total` epochs.
    public init(total: Int) {
        self.total = total
        every = Swift.max(1, (total + 4) / 5)
    }

    /// True when the progress line of `epoch` (counted from 1) is printed.
    public func shows(_ epoch: Int) -> Bool {
        epoch == 1 || epoch % every == 0 || epoch == total
    }

    /// The line that says which epochs are shown and where the rest are ("… Figure 8.1 shows
    /// them all"), or nil when every epoch is shown.
    public func note(figure: String) -> String? {
        every > 1 ? "(epoch 1, the multiples of \(every) and the last are shown; \(figure) shows them all)" : nil
    }
}
