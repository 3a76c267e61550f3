// The transpose of every matrix in a stack of matrices.

extension NDArray {
    /// Each matrix of a stack (…, m, n) transposed, giving (…, n, m): NumPy's `a.mT`, or
    /// `np.swapaxes(a, -1, -2)`. The same as `transposed([0, …, rank − 1, rank − 2])`, in one
    /// blocked pass per matrix.
    ///
    /// A convolution's product gives one row per image position and one column per filter,
    /// (N, OH·OW, FN); the feature maps are the same numbers as (N, FN, OH·OW): one `mT` away.
    public func matrixTransposed() -> NDArray {
        precondition(rank >= 2, "matrixTransposed needs at least 2 axes, got shape \(Shape.describe(shape))")
        let (rows, columns) = (shape[rank - 2], shape[rank - 1])
        let matrices = rows * columns == 0 ? 0 : count / (rows * columns)
        var newShape = shape
        newShape.swapAt(rank - 2, rank - 1)
        let result = withUnsafeBufferPointer { source in
            [Double](unsafeUninitializedCapacity: count) { out, initialized in
                transposeMatrices(source, into: out, matrices: matrices, rows: rows, columns: columns)
                initialized = count
            }
        }
        return NDArray(shape: newShape, scalars: result)
    }
}

/// `matrices` row-major (rows, columns) matrices one after the other, each written transposed.
private func transposeMatrices(
    _ source: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>, matrices: Int, rows: Int,
    columns: Int
) {
    // Blocks of 32×32 keep both the rows read and the rows written in cache.
    let block = 32
    let size = rows * columns
    for matrix in 0..<matrices {
        let base = matrix * size
        for i0 in stride(from: 0, to: rows, by: block) {
            for j0 in stride(from: 0, to: columns, by: block) {
                for i in i0..<Swift.min(i0 + block, rows) {
                    for j in j0..<Swift.min(j0 + block, columns) {
                        out[base + j * rows + i] = source[base + i * columns + j]
                    }
                }
            }
        }
    }
}
