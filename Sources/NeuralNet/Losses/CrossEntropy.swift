import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cross-entropy of predicted probabilities, E = −(1/N) Σₙ Σₖ tₙₖ log yₙₖ;
/// gradient ∂E/∂y = −t / (N y).
///
/// No ε is added inside the logarithm: a probability of exactly 0 on a target class gives an
/// infinite loss, which is the truth about such a prediction (the book's `log(y + 1e-7)` hides it
/// and shifts every value: −log(0.6 + 1e-7) ≠ −log 0.6). Terms with tₙₖ = 0 contribute 0 even
/// where yₙₖ = 0 (the limit of t log y). For training, prefer `crossEntropy(logits:_:)`,
/// which never forms the probabilities. The book's example: the right class at 0.6 gives
/// 0.51082562, at 0.1 gives 2.30258509.
public func crossEntropy(probabilities: NDArray, _ targets: Targets) -> LossAndGradient {
    let y = batchOfRows(probabilities, "crossEntropy")
    let t = targets.matrix(classCount: y.shape[1])
    precondition(
        t.shape == y.shape,
        "crossEntropy: probabilities \(Shape.describe(y.shape)) and targets \(Shape.describe(t.shape)) differ")
    let batch = Double(y.shape[0])
    let target = t .!= 0  // where t = 0 the term t log y is 0, even where y = 0 (log y = −inf)
    let total = -NDArray.where(target, t * log(y), NDArray(0)).sum()
    let gradient = NDArray.where(target, -t / (batch * y), NDArray(0))
    return LossAndGradient(value: total / batch, gradient: gradient.reshaped(probabilities.shape))
}

/// Cross-entropy of the softmax of scores (logits) z, computed through log-softmax:
/// E = −(1/N) Σₙ Σₖ tₙₖ (zₙₖ − log Σⱼ e^zₙⱼ); gradient ∂E/∂z = (softmax(z) − t) / N.
///
/// Why not `log(softmax(z) + 1e-7)` as the book writes: softmax rounds to exactly 0 when a score
/// lies some 745 below the row's largest, and log 0 = −inf; the ε avoids that but caps every loss at
/// −log 1e-7 ≈ 16.1 (so a confidently wrong network looks merely "bad") and biases every value.
/// zₖ − logΣⱼ e^zⱼ is exact and finite for finite scores, with no ε to choose. Combined with the
/// softmax the gradient is the famous (y − t) / N.
public func crossEntropy(logits: NDArray, _ targets: Targets) -> LossAndGradient {
    let z = batchOfRows(logits, "crossEntropy")
    let t = targets.matrix(classCount: z.shape[1])
    precondition(
        t.shape == z.shape,
        "crossEntropy: logits \(Shape.describe(z.shape)) and targets \(Shape.describe(t.shape)) differ")
    let batch = Double(z.shape[0])
    let (probabilities, logProbabilities) = softmaxAndLogSoftmax(z)
    // Only the target entries enter the sum, so −inf · 0 never arises.
    let total = -NDArray.where(t .!= 0, t * logProbabilities, NDArray(0)).sum()
    let gradient = (probabilities - t) / batch
    return LossAndGradient(value: total / batch, gradient: gradient.reshaped(logits.shape))
}
