// The blocked loop behind `matrixTransposed()`.

extension NDArray {
    /// The elements of every (rows, columns) matrix of this stack, each transposed, in order.
    func transposedMatrixScalars(matrices: Int, rows: Int, columns: Int) -> [Double] {
        withUnsafeBufferPointer { source in
            [Double](fresh: count) { out in
                transposeMatrices(source, into: out, matrices: matrices, rows: rows, columns: columns)
            }
        }
    }
}

/// `matrices` row-major (rows, columns) matrices one after the other, each written transposed.
func transposeMatrices(
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
