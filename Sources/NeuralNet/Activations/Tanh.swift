import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The derivative of the hyperbolic tangent; tanh itself comes from the C library (scalars) and
// NumSwift (arrays).

/// tanh′(x) = 1 − tanh²(x); at most 1, reached at x = 0.
@inlinable
public func tanhDerivative(_ x: Double) -> Double {
    let t = tanh(x)
    return 1 - t * t
}

/// tanh′ element by element.
public func tanhDerivative(_ x: NDArray) -> NDArray { x.map { tanhDerivative($0) } }
