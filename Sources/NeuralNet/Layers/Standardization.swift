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
    ///
    /// The formula in a few lines, for one feature (batch norm) or one sample (layer norm): m values
    /// x_1 … x_m, s = 1/√(σ² + ε), x̂_i = (x_i − μ)·s. Moving one input x_k moves
    ///
    ///     μ      by ∂μ/∂x_k  = 1/m
    ///     σ²     by ∂σ²/∂x_k = (2/m)·(x_k − μ)          (the term through μ sums to 0)
    ///     s      by ∂s/∂σ²   = −s³/2
    ///     x̂_i    by ∂x̂_i/∂x_k = s·([i = k] − 1/m) − (x_i − μ)·(s³/2)·(2/m)·(x_k − μ)
    ///                         = (s/m)·(m·[i = k] − 1 − x̂_i·x̂_k)
    ///
    /// and every x̂_i depends on x_k, so the chain rule sums over i:
    /// ∂L/∂x_k = Σ_i g_i·∂x̂_i/∂x_k = (s/m)·(m·g_k − Σ_i g_i − x̂_k·Σ_i g_i·x̂_i).
    /// The three terms are the three lines below: `dnormalized * m`, `sumG`, `normalized * sumGX`.
    func backward(_ dnormalized: NDArray) -> NDArray {
        let m = Double(normalized.shape[axis])
        let sumG = dnormalized.sum(axis: axis, keepDims: true)
        let sumGX = (dnormalized * normalized).sum(axis: axis, keepDims: true)
        return (dnormalized * m - sumG - normalized * sumGX) * (inverseStandardDeviation / m)
    }
}
