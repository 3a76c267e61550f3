import NumSwift
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The smooth activations of modern networks: softplus, ELU, GELU and SiLU. Like the classic ones,
// each scalar form is finite for every finite input (no overflow at x = ±1000), and each has an
// array form that applies it element by element.

/// softplus(x) = ln(1 + eˣ), a smooth ReLU, computed as max(x, 0) + ln(1 + e^−|x|):
/// the exponent is never positive, so eˣ never overflows, and `log1p` keeps the digits for large |x|.
@inlinable
public func softplus(_ x: Double) -> Double {
    Swift.max(x, 0) + log1p(exp(-Swift.abs(x)))
}

/// softplus element by element.
public func softplus(_ x: NDArray) -> NDArray { x.map { softplus($0) } }

/// The exponential linear unit (Clevert, Unterthiner & Hochreiter 2015):
/// ELU(x) = x for x > 0, α(eˣ − 1) otherwise; it saturates at −α for very negative x.
/// `expm1` keeps the digits of eˣ − 1 for x near 0.
@inlinable
public func elu(_ x: Double, alpha: Double = 1) -> Double { x > 0 ? x : alpha * expm1(x) }

/// ELU element by element.
public func elu(_ x: NDArray, alpha: Double = 1) -> NDArray { x.map { elu($0, alpha: alpha) } }

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

/// The sigmoid linear unit SiLU(x) = x σ(x) (Elfwing, Uchibe & Doya 2017), also called swish
/// (Ramachandran, Zoph & Le 2017, with β = 1).
@inlinable
public func silu(_ x: Double) -> Double { x * sigmoid(x) }

/// SiLU element by element.
public func silu(_ x: NDArray) -> NDArray { x.map { silu($0) } }
