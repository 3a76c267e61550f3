import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Binary cross-entropy of σ(z) for scores (logits) z against targets t in [0, 1], averaged
/// over all elements: E = (1/M) Σ [max(z, 0) − z t + log(1 + e^(−|z|))]; gradient ∂E/∂z = (σ(z) − t) / M.
///
/// Unlike `meanSquaredError` and `crossEntropy`, which sum over one sample's outputs and average
/// over the batch, this averages over every element (as PyTorch's `BCEWithLogitsLoss` does by
/// default): each output is a yes-or-no question of its own, and the mean keeps the loss on the
/// scale of one question however many labels a sample has. With one output per sample the two
/// conventions agree.
///
/// The textbook form −t log σ(z) − (1 − t) log(1 − σ(z)) overflows or takes log 0 once |z| is
/// a few dozen; the form above is the same function rearranged so the exponent is never positive.
/// `targets` has the shape of `logits` (one output per sample, or several independent ones).
public func binaryCrossEntropy(logits: NDArray, targets: NDArray) -> LossAndGradient {
    precondition(
        logits.shape == targets.shape,
        "binaryCrossEntropy: logits \(Shape.describe(logits.shape)) and targets \(Shape.describe(targets.shape)) differ"
    )
    precondition(logits.count > 0, "binaryCrossEntropy needs at least one element")
    let (z, t) = (logits, targets)
    let count = Double(z.count)
    // log(1 + e^(−|z|)) is softplus(−|z|): the exponent is never positive.
    let total = (maximum(z, 0) - z * t + softplus(-abs(z))).sum()
    let gradient = (sigmoid(z) - t) / count
    return LossAndGradient(value: total / count, gradient: gradient)
}
