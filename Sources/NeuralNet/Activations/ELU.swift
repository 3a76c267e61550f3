import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The exponential linear unit and its derivative.

/// The exponential linear unit (Clevert, Unterthiner & Hochreiter 2015):
/// ELU(x) = x for x > 0, α(eˣ − 1) otherwise; it saturates at −α for very negative x.
/// `expm1` keeps the digits of eˣ − 1 for x near 0.
@inlinable
public func elu(_ x: Double, alpha: Double = 1) -> Double { x > 0 ? x : alpha * expm1(x) }

/// ELU element by element.
public func elu(_ x: NDArray, alpha: Double = 1) -> NDArray { x.map { elu($0, alpha: alpha) } }

/// ELU′(x) = 1 for x > 0, α eˣ otherwise.
@inlinable
public func eluDerivative(_ x: Double, alpha: Double = 1) -> Double { x > 0 ? 1 : alpha * exp(x) }

/// ELU′ element by element.
public func eluDerivative(_ x: NDArray, alpha: Double = 1) -> NDArray { x.map { eluDerivative($0, alpha: alpha) } }
