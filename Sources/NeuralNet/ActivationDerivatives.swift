import NumSwift
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The derivative of every activation, as a function of the activation's input x (not its output),
// in a scalar and an array form. Backward passes multiply the upstream gradient by these.
// Where a function has a kink (ReLU, leaky ReLU and step at 0), the derivative at the kink takes
// the value from the left, as the book's ReLU layer does (its mask is x ≤ 0).

/// σ′(x) = σ(x)(1 − σ(x)); at most 1/4, reached at x = 0.
@inlinable
public func sigmoidDerivative(_ x: Double) -> Double {
    let s = sigmoid(x)
    return s * (1 - s)
}

/// σ′ element by element.
public func sigmoidDerivative(_ x: NDArray) -> NDArray { x.map { sigmoidDerivative($0) } }

/// tanh′(x) = 1 − tanh²(x); at most 1, reached at x = 0.
@inlinable
public func tanhDerivative(_ x: Double) -> Double {
    let t = tanh(x)
    return 1 - t * t
}

/// tanh′ element by element.
public func tanhDerivative(_ x: NDArray) -> NDArray { x.map { tanhDerivative($0) } }

/// ReLU′(x) = 1 for x > 0, else 0.
@inlinable
public func reluDerivative(_ x: Double) -> Double { x > 0 ? 1 : 0 }

/// ReLU′ element by element.
public func reluDerivative(_ x: NDArray) -> NDArray { x.map { reluDerivative($0) } }

/// The leaky ReLU's derivative: 1 for x > 0, else the slope.
@inlinable
public func leakyReluDerivative(_ x: Double, slope: Double = 0.01) -> Double { x > 0 ? 1 : slope }

/// The leaky ReLU's derivative element by element.
public func leakyReluDerivative(_ x: NDArray, slope: Double = 0.01) -> NDArray {
    x.map { leakyReluDerivative($0, slope: slope) }
}

/// The step function's derivative: 0 wherever it exists (everywhere but x = 0, where it is taken
/// as 0 too). This is why a network of step units cannot learn by gradient descent.
@inlinable
public func stepDerivative(_ x: Double) -> Double { 0 }

/// The step function's derivative element by element: all zeros.
public func stepDerivative(_ x: NDArray) -> NDArray { NDArray.zeros(like: x) }

/// softplus′(x) = eˣ / (1 + eˣ) = σ(x).
@inlinable
public func softplusDerivative(_ x: Double) -> Double { sigmoid(x) }

/// softplus′ element by element.
public func softplusDerivative(_ x: NDArray) -> NDArray { sigmoid(x) }

/// ELU′(x) = 1 for x > 0, α eˣ otherwise.
@inlinable
public func eluDerivative(_ x: Double, alpha: Double = 1) -> Double { x > 0 ? 1 : alpha * exp(x) }

/// ELU′ element by element.
public func eluDerivative(_ x: NDArray, alpha: Double = 1) -> NDArray { x.map { eluDerivative($0, alpha: alpha) } }

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

/// SiLU′(x) = σ(x)(1 + x(1 − σ(x))).
@inlinable
public func siluDerivative(_ x: Double) -> Double {
    let s = sigmoid(x)
    return s * (1 + x * (1 - s))
}

/// SiLU′ element by element.
public func siluDerivative(_ x: NDArray) -> NDArray { x.map { siluDerivative($0) } }
