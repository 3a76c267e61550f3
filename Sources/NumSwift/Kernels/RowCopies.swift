// The loops behind row selection and the matrix transpose: element copies through the buffer.

extension NDArray {
    /// The rows at `rows` (already checked and non-negative), each `length` elements long, one
    /// after another.
    func copyingRows(_ rows: [Int], length: Int) -> [Double] {
        scalars.withUnsafeBufferPointer { p in
            [Double](fresh: rows.count * length) { out in
                for (k, row) in rows.enumerated() {
                    for j in 0..<length { out[k * length + j] = p[row * length + j] }
                }
            }
        }
    }

    /// The elements of this (rows, columns) matrix in the order of its transpose.
    func transposedScalars(rows: Int, columns: Int) -> [Double] {
        transposedMatrixScalars(matrices: 1, rows: rows, columns: columns)
    }
}
