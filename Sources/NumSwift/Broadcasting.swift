extension NDArray {
    /// Combines two arrays element by element after broadcasting them to a common shape.
    ///
    /// Fast paths cover the cases training meets most: equal shapes, a scalar on either side,
    /// and a row vector added to every row of a matrix (a bias). Everything else walks the
    /// output with strides, a stride of 0 standing for an axis that is stretched.
    @inlinable
    public static func broadcasting(
        _ a: NDArray, _ b: NDArray, _ operation: (Double, Double) -> Double
    ) -> NDArray {
        if a.shape == b.shape {
            return NDArray(
                shape: a.shape,
                scalars: a.scalars.withUnsafeBufferPointer { pa in
                    b.scalars.withUnsafeBufferPointer { pb in
                        [Double](unsafeUninitializedCapacity: pa.count) { out, initialized in
                            for i in 0..<pa.count { out[i] = operation(pa[i], pb[i]) }
                            initialized = pa.count
                        }
                    }
                })
        }
        let shape = Shape.broadcastOrFail(a.shape, b.shape)
        let total = Shape.count(shape)
        if b.count == 1 && shape == a.shape {
            let y = b.scalars[0]
            return a.map { operation($0, y) }
        }
        if a.count == 1 && shape == b.shape {
            let x = a.scalars[0]
            return b.map { operation(x, $0) }
        }
        let scalars = [Double](unsafeUninitializedCapacity: total) { out, initialized in
            a.scalars.withUnsafeBufferPointer { pa in
                b.scalars.withUnsafeBufferPointer { pb in
                    broadcastLoop(shape: shape, a: a.shape, b: b.shape) { outIndex, ia, ib in
                        out[outIndex] = operation(pa[ia], pb[ib])
                    }
                }
            }
            initialized = total
        }
        return NDArray(shape: shape, scalars: scalars)
    }

    /// Calls `body(outputIndex, indexInA, indexInB)` for every element of the broadcast shape,
    /// in row-major order of the output.
    @inlinable
    static func broadcastLoop(shape: [Int], a: [Int], b: [Int], _ body: (Int, Int, Int) -> Void) {
        let rank = shape.count
        let total = Shape.count(shape)
        guard total > 0 else { return }
        guard rank > 0 else {
            body(0, 0, 0)
            return
        }
        let stridesA = broadcastStrides(of: a, in: shape)
        let stridesB = broadcastStrides(of: b, in: shape)
        let inner = shape[rank - 1]
        let innerA = stridesA[rank - 1]
        let innerB = stridesB[rank - 1]
        var counter = [Int](repeating: 0, count: rank)
        var offsetA = 0
        var offsetB = 0
        var outIndex = 0
        while outIndex < total {
            var ia = offsetA
            var ib = offsetB
            for _ in 0..<inner {
                body(outIndex, ia, ib)
                outIndex &+= 1
                ia &+= innerA
                ib &+= innerB
            }
            // Advance the odometer over the outer axes.
            var axis = rank - 2
            while axis >= 0 {
                counter[axis] += 1
                offsetA += stridesA[axis]
                offsetB += stridesB[axis]
                if counter[axis] < shape[axis] { break }
                offsetA -= stridesA[axis] * shape[axis]
                offsetB -= stridesB[axis] * shape[axis]
                counter[axis] = 0
                axis -= 1
            }
        }
    }

    /// Strides of `shape` seen through the broadcast shape `target`: 0 on stretched or missing axes.
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

    /// Applies `transform` to every element.
    @inlinable
    public func map(_ transform: (Double) -> Double) -> NDArray {
        NDArray(
            shape: shape,
            scalars: scalars.withUnsafeBufferPointer { p in
                [Double](unsafeUninitializedCapacity: p.count) { out, initialized in
                    for i in 0..<p.count { out[i] = transform(p[i]) }
                    initialized = p.count
                }
            })
    }

    /// Combines `other` into this array in place; `other` must broadcast to this array's shape.
    @inlinable
    public mutating func formBroadcasting(_ other: NDArray, _ operation: (Double, Double) -> Double) {
        let target = shape
        guard let shape = Shape.broadcast(target, other.shape), shape == target else {
            preconditionFailure(
                "non-broadcastable output operand with shape \(Shape.describe(target)) "
                    + "doesn't match the broadcast shape of \(Shape.describe(target)) \(Shape.describe(other.shape))")
        }
        other.scalars.withUnsafeBufferPointer { pb in
            storage.withUnsafeMutableBufferPointer { pa in
                if pb.count == pa.count {
                    for i in 0..<pa.count { pa[i] = operation(pa[i], pb[i]) }
                } else if pb.count == 1 {
                    let y = pb[0]
                    for i in 0..<pa.count { pa[i] = operation(pa[i], y) }
                } else {
                    NDArray.broadcastLoop(shape: target, a: target, b: other.shape) { _, ia, ib in
                        pa[ia] = operation(pa[ia], pb[ib])
                    }
                }
            }
        }
    }
}
