// The loops behind the reductions (Reductions.swift states what each one computes): an axis
// read in place through the buffer, contiguous runs summed in NumPy's pairwise order, and the
// column sums of a matrix added a whole row at a time, which vectorises.

extension NDArray {
    /// `reduce(axis:keepDims:_:)`'s loop: for every (outer, inner) pair, `reduce` reads the
    /// `length` elements along the axis at `base + k · inner`.
    @inlinable
    func reduceLoop(
        outer: Int, length: Int, inner: Int, _ reduce: (_ length: Int, _ element: (Int) -> Double) -> Double
    ) -> [Double] {
        scalars.withUnsafeBufferPointer { p in
            [Double](fresh: outer * inner) { out in
                for o in 0..<outer {
                    for i in 0..<inner {
                        let base = o * length * inner + i
                        out[o * inner + i] = reduce(length) { p[base + $0 * inner] }
                    }
                }
            }
        }
    }

    /// The sum of all elements in NumPy's pairwise order.
    func pairwiseSum() -> Double {
        scalars.withUnsafeBufferPointer { p in
            p.isEmpty ? 0 : PairwiseSum.sum(p.baseAddress!, count: p.count)
        }
    }

    /// The sums of `runs` runs of `length` consecutive elements, each in NumPy's pairwise order.
    func pairwiseSums(runs: Int, length: Int) -> [Double] {
        scalars.withUnsafeBufferPointer { p in
            (0..<runs).map { run in length == 0 ? 0 : PairwiseSum.sum(p.baseAddress! + run &* length, count: length) }
        }
    }

    /// The column sums of a (rows, columns) matrix, each added from the first row to the last.
    func columnSumsLoop(keepDims: Bool) -> NDArray {
        let columns = shape[1]
        var totals = NDArray.zeros(keepDims ? [1, columns] : [columns])
        totals.storage.withUnsafeMutableBufferPointer { out in
            scalars.withUnsafeBufferPointer { p in
                var start = 0
                for _ in 0..<shape[0] {
                    for j in 0..<columns { out[j] += p[start &+ j] }
                    start &+= columns
                }
            }
        }
        return totals
    }
}
