import NumSwift

/// The book's mean squared error, E = ½ Σₖ (yₖ − tₖ)² per sample, averaged over the batch;
/// gradient ∂E/∂y = (y − t) / N.
///
/// The ½ is the book's convention: it cancels the 2 of the derivative. For the book's example
/// (the right class at 0.6) E = 0.0975. `predictions` is one sample (1-D) or a batch (rows);
/// the gradient has the same shape.
public func meanSquaredError(_ predictions: NDArray, _ targets: Targets) -> LossAndGradient {
    let y = batchOfRows(predictions, "meanSquaredError")
    let t = targets.matrix(classCount: y.shape[1])
    precondition(
        t.shape == y.shape,
        "meanSquaredError: predictions \(Shape.describe(y.shape)) and targets \(Shape.describe(t.shape)) differ")
    let batch = Double(y.shape[0])
    let difference = y - t
    let value = 0.5 * square(difference).sum() / batch
    return LossAndGradient(value: value, gradient: (difference / batch).reshaped(predictions.shape))
}
