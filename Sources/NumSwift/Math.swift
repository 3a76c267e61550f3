// Elementwise mathematical functions, named as NumPy names them (np.exp, np.log, …).

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// eˣ for every element.
public func exp(_ x: NDArray) -> NDArray { x.map { exp($0) } }
/// The natural logarithm of every element (−inf at 0, NaN below, as in IEEE 754).
public func log(_ x: NDArray) -> NDArray { x.map { log($0) } }
/// The square root of every element.
public func sqrt(_ x: NDArray) -> NDArray { x.map { $0.squareRoot() } }
/// The hyperbolic tangent of every element.
public func tanh(_ x: NDArray) -> NDArray { x.map { tanh($0) } }
/// The absolute value of every element.
public func abs(_ x: NDArray) -> NDArray { x.map { Swift.abs($0) } }
/// Every element raised to `exponent`.
public func pow(_ x: NDArray, _ exponent: Double) -> NDArray {
    if exponent == 2 { return x.map { $0 * $0 } }
    return x.map { pow($0, exponent) }
}
/// The elementwise square, x².
public func square(_ x: NDArray) -> NDArray { x.map { $0 * $0 } }
/// The larger of two arrays, element by element, with broadcasting (NaN propagates, as np.maximum).
public func maximum(_ a: NDArray, _ b: NDArray) -> NDArray {
    NDArray.broadcasting(a, b) { x, y in x.isNaN || y.isNaN ? .nan : Swift.max(x, y) }
}
/// The larger of every element and a number (np.maximum(x, 0) is ReLU).
public func maximum(_ a: NDArray, _ b: Double) -> NDArray {
    a.map { $0.isNaN || b.isNaN ? .nan : Swift.max($0, b) }
}
/// The smaller of two arrays, element by element, with broadcasting (NaN propagates).
public func minimum(_ a: NDArray, _ b: NDArray) -> NDArray {
    NDArray.broadcasting(a, b) { x, y in x.isNaN || y.isNaN ? .nan : Swift.min(x, y) }
}
/// The smaller of every element and a number.
public func minimum(_ a: NDArray, _ b: Double) -> NDArray {
    a.map { $0.isNaN || b.isNaN ? .nan : Swift.min($0, b) }
}
/// Every element limited to [low, high] (np.clip).
public func clip(_ x: NDArray, _ low: Double, _ high: Double) -> NDArray {
    precondition(low <= high, "clip needs low <= high, got \(low) and \(high)")
    return x.map { Swift.min(Swift.max($0, low), high) }
}
