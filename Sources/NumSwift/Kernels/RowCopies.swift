// The loops behind row selection and the matrix transpose: element copies through the buffer.

extension NDArray {
    /// The rows at `rows` (already checked and non-negative), each `length` elements long, one
    /// after another.
    func copyingRows(_ rows: [Int], length: Int) -> [Double] {
        scalars.withUnsafeBufferPointer { p in
            [Double](unsafeUninitializedCapacity: rows.count * length) { out, initialized in
                for (k, row) in rows.enumerated() {
                    for j in 0..<length { out[k * length + j] = p[row * length + j] }
                }
                initialized = rows.count * length
            }
        }
    }

    /// The elements of this (rows, columns) matrix in the order of its transpose.
    func transposedScalars(rows: Int, columns: Int) -> [Double] {
        scalars.withUnsafeBufferPointer { p in
            [Double](unsafeUninitializedCapacity: count) { out, initialized in
                // Blocks of 32×32 keep both the rows read and the rows written in cache.
                let block = 32
                for i0 in stride(from: 0, to: rows, by: block) {
                    for j0 in stride(from: 0, to: columns, by: block) {
                        for i in i0..<Swift.min(i0 + block, rows) {
                            for j in j0..<Swift.min(j0 + block, columns) {
                                out[j * rows + i] = p[i * columns + j]
                            }
                        }
                    }
                }
                initialized = count
            }
        }
    }
}
