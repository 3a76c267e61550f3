import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// softplus, a smooth ReLU, and its derivative.

/// softplus(x) = ln(1 + eˣ), a smooth ReLU, computed as max(x, 0) + ln(1 + e^−|x|):
/// the exponent is never positive, so eˣ never overflows, and `log1p` keeps the digits for large |x|.
@inlinable
public func softplus(_ x: Double) -> Double {
    Swift.max(x, 0) + log1p(exp(-Swift.abs(x)))
}

/// softplus element by element.
public func softplus(_ x: NDArray) -> NDArray { x.map { softplus($0) } }

/// softplus′(x) = eˣ / (1 + eˣ) = σ(x).
@inlinable
public func softplusDerivative(_ x: Double) -> Double { sigmoid(x) }

/// softplus′ element by element.
public func softplusDerivative(_ x: NDArray) -> NDArray { sigmoid(x) }
