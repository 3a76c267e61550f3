/// A read-only view of a matrix in memory: element (i, j) lives at `base[i * rowStride + j * columnStride]`.
///
/// A row-major (rows, columns) matrix has strides (columns, 1); its transpose is the same memory
/// with the strides swapped, which is how the kernel reads `xᵀ` and `Wᵀ` without copying them.
struct StridedMatrix {
    let base: UnsafePointer<Double>
    let rowStride: Int
    let columnStride: Int

    /// A row-major matrix stored with `columns` columns, read as itself or as its transpose.
    init(rowMajor base: UnsafePointer<Double>, columns: Int, transposed: Bool) {
        self.base = base
        (rowStride, columnStride) = transposed ? (1, columns) : (columns, 1)
    }

    init(base: UnsafePointer<Double>, rowStride: Int, columnStride: Int) {
        self.base = base
        self.rowStride = rowStride
        self.columnStride = columnStride
    }

    /// The view whose element (0, 0) is this view's element (row, column).
    func shifted(row: Int, column: Int) -> StridedMatrix {
        StridedMatrix(
            base: base + (row &* rowStride &+ column &* columnStride), rowStride: rowStride,
            columnStride: columnStride)
    }
}
