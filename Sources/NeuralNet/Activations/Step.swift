import NumSwift

// The perceptron's step function and its derivative.

/// The step function of the perceptron: 1 for x > 0, else 0.
@inlinable
public func step(_ x: Double) -> Double { x > 0 ? 1 : 0 }

/// The step function element by element.
public func step(_ x: NDArray) -> NDArray { x.map { step($0) } }

/// The step function's derivative: 0 wherever it exists (everywhere but x = 0, where it is taken
/// as 0 too). This is why a network of step units cannot learn by gradient descent.
@inlinable
public func stepDerivative(_ x: Double) -> Double { 0 }

/// The step function's derivative element by element: all zeros.
public func stepDerivative(_ x: NDArray) -> NDArray { NDArray.zeros(like: x) }
