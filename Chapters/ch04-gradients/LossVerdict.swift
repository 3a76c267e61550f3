import NumSwift

/// What the loss did during the training, in one true sentence: it went down (the lesson), rose
/// or became NaN (the steps overshoot), barely moved (the steps are too small), or was 0 all along.
func lossVerdict(from first: Double, to last: Double, learningRate: Double) -> String {
    let rate = NumberFormat.general(learningRate)
    let from = NumberFormat.fixed(first, digits: 4)
    let to = NumberFormat.fixed(last, digits: 4)
    if !last.isFinite || last > first {
        return "The loss did not go down but up, from \(from) to \(to): at learning rate \(rate) each step "
            + "overshoots the minimum it aims for. Try a smaller --lr."
    }
    if first == 0 {
        return "The loss was 0 from the start: these images leave the network nothing to learn."
    }
    if last > 0.99 * first {
        return "The loss barely moved, from \(from) to \(to): at learning rate \(rate) the steps are too "
            + "small to matter. Try a larger --lr or more --epochs."
    }
    return "The loss goes down: the network learns, from nothing but nudging each weight and watching the loss."
}
