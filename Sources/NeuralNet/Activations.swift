import NumSwift
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The classic activation functions every later chapter reuses. Each has a scalar form, written so
// that it cannot overflow, and an array form that applies it element by element. The hyperbolic
// tangent needs no entry here: `tanh(Double)` comes from the C library and `tanh(NDArray)` from NumSwift.

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

/// The rectified linear unit ReLU(x) = max(0, x).
@inlinable
public func relu(_ x: Double) -> Double { x > 0 ? x : 0 }

/// ReLU element by element.
public func relu(_ x: NDArray) -> NDArray { x.map { relu($0) } }

/// The leaky ReLU: x for x > 0, slope · x otherwise, so a negative input still passes a small gradient.
/// The default slope 0.01 is the usual one (Maas, Hannun & Ng 2013).
@inlinable
public func leakyRelu(_ x: Double, slope: Double = 0.01) -> Double { x > 0 ? x : slope * x }

/// The leaky ReLU element by element.
public func leakyRelu(_ x: NDArray, slope: Double = 0.01) -> NDArray { x.map { leakyRelu($0, slope: slope) } }

/// The step function of the perceptron: 1 for x > 0, else 0.
@inlinable
public func step(_ x: Double) -> Double { x > 0 ? 1 : 0 }

/// The step function element by element.
public func step(_ x: NDArray) -> NDArray { x.map { step($0) } }
