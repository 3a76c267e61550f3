// Broadcasting, NumPy's rule for combining arrays of different shapes: align the shapes from the
// right; two lengths agree when they are equal or one of them is 1, which then stretches; a
// missing leading axis counts as 1 (`Shape.broadcast`). A (2, 3) matrix and a (3,) row give
// (2, 3): the row is added to both rows. A (2, 3) and a (2,) do not broadcast.

extension NDArray {
    /// Combines two arrays element by element after broadcasting them to a common shape.
    ///
    /// Element i of the result (a multi-index into the broadcast shape) is
    /// `operation(a[i], b[i])`, where an operand is read with every stretched axis held at index 0:
    /// through strides that are 0 on those axes (`broadcastStrides`). The common shape pairs
    /// (equal shapes, a number, a row, a column) take a straight loop instead, which computes the
    /// same pairs (Kernels/BroadcastingLoops.swift).
    @inlinable @inline(__always)
    static func broadcasting(
        _ a: NDArray, _ b: NDArray, _ operation: (Double, Double) -> Double
    ) -> NDArray {
        if let result = broadcastingFastPath(a, b, operation) { return result }
        return broadcastingStrided(a, b, operation)
    }

    /// Strides of `shape` seen through the broadcast shape `target`: 0 on stretched or missing
    /// axes, so that moving along such an axis reads the same element again.
    @usableFromInline
    static func broadcastStrides(of shape: [Int], in target: [Int]) -> [Int] {
        let own = Shape.strides(shape)
        let offset = target.count - shape.count
        return (0..<target.count).map { axis in
            axis < offset || shape[axis - offset] == 1 ? 0 : own[axis - offset]
        }
    }

    /// This array stretched to a larger shape it broadcasts to (NumPy's `broadcast_to`).
    public func broadcast(to target: [Int]) -> NDArray {
        guard let shape = Shape.broadcast(self.shape, target), shape == target else {
            preconditionFailure(
                "cannot broadcast an array of shape \(Shape.describe(self.shape)) to \(Shape.describe(target))")
        }
        if self.shape == target { return self }
        return NDArray.broadcasting(self, NDArray.zeros(target)) { x, _ in x }
    }

    /// Combines `other` into this array in place; `other` must broadcast to this array's shape
    /// (NumPy's `a += b`, which cannot grow `a`).
    @inlinable @inline(__always)
    mutating func formBroadcasting(_ other: NDArray, _ operation: (Double, Double) -> Double) {
        let target = shape
        guard let shape = Shape.broadcast(target, other.shape), shape == target else {
            preconditionFailure(
                "non-broadcastable output operand with shape \(Shape.describe(target)) "
                    + "doesn't match the broadcast shape of \(Shape.describe(target)) \(Shape.describe(other.shape))")
        }
        formBroadcastingLoop(other, operation)
    }
}
