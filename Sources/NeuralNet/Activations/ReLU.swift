import NumSwift

// The rectified linear unit and its leaky variant, with their derivatives. At the kink x = 0 the
// derivative takes the value from the left, as the book's ReLU layer does (its mask is x ≤ 0).

/// The rectified linear unit ReLU(x) = max(0, x).
@inlinable
public func relu(_ x: Double) -> Double { x > 0 ? x : 0 }

/// ReLU element by element.
public func relu(_ x: NDArray) -> NDArray { x.map { relu($0) } }

/// ReLU′(x) = 1 for x > 0, else 0.
@inlinable
public func reluDerivative(_ x: Double) -> Double { x > 0 ? 1 : 0 }

/// ReLU′ element by element.
public func reluDerivative(_ x: NDArray) -> NDArray { x.map { reluDerivative($0) } }

/// The leaky ReLU: x for x > 0, slope · x otherwise, so a negative input still passes a small gradient.
/// The default slope 0.01 is the usual one (Maas, Hannun & Ng 2013).
@inlinable
public func leakyRelu(_ x: Double, slope: Double = 0.01) -> Double { x > 0 ? x : slope * x }

/// The leaky ReLU element by element.
public func leakyRelu(_ x: NDArray, slope: Double = 0.01) -> NDArray { x.map { leakyRelu($0, slope: slope) } }

/// The leaky ReLU's derivative: 1 for x > 0, else the slope.
@inlinable
public func leakyReluDerivative(_ x: Double, slope: Double = 0.01) -> Double { x > 0 ? 1 : slope }

/// The leaky ReLU's derivative element by element.
public func leakyReluDerivative(_ x: NDArray, slope: Double = 0.01) -> NDArray {
    x.map { leakyReluDerivative($0, slope: slope) }
}
