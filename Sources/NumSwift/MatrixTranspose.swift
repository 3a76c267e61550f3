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
        let result = transposedMatrixScalars(matrices: matrices, rows: rows, columns: columns)
        return NDArray(shape: newShape, scalars: result)
    }
}
