// Reductions over the whole array or along one axis, with NumPy's `keepdims`: the axis is
// removed from the shape, or kept with length 1 so that the result broadcasts against the input.

extension NDArray {
    /// Reduces along `axis`: the array is viewed as (outer, length, inner), where outer is the
    /// product of the lengths before the axis and inner of those after it, and `reduce` receives,
    /// for every (outer, inner) pair, a function that reads the `length` elements along the axis:
    /// element k of the run for (o, i) is `scalars[(o · length + k) · inner + i]`.
    @inlinable
    func reduce(
        axis: Int, keepDims: Bool, _ reduce: (_ length: Int, _ element: (Int) -> Double) -> Double
    ) -> NDArray {
        let axis = Shape.normalize(axis: axis, rank: rank)
        let length = shape[axis]
        let outer = Shape.count(Array(shape[..<axis]))
        let inner = Shape.count(Array(shape[(axis + 1)...]))
        var resultShape = shape
        if keepDims { resultShape[axis] = 1 } else { resultShape.remove(at: axis) }
        return NDArray(shape: resultShape, scalars: reduceLoop(outer: outer, length: length, inner: inner, reduce))
    }

    /// The sum of all elements, added in NumPy's pairwise order (Kernels/PairwiseSum.swift), so
    /// that it equals np.sum to the last bit and its rounding error grows like log n rather than n.
    public func sum() -> Double { pairwiseSum() }

    /// The sums along `axis` (np.sum(a, axis=…, keepdims=…)): each element added in order, from
    /// the first along the axis to the last, except along the last axis, where each row is a
    /// contiguous run that NumPy sums pairwise, as `sum()`.
    public func sum(axis: Int, keepDims: Bool = false) -> NDArray {
        if rank == 2 && Shape.normalize(axis: axis, rank: rank) == 0 {
            // Column sums (a bias gradient): the same order, a whole row at a time.
            return columnSumsLoop(keepDims: keepDims)
        }
        let normalized = Shape.normalize(axis: axis, rank: rank)
        if normalized == rank - 1 {
            // Row sums (softmax's denominators), as np.sum(axis=-1) sums them, to the last bit.
            var resultShape = shape
            if keepDims { resultShape[normalized] = 1 } else { resultShape.removeLast() }
            let rows = Shape.count(Array(shape.dropLast()))
            return NDArray(shape: resultShape, scalars: pairwiseSums(runs: rows, length: shape[normalized]))
        }
        return reduce(axis: axis, keepDims: keepDims) { length, element in
            var total = 0.0
            for k in 0..<length { total += element(k) }
            return total
        }
    }

    /// The mean of all elements (NaN for an empty array, as NumPy).
    public func mean() -> Double { sum() / Double(count) }

    /// The means along `axis`.
    public func mean(axis: Int, keepDims: Bool = false) -> NDArray {
        let length = shape[Shape.normalize(axis: axis, rank: rank)]
        return sum(axis: axis, keepDims: keepDims) / Double(length)
    }

    /// The population variance of all elements, mean((x − mean)²) (np.var with ddof 0).
    public func variance() -> Double {
        // As np.var: the squared deviations summed in the same pairwise order as np.sum.
        let m = mean()
        return map { ($0 - m) * ($0 - m) }.sum() / Double(count)
    }

    /// The population variances along `axis`.
    public func variance(axis: Int, keepDims: Bool = false) -> NDArray {
        let centred = self - mean(axis: axis, keepDims: true)
        return (centred * centred).mean(axis: axis, keepDims: keepDims)
    }

    /// The population standard deviation of all elements (np.std).
    public func standardDeviation() -> Double { variance().squareRoot() }

    /// The population standard deviations along `axis`.
    public func standardDeviation(axis: Int, keepDims: Bool = false) -> NDArray {
        sqrt(variance(axis: axis, keepDims: keepDims))
    }

    /// The largest element (NaN if any element is NaN, as np.max).
    public func max() -> Double {
        precondition(count > 0, "zero-size array to reduction operation maximum which has no identity")
        return scalars.reduce(-Double.infinity) { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }
    }

    /// The smallest element (NaN if any element is NaN, as np.min).
    public func min() -> Double {
        precondition(count > 0, "zero-size array to reduction operation minimum which has no identity")
        return scalars.reduce(Double.infinity) { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) }
    }

    /// The largest elements along `axis`.
    public func max(axis: Int, keepDims: Bool = false) -> NDArray {
        reduce(axis: axis, keepDims: keepDims) { length, element in
            precondition(length > 0, "zero-size array to reduction operation maximum which has no identity")
            var best = element(0)
            for k in 1..<Swift.max(length, 1) where !best.isNaN {
                let x = element(k)
                if x > best || x.isNaN { best = x }
            }
            return best
        }
    }

    /// The smallest elements along `axis`.
    public func min(axis: Int, keepDims: Bool = false) -> NDArray {
        -((-self).max(axis: axis, keepDims: keepDims))
    }

    /// The flat index of the largest element; the first one on ties, and the first NaN if there
    /// is one, since NaN is the maximum for np.max (np.argmax).
    public func argmax() -> Int {
        precondition(count > 0, "attempt to get argmax of an empty sequence")
        return NDArray.indexOfMaximum(count) { scalars[$0] }
    }

    /// The index of the largest of `length` elements: the first on ties, the first NaN if any.
    static func indexOfMaximum(_ length: Int, _ element: (Int) -> Double) -> Int {
        var best = 0
        if element(0).isNaN { return 0 }
        for k in 1..<Swift.max(length, 1) {
            let x = element(k)
            if x.isNaN { return k }
            if x > element(best) { best = k }
        }
        return best
    }

    /// The index of the largest element along `axis`, the first one on ties, as `Double`s.
    public func argmax(axis: Int, keepDims: Bool = false) -> NDArray {
        reduce(axis: axis, keepDims: keepDims) { length, element in
            precondition(length > 0, "attempt to get argmax of an empty sequence")
            return Double(NDArray.indexOfMaximum(length, element))
        }
    }

    /// The index of the smallest element along `axis`, the first one on ties (and the first NaN), as `Double`s.
    public func argmin(axis: Int, keepDims: Bool = false) -> NDArray {
        (-self).argmax(axis: axis, keepDims: keepDims)
    }

    /// For a (rows, classes) matrix: the column of each row's largest element, as `Int`s.
    /// This is how a network's scores become predicted class labels.
    public func argmaxPerRow() -> [Int] {
        precondition(rank == 2, "argmaxPerRow needs a 2-D array, got shape \(Shape.describe(shape))")
        return argmax(axis: 1).scalars.map { Int($0) }
    }
}
