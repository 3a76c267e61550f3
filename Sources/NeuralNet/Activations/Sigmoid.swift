import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The logistic sigmoid and its derivative, in a scalar form and an array form.

/// The logistic sigmoid σ(x) = 1 / (1 + e⁻ˣ), computed without overflow:
/// for x ≥ 0 as 1 / (1 + e⁻ˣ), for x < 0 as eˣ / (1 + eˣ), so the exponent is never positive.
@inlinable
public func sigmoid(_ x: Double) -> Double {
    if x >= 0 {
        return 1 / (1 + exp(-x))
    }
    let e = exp(x)
    return e / (1 + e)
}

/// σ(x) element by element.
public func sigmoid(_ x: NDArray) -> NDArray { x.map { sigmoid($0) } }

/// σ′(x) = σ(x)(1 − σ(x)); at most 1/4, reached at x = 0.
@inlinable
public func sigmoidDerivative(_ x: Double) -> Double {
    let s = sigmoid(x)
    return s * (1 - s)
}

/// σ′ element by element.
public func sigmoidDerivative(_ x: NDArray) -> NDArray { x.map { sigmoidDerivative($0) } }
