import NumSwift
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Focal loss (Lin et al., 2017) on the softmax of scores z:
/// E = −(α/N) Σₙ Σₖ tₙₖ (1 − pₙₖ)^γ log pₙₖ with p = softmax(z).
///
/// The factor (1 − p)^γ shrinks the loss of samples the network already gets right with
/// confidence, so training attends to the hard ones; γ = 0 and α = 1 give cross-entropy.
/// The paper's α = 0.25 balances the two classes of its binary form; here α is one weight for
/// all classes. With uₖ = α tₖ [γ (1 − pₖ)^(γ−1) pₖ log pₖ − (1 − pₖ)^γ] / N the gradient is
/// ∂E/∂zⱼ = uⱼ − pⱼ Σₖ uₖ. log p comes from log-softmax and 1 − p from −expm1(log p), so
/// neither loses digits when p is close to 0 or 1.
public func focalLoss(logits: NDArray, _ targets: Targets, alpha: Double = 1, gamma: Double = 2) -> LossAndGradient {
    precondition(gamma >= 0, "focalLoss needs γ ≥ 0, got \(gamma)")
    let z = batchOfRows(logits, "focalLoss")
    let t = targets.matrix(classCount: z.shape[1])
    precondition(
        t.shape == z.shape,
        "focalLoss: logits \(Shape.describe(z.shape)) and targets \(Shape.describe(t.shape)) differ")
    let (rows, classes) = (z.shape[0], z.shape[1])
    let batch = Double(rows)
    let logP = logSoftmax(z)
    var total = 0.0
    var gradient = NDArray.zeros(z.shape)
    logP.withUnsafeBufferPointer { pl in
        t.withUnsafeBufferPointer { pt in
            gradient.withUnsafeMutableBufferPointer { pg in
                for row in 0..<rows {
                    let start = row &* classes
                    var uSum = 0.0
                    for k in start..<(start &+ classes) where pt[k] != 0 {
                        let logp = pl[k]
                        let p = exp(logp)
                        let oneMinusP = -expm1(logp)
                        let modulation = pow(oneMinusP, gamma)
                        total -= alpha * pt[k] * modulation * logp
                        // γ (1 − p)^(γ−1) p log p tends to 0 as p → 1 for every γ > 0.
                        let slope = gamma == 0 || oneMinusP == 0 ? 0 : gamma * pow(oneMinusP, gamma - 1) * p * logp
                        let u = alpha * pt[k] * (slope - modulation) / batch
                        pg[k] = u
                        uSum += u
                    }
                    for j in start..<(start &+ classes) { pg[j] -= exp(pl[j]) * uSum }
                }
            }
        }
    }
    return LossAndGradient(value: total / batch, gradient: gradient.reshaped(logits.shape))
}
