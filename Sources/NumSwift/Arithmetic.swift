// Elementwise arithmetic with NumPy broadcasting: array–array and array–scalar, both orders.

extension NDArray {
    /// Applies `transform` to every element: the shape of every elementwise operation with a
    /// number (`x * 2` is `x.map { $0 * 2 }`) and of the functions in Math.swift.
    @inlinable
    public func map(_ transform: (Double) -> Double) -> NDArray {
        NDArray(shape: shape, scalars: mappedScalars(transform))
    }

    /// Applies `transform` to every element in place.
    @inlinable
    public mutating func formMap(_ transform: (Double) -> Double) {
        formMapLoop(transform)
    }

    /// Elementwise sum with broadcasting.
    public static func + (lhs: NDArray, rhs: NDArray) -> NDArray { broadcasting(lhs, rhs, +) }
    /// Elementwise difference with broadcasting.
    public static func - (lhs: NDArray, rhs: NDArray) -> NDArray { broadcasting(lhs, rhs, -) }
    /// Elementwise product with broadcasting (NumPy's `*`, not the matrix product).
    public static func * (lhs: NDArray, rhs: NDArray) -> NDArray { broadcasting(lhs, rhs, *) }
    /// Elementwise quotient with broadcasting.
    public static func / (lhs: NDArray, rhs: NDArray) -> NDArray { broadcasting(lhs, rhs, /) }

    /// Adds a number to every element.
    public static func + (lhs: NDArray, rhs: Double) -> NDArray { lhs.map { $0 + rhs } }
    /// Subtracts a number from every element.
    public static func - (lhs: NDArray, rhs: Double) -> NDArray { lhs.map { $0 - rhs } }
    /// Multiplies every element by a number.
    public static func * (lhs: NDArray, rhs: Double) -> NDArray { lhs.map { $0 * rhs } }
    /// Divides every element by a number.
    public static func / (lhs: NDArray, rhs: Double) -> NDArray { lhs.map { $0 / rhs } }
    /// Adds every element to a number.
    public static func + (lhs: Double, rhs: NDArray) -> NDArray { rhs.map { lhs + $0 } }
    /// Subtracts every element from a number.
    public static func - (lhs: Double, rhs: NDArray) -> NDArray { rhs.map { lhs - $0 } }
    /// Multiplies a number by every element.
    public static func * (lhs: Double, rhs: NDArray) -> NDArray { rhs.map { lhs * $0 } }
    /// Divides a number by every element.
    public static func / (lhs: Double, rhs: NDArray) -> NDArray { rhs.map { lhs / $0 } }

    /// The elementwise negation.
    public static prefix func - (operand: NDArray) -> NDArray { operand.map { -$0 } }

    /// Adds in place; `rhs` must broadcast to the shape of `lhs`.
    public static func += (lhs: inout NDArray, rhs: NDArray) { lhs.formBroadcasting(rhs, +) }
    /// Subtracts in place; `rhs` must broadcast to the shape of `lhs`.
    public static func -= (lhs: inout NDArray, rhs: NDArray) { lhs.formBroadcasting(rhs, -) }
    /// Multiplies in place; `rhs` must broadcast to the shape of `lhs`.
    public static func *= (lhs: inout NDArray, rhs: NDArray) { lhs.formBroadcasting(rhs, *) }
    /// Divides in place; `rhs` must broadcast to the shape of `lhs`.
    public static func /= (lhs: inout NDArray, rhs: NDArray) { lhs.formBroadcasting(rhs, /) }

    /// Adds a number to every element in place.
    public static func += (lhs: inout NDArray, rhs: Double) { lhs.formMap { $0 + rhs } }
    /// Subtracts a number from every element in place.
    public static func -= (lhs: inout NDArray, rhs: Double) { lhs.formMap { $0 - rhs } }
    /// Multiplies every element by a number in place.
    public static func *= (lhs: inout NDArray, rhs: Double) { lhs.formMap { $0 * rhs } }
    /// Divides every element by a number in place.
    public static func /= (lhs: inout NDArray, rhs: Double) { lhs.formMap { $0 / rhs } }

    /// `self += alpha * x` in one pass without a temporary (BLAS's axpy); shapes must be equal.
    public mutating func add(_ x: NDArray, scaledBy alpha: Double) {
        precondition(
            shape == x.shape,
            "add(_:scaledBy:) needs equal shapes, got \(Shape.describe(shape)) and \(Shape.describe(x.shape))")
        addScaledLoop(x, alpha)
    }
}
