// The loops behind `map`, `formMap`, `add(_:scaledBy:)` and `update(with:_:_:)`: one pass over the element buffer,
// writing into uninitialised memory or in place, so that no bounds check or copy sits in the loop.

extension NDArray {
    /// The elements with `transform` applied to each, in order.
    @inlinable
    func mappedScalars(_ transform: (Double) -> Double) -> [Double] {
        scalars.withUnsafeBufferPointer { p in
            [Double](fresh: p.count) { out in
                for i in 0..<p.count { out[i] = transform(p[i]) }
            }
        }
    }

    /// Replaces every element x by `transform(x)`, in place.
    @inlinable
    mutating func formMapLoop(_ transform: (Double) -> Double) {
        storage.withUnsafeMutableBufferPointer { p in
            for i in 0..<p.count { p[i] = transform(p[i]) }
        }
    }

    /// `self[i] += alpha * x[i]` for every i; the shapes are already known to be equal.
    mutating func addScaledLoop(_ x: NDArray, _ alpha: Double) {
        x.scalars.withUnsafeBufferPointer { px in
            storage.withUnsafeMutableBufferPointer { p in
                for i in 0..<p.count { p[i] += alpha * px[i] }
            }
        }
    }

    /// `self[i] = combine(self[i], a[i], b[i])` for every i; the shapes are already known to be equal.
    @inlinable
    mutating func combineLoop(_ a: NDArray, _ b: NDArray, _ combine: (Double, Double, Double) -> Double) {
        a.scalars.withUnsafeBufferPointer { pa in
            b.scalars.withUnsafeBufferPointer { pb in
                storage.withUnsafeMutableBufferPointer { p in
                    for i in 0..<p.count { p[i] = combine(p[i], pa[i], pb[i]) }
                }
            }
        }
    }
}
