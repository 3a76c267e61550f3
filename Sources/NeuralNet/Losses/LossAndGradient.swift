import NumSwift

/// A loss value together with its gradient with respect to the loss function's input.
///
/// Every loss returns both: the value is what training reports, the gradient is where
/// backpropagation starts. The gradient has the shape of the input it differentiates.
public struct LossAndGradient: Sendable {
    /// The scalar loss, averaged over the batch.
    public let value: Double
    /// ∂loss/∂input, same shape as the input.
    public let gradient: NDArray

    /// A loss value and its gradient.
    public init(value: Double, gradient: NDArray) {
        self.value = value
        self.gradient = gradient
    }
}

/// A 1-D input is one sample: view it as a batch of one row so every loss works on rows.
func batchOfRows(_ x: NDArray, _ function: String) -> NDArray {
    precondition(
        x.rank == 1 || x.rank == 2,
        "\(function) needs a vector or a (batch, classes) matrix, got shape \(Shape.describe(x.shape))")
    return x.rank == 1 ? x.reshaped([1, x.count]) : x
}
