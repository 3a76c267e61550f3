import NumSwift

/// L = −(1/N) Σₙ Σₖ tₙₖ log softmax(z)ₙₖ, a scalar, for scores z of shape (N, classes);
/// ∂L/∂z = (softmax(z) − t) / N.
///
/// One operation rather than softmax, log, multiply and mean in a row: the pair has that short
/// gradient, and log-softmax never takes the logarithm of a probability rounded to 0
/// (`crossEntropy(logits:_:)`, which `SoftmaxWithLoss` also calls: both give the same numbers).
public func softmaxCrossEntropy(_ scores: Variable, _ targets: Targets) -> Variable {
    let loss = crossEntropy(logits: scores.value, targets)
    let gradient = loss.gradient
    return Variable(NDArray(loss.value), "softmaxCrossEntropy", inputs: [scores]) { g in
        [g.scalar == 1 ? gradient : gradient * g.scalar]
    }
}
