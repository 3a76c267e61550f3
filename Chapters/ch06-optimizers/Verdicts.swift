import NumSwift

// Sentences computed from numbers must stay true for every number: 0, NaN and infinity included.

/// The end of "the annealed run ends with a final loss …" when a ratio of the two losses would say
/// nothing true (a loss of 0, NaN or infinity); nil when both are positive and finite.
func incomparableLosses(annealed: Double, constant: Double) -> String? {
    let a = NumberFormat.fixed(annealed, digits: 4)
    let c = NumberFormat.fixed(constant, digits: 4)
    if !annealed.isFinite || !constant.isFinite {
        return "of \(a) against the constant one's \(c): a loss that is not a finite number cannot be compared. "
            + "The steps were too large for this run (6.3 shows why); try a smaller --lr."
    }
    if annealed == 0 && constant == 0 {
        return "of 0, as does the constant one: both fit their training batches exactly, which leaves annealing "
            + "nothing to improve."
    }
    if annealed == 0 || constant == 0 {
        let (zero, other) =
            annealed == 0 ? ("the annealed run", "the constant one") : ("the constant run", "the annealed one")
        return "of \(a) against the constant one's \(c): \(zero) fits its training batches exactly and \(other) "
            + "does not, so no ratio of the two is meaningful."
    }
    return nil
}

/// A paragraph for a training run that ended where guessing would (accuracy near 1 / classes) or
/// never improved on its first epoch, saying what to try; nil for a run that learned. It takes the
/// training accuracy of each epoch of a run that did not diverge (a diverged run has its own
/// message); `usualRate` is the rate that suits the optimizer on the digits.
func stalledTrainingVerdict(
    trainAccuracies: [Double], classCount: Int, learningRate: Double, usualRate: Double
) -> String? {
    guard let first = trainAccuracies.first, let last = trainAccuracies.last else { return nil }
    let chance = 1 / Double(Swift.max(classCount, 1))
    let best = trainAccuracies.max() ?? first
    let accuracy = NumberFormat.fixed(last, digits: 4)
    let what: String
    if !(last >= 1.5 * chance) {  // NaN included
        what =
            "This run ended at chance level: a training accuracy of \(accuracy), where guessing one of "
            + "\(classCount) classes gets about \(NumberFormat.fixed(chance, digits: 2))."
    } else if trainAccuracies.count > 2 && best <= first + 0.005 {
        what = "This run stopped improving after its first epoch (training accuracy \(accuracy))."
    } else {
        return nil
    }
    let rate = NumberFormat.general(learningRate)
    let usual = NumberFormat.general(usualRate)
    if learningRate > usualRate {
        return what + " Learning rate \(rate) is far above the \(usual) that suits this optimizer here: its "
            + "steps throw the weights where most ReLU units stay off and learning stops. Try a smaller --lr."
    }
    return what + " Learning rate \(rate) is below the \(usual) that suits this optimizer here: its steps are "
        + "too small to get anywhere in these epochs. Try a larger --lr or more --epochs."
}
