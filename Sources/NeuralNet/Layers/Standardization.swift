import NumSwift

/// Standardisation of a (N, D) batch along one axis, the step batch norm (axis 0: each feature
/// over the batch) and layer norm (axis 1: each sample over its features) share:
/// x̂ = (x − μ) / √(σ² + ε), with μ and σ² the mean and population variance along the axis.
///
/// Its backward pass, for m elements along the axis and g = ∂L/∂x̂, is
/// ∂L/∂x = (1/m) · (1/√(σ² + ε)) · (m·g − Σ g − x̂ · Σ (g ⊙ x̂)), sums along the axis:
/// the two subtracted terms are what flows back through μ and through σ², which depend on every
/// element of the axis. Written out once here, so that the two layers cannot drift apart.
struct Standardization: Sendable {
    /// x̂, the standardised input.
    let normalized: NDArray
    /// 1 / √(σ² + ε) along the axis, kept-dims shape.
    let inverseStandardDeviation: NDArray
    /// The mean μ along the axis, kept-dims shape.
    let mean: NDArray
    /// The population variance σ² along the axis, kept-dims shape.
    let variance: NDArray
    /// The axis the statistics were taken along.
    let axis: Int

    /// Standardises `x` (rank 2) along `axis` with the guard ε > 0 inside the square root.
    init(_ x: NDArray, axis: Int, epsilon: Double) {
        precondition(x.rank == 2, "Standardization expects a (N, D) batch, got \(Shape.describe(x.shape))")
        mean = x.mean(axis: axis, keepDims: true)
        let centred = x - mean
        variance = square(centred).mean(axis: axis, keepDims: true)
        inverseStandardDeviation = 1 / sqrt(variance + epsilon)
        normalized = centred * inverseStandardDeviation
        self.axis = axis
    }

    /// ∂L/∂x from g = ∂L/∂x̂ (see the type's comment for the formula).
    func backward(_ dnormalized: NDArray) -> NDArray {
        let m = Double(normalized.shape[axis])
        let sumG = dnormalized.sum(axis: axis, keepDims: true)
        let sumGX = (dnormalized * normalized).sum(axis: axis, keepDims: true)
        return (dnormalized * m - sumG - normalized * sumGX) * (inverseStandardDeviation / m)
    }
}
