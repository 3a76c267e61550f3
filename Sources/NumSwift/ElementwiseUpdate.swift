// Updating an array in place, element by element: what NumPy writes as `m[...] = f(m, g)` or
// `np.sqrt(x, out=x)`, so that an optimizer's state update reads as its formula and allocates
// nothing.

extension NDArray {
    /// The element at a row-major position, whatever the array's rank (NumPy's `a.flat[i]`).
    ///
    /// `a[flat: i]` walks the elements in the order `scalars` lists them; a numerical gradient
    /// nudges one element at a time this way without caring about the shape.
    public subscript(flat index: Int) -> Double {
        get {
            precondition(
                index >= 0 && index < count, "flat index \(index) is out of bounds for size \(count)")
            return storage[index]
        }
        set {
            precondition(
                index >= 0 && index < count, "flat index \(index) is out of bounds for size \(count)")
            storage[index] = newValue
        }
    }

    /// Replaces every element x by `combine(x, y)`, y the matching element of `other`, which must
    /// broadcast to this array's shape (a scalar, a row, or the same shape).
    ///
    ///     m.update(with: g) { m, g in β₁ * m + (1 − β₁) * g }     // m ← β₁ m + (1 − β₁) g
    ///
    /// One pass and no temporary array: `m = β₁ * m + (1 − β₁) * g` would make three.
    @inlinable
    public mutating func update(with other: NDArray, _ combine: (Double, Double) -> Double) {
        formBroadcasting(other, combine)
    }

    /// Replaces every element x by `combine(x, a, b)` with the matching elements of `a` and `b`,
    /// two arrays of this array's shape: a fused update that reads two other arrays.
    ///
    ///     w.update(with: m, v) { w, m, v in w − η * m / (v.squareRoot() + ε) }
    @inlinable
    public mutating func update(
        with a: NDArray, _ b: NDArray, _ combine: (Double, Double, Double) -> Double
    ) {
        precondition(
            a.shape == shape && b.shape == shape,
            "update(with:_:_:) needs arrays of one shape, got \(Shape.describe(shape)), "
                + "\(Shape.describe(a.shape)) and \(Shape.describe(b.shape))")
        combineLoop(a, b, combine)
    }
}

/// −1, 0 or 1 by the sign of every element (np.sign; NaN stays NaN).
public func sign(_ x: NDArray) -> NDArray {
    x.map { $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0 == 0 ? 0 : .nan)) }
}
