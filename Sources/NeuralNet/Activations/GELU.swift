import NumSwift

// The Gaussian error linear unit (tanh approximation) and its derivative.

/// √(2/π), the constant inside the tanh approximation of GELU.
@usableFromInline let geluScale = (2 / Double.pi).squareRoot()

/// The cubic coefficient 0.044715 of the tanh approximation of GELU.
@usableFromInline let geluCubic = 0.044715

/// The Gaussian error linear unit in its tanh approximation (Hendrycks & Gimpel 2016, "Gaussian
/// Error Linear Units (GELUs)", arXiv:1606.08415, the form used by BERT and GPT-2):
///
///     GELU(x) ≈ ½ x (1 + tanh(√(2/π) (x + 0.044715 x³)))
///
/// The exact GELU is x Φ(x), Φ the standard normal CDF; the two differ by less than 5e-4.
/// Computed as x σ(2u) with u = √(2/π)(x + 0.044715 x³), since ½(1 + tanh u) = σ(2u), so that
/// the stable sigmoid keeps it finite for large |x|.
@inlinable
public func gelu(_ x: Double) -> Double {
    let u = geluScale * (x + geluCubic * x * x * x)
    return x * sigmoid(2 * u)
}

/// GELU (tanh approximation) element by element.
public func gelu(_ x: NDArray) -> NDArray { x.map { gelu($0) } }

/// The derivative of the tanh-approximated GELU x σ(2u), u = √(2/π)(x + 0.044715 x³):
///
///     GELU′(x) = σ(2u) + x σ(2u)(1 − σ(2u)) · 2√(2/π)(1 + 3 · 0.044715 x²)
///
/// For large |x| the second term is 0 · (large); it is skipped there so that no NaN appears.
@inlinable
public func geluDerivative(_ x: Double) -> Double {
    let u = geluScale * (x + geluCubic * x * x * x)
    let s = sigmoid(2 * u)
    let slope = s * (1 - s)
    guard slope > 0 else { return s }
    let du = geluScale * (1 + 3 * geluCubic * x * x)
    return s + x * slope * 2 * du
}

/// GELU′ element by element.
public func geluDerivative(_ x: NDArray) -> NDArray { x.map { geluDerivative($0) } }
