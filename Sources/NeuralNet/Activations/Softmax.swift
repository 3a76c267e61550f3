import NumSwift

// Softmax over the last axis, with the overflow guard: subtracting the row maximum c
// changes nothing mathematically, since e^(xᵢ − c) / Σⱼ e^(xⱼ − c) = e^xᵢ / Σⱼ e^xⱼ,
// but keeps every exponent ≤ 0, so e^(xᵢ − c) ≤ 1 never overflows.

/// log Σⱼ e^xⱼ over the last axis, stable: c + log Σⱼ e^(xⱼ − c) with c the maximum.
/// The result has the last axis removed (or kept with length 1 when `keepDims`).
public func logSumExp(_ x: NDArray, keepDims: Bool = false) -> NDArray {
    precondition(x.rank >= 1, "logSumExp needs at least one axis, got shape \(Shape.describe(x.shape))")
    let c = x.max(axis: -1, keepDims: true)
    // A row of −inf has maximum −inf; shifting by it would give NaN, so shift by 0 there instead.
    let shift = c.map { $0.isFinite ? $0 : 0 }
    let result = log(exp(x - shift).sum(axis: -1, keepDims: true)) + shift
    return keepDims ? result : result.reshaped(Array(x.shape.dropLast()))
}

/// softmax(x)ᵢ = e^(xᵢ − c) / Σⱼ e^(xⱼ − c) over the last axis, c the maximum of the row.
/// Every row of the result lies in (0, 1) and sums to 1.
public func softmax(_ x: NDArray) -> NDArray {
    precondition(x.rank >= 1, "softmax needs at least one axis, got shape \(Shape.describe(x.shape))")
    let shifted = exp(x - x.max(axis: -1, keepDims: true))
    return shifted / shifted.sum(axis: -1, keepDims: true)
}

/// log softmax(x)ᵢ = xᵢ − logΣⱼ e^xⱼ over the last axis: finite wherever x is finite,
/// even where softmax itself would round to 0 (so log 0 never happens).
public func logSoftmax(_ x: NDArray) -> NDArray {
    x - logSumExp(x, keepDims: true)
}

/// softmax(x) and log softmax(x) together, equal to `softmax(x)` and `logSoftmax(x)` to the last
/// bit but with one pass of exponentials instead of two: where every row's maximum c is finite,
/// both come from the same e^(x − c) and its row sums, as log softmax(x) = x − (log Σⱼ e^(xⱼ − c) + c).
/// A loss that needs the log-probabilities and a gradient that needs the probabilities
/// (`crossEntropy(logits:_:)`) calls this once.
public func softmaxAndLogSoftmax(_ x: NDArray) -> (probabilities: NDArray, logProbabilities: NDArray) {
    precondition(x.rank >= 1, "softmax needs at least one axis, got shape \(Shape.describe(x.shape))")
    let c = x.max(axis: -1, keepDims: true)
    // An infinite maximum takes another shift in `logSumExp` than in `softmax`: no sharing then.
    guard c.scalars.allSatisfy(\.isFinite) else { return (softmax(x), logSoftmax(x)) }
    let shifted = exp(x - c)
    let sums = shifted.sum(axis: -1, keepDims: true)
    return (shifted / sums, x - (log(sums) + c))
}
