// Changing the shape without changing the elements, and moving axes.

extension NDArray {
    /// The same elements under a new shape; one length may be −1 and is then inferred (np.reshape).
    public func reshaped(_ newShape: [Int]) -> NDArray {
        let unknown = newShape.indices.filter { newShape[$0] == -1 }
        precondition(unknown.count <= 1, "can only specify one unknown dimension")
        var resolved = newShape
        if let axis = unknown.first {
            let known = newShape.filter { $0 != -1 }.reduce(1, *)
            precondition(
                known > 0 && count % known == 0,
                "cannot reshape array of size \(count) into shape \(Shape.describe(newShape))")
            resolved[axis] = count / known
        }
        precondition(
            resolved.allSatisfy { $0 >= 0 } && Shape.count(resolved) == count,
            "cannot reshape array of size \(count) into shape \(Shape.describe(newShape))")
        return NDArray(shape: resolved, scalars: scalars)
    }

    /// The same elements under a new shape, written as separate lengths: `a.reshaped(2, -1)`.
    public func reshaped(_ lengths: Int...) -> NDArray { reshaped(lengths) }

    /// The elements as a 1-D array.
    public func flattened() -> NDArray { reshaped([count]) }

    /// The matrix transpose of a 2-D array; a 1-D array is returned unchanged, as in NumPy.
    public func transposed() -> NDArray {
        precondition(rank <= 2, "transposed() without axes needs rank ≤ 2, got shape \(Shape.describe(shape))")
        guard rank == 2 else { return self }
        let (rows, columns) = (shape[0], shape[1])
        // Element (i, j) moves to (j, i): out[j · rows + i] = self[i · columns + j].
        return NDArray(shape: [columns, rows], scalars: transposedScalars(rows: rows, columns: columns))
    }

    /// The axes permuted: axis `i` of the result is axis `axes[i]` of this array (np.transpose).
    public func transposed(_ axes: [Int]) -> NDArray {
        let normalized = axes.map { Shape.normalize(axis: $0, rank: rank) }
        precondition(
            normalized.count == rank && Set(normalized).count == rank,
            "axes don't match array: \(axes) for shape \(Shape.describe(shape))")
        let newShape = normalized.map { shape[$0] }
        let oldStrides = Shape.strides(shape)
        let permutedStrides = normalized.map { oldStrides[$0] }
        var result = [Double](repeating: 0, count: count)
        var counter = [Int](repeating: 0, count: rank)
        var source = 0
        for target in 0..<count {
            result[target] = scalars[source]
            var axis = rank - 1
            while axis >= 0 {
                counter[axis] += 1
                source += permutedStrides[axis]
                if counter[axis] < newShape[axis] { break }
                source -= permutedStrides[axis] * newShape[axis]
                counter[axis] = 0
                axis -= 1
            }
        }
        return NDArray(shape: newShape, scalars: result)
    }
}
