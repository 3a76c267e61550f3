// The loops behind broadcasting (Broadcasting.swift states the rule). The shape pairs training
// meets most get a straight loop: equal shapes, a number on either side, a row added to every
// row of a matrix (a bias) and a column (a per-row maximum or sum, kept with `keepDims`). They are
// inlined into each operator, so `operation` compiles to one vector instruction instead of a call
// per element. Everything else walks the output with strides, a stride of 0 standing for an axis
// that is stretched. Every path computes `operation(a[i], b[i])` for the same pairs, so the
// results are the same whichever path runs.

extension NDArray {
    /// The result of `broadcasting(a, b, operation)` by a straight loop, or nil when the shapes
    /// are not one of the common pairs.
    @inlinable @inline(__always)
    static func broadcastingFastPath(
        _ a: NDArray, _ b: NDArray, _ operation: (Double, Double) -> Double
    ) -> NDArray? {
        if a.shape == b.shape {
            return a.combined(with: b, rows: 1, rowLength: a.count) { pa, pb, out, _, j in
                out[j] = operation(pa[j], pb[j])
            }
        }
        let last = a.shape.last ?? 1
        if b.count == 1 && Shape.broadcast(a.shape, b.shape) == a.shape {
            let y = b.scalars[0]
            return NDArray(shape: a.shape, scalars: a.mappedScalars { operation($0, y) })
        }
        if a.count == 1 && Shape.broadcast(a.shape, b.shape) == b.shape {
            let x = a.scalars[0]
            return NDArray(shape: b.shape, scalars: b.mappedScalars { operation(x, $0) })
        }
        if b.isRow(of: a.shape) {
            return a.combined(with: b, rows: a.count / last, rowLength: last) { pa, pb, out, start, j in
                out[start &+ j] = operation(pa[start &+ j], pb[j])
            }
        }
        if b.isColumn(of: a.shape) {
            return a.combined(with: b, rows: a.count / last, rowLength: last) { pa, pb, out, start, j in
                out[start &+ j] = operation(pa[start &+ j], pb[start / last])
            }
        }
        return nil
    }

    /// True when this array has `shape`'s last length and 1 elsewhere: one row for every row.
    @inlinable
    func isRow(of shape: [Int]) -> Bool {
        guard let last = shape.last, last > 0, self.shape.last == last, rank <= shape.count else { return false }
        return count == last
    }

    /// True when this array has `shape` with a last length of 1: one number for every row.
    @inlinable
    func isColumn(of shape: [Int]) -> Bool {
        guard rank == shape.count, rank >= 2, self.shape.last == 1, shape.last.map({ $0 > 0 }) == true else {
            return false
        }
        return self.shape.dropLast() == shape.dropLast()
    }

    /// A new array of this shape from `body(a, b, out, rowStart, j)` for each row and column j.
    @inlinable @inline(__always)
    func combined(
        with other: NDArray, rows: Int, rowLength: Int,
        _ body: (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>, Int, Int)
            ->
            Void
    ) -> NDArray {
        NDArray(
            shape: shape,
            scalars: scalars.withUnsafeBufferPointer { pa in
                other.scalars.withUnsafeBufferPointer { pb in
                    [Double](fresh: pa.count) { out in
                        var start = 0
                        for _ in 0..<rows {
                            for j in 0..<rowLength { body(pa, pb, out, start, j) }
                            start &+= rowLength
                        }
                    }
                }
            })
    }

    /// The general case of `broadcasting`: both operands read through broadcast strides.
    @inlinable
    static func broadcastingStrided(
        _ a: NDArray, _ b: NDArray, _ operation: (Double, Double) -> Double
    ) -> NDArray {
        let shape = Shape.broadcastOrFail(a.shape, b.shape)
        let total = Shape.count(shape)
        let scalars = [Double](fresh: total) { out in
            a.scalars.withUnsafeBufferPointer { pa in
                b.scalars.withUnsafeBufferPointer { pb in
                    broadcastLoop(shape: shape, a: a.shape, b: b.shape) { outIndex, ia, ib in
                        out[outIndex] = operation(pa[ia], pb[ib])
                    }
                }
            }
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

    /// `formBroadcasting`'s loop: `other` is already known to broadcast to this array's shape.
    @inlinable @inline(__always)
    mutating func formBroadcastingLoop(_ other: NDArray, _ operation: (Double, Double) -> Double) {
        let target = shape
        other.scalars.withUnsafeBufferPointer { pb in
            storage.withUnsafeMutableBufferPointer { pa in
                if pb.count == pa.count {
                    for i in 0..<pa.count { pa[i] = operation(pa[i], pb[i]) }
                } else if pb.count == 1 {
                    let y = pb[0]
                    for i in 0..<pa.count { pa[i] = operation(pa[i], y) }
                } else if other.isRow(of: target) {
                    var start = 0
                    while start < pa.count {
                        for j in 0..<pb.count { pa[start &+ j] = operation(pa[start &+ j], pb[j]) }
                        start &+= pb.count
                    }
                } else {
                    NDArray.broadcastLoop(shape: target, a: target, b: other.shape) { _, ia, ib in
                        pa[ia] = operation(pa[ia], pb[ib])
                    }
                }
            }
        }
    }
}
