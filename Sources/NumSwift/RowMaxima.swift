// The largest element of each row and where it is, in one pass.

extension NDArray {
    /// For a (rows, columns) matrix: the largest element of each row, shape (rows,), and its
    /// column (the first on ties, as np.argmax): `(a.max(axis: 1), a.argmaxPerRow())` in one pass.
    ///
    /// The book's max pooling: each row of the im2col matrix of every channel is one window; the
    /// maximum is the output and its column is where backward sends the gradient. `windowMaxima`
    /// finds the same numbers without the copy (and is tested against this).
    public func maximaPerRow() -> (values: NDArray, columns: [Int]) {
        precondition(
            rank == 2 && shape[1] > 0, "maximaPerRow needs a 2-D array with columns, got shape \(Shape.describe(shape))"
        )
        let (rows, width) = (shape[0], shape[1])
        var columns = [Int](repeating: 0, count: rows)
        var values = [Double](repeating: 0, count: rows)
        let p = scalars
        for row in 0..<rows {
            let start = row * width
            var best = 0
            var largest = p[start]
            for k in 1..<Swift.max(width, 1) where p[start + k] > largest {
                largest = p[start + k]
                best = k
            }
            columns[row] = best
            values[row] = largest
        }
        return (NDArray(values), columns)
    }
}
