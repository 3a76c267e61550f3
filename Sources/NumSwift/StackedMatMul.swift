// Matrix products over a stack of matrices: NumPy's `a @ b` when an operand is 3-D.

/// The products of a stack of matrices, NumPy's `np.matmul(a, b)` (`a @ b`) when an operand is
/// 3-D; `matmul` comes here for those. op transposes the last two axes when asked.
///
/// - (B, m, k) · (B, k, n) → (B, m, n): result[i] = op(a[i]) · op(b[i])
/// - (m, k) · (B, k, n) → (B, m, n): the same matrix a times every b[i]
/// - (B, m, k) · (k, n) → (B, m, n): every a[i] times the same matrix b
///
/// A convolution uses it to multiply each image's patches by the same filters, which gives the
/// feature maps already in the order (N, FN, OH·OW), with no transpose afterwards.
///
/// With `column` (m numbers), column[i] is added to row i of every product as each tile of it is
/// finished (see `matmul(_:_:transposeA:transposeB:addingColumn:)`); two 2-D operands are then
/// allowed too, as a stack of one.
func stackedMatmul(
    _ a: NDArray, _ b: NDArray, transposeA: Bool, transposeB: Bool, addingColumn column: NDArray? = nil
) -> NDArray {
    // The shapes' rule, checked with NumPy's words; then one product per member of the stack
    // (Kernels/MatrixKernel+NDArray.swift).
    let operands = "shapes \(Shape.describe(a.shape)) and \(Shape.describe(b.shape))"
    precondition(
        (2...3).contains(a.rank) && (2...3).contains(b.rank) && (a.rank == 3 || b.rank == 3 || column != nil),
        column == nil
            ? "stacked matmul needs a 3-D operand and a 2-D or 3-D one, got \(operands)"
            : "matmul(_:_:addingColumn:) needs 2-D or 3-D operands, got \(operands)")
    let count = a.rank == 3 ? a.shape[0] : b.rank == 3 ? b.shape[0] : 1
    precondition(
        a.rank == 2 || b.rank == 2 || a.shape[0] == b.shape[0],
        "matmul: the stacks have \(a.shape[0]) and \(b.shape[0]) matrices, need the same number; \(operands)")
    let (rowsA, columnsA) = (a.shape[a.rank - 2], a.shape[a.rank - 1])
    let (rowsB, columnsB) = (b.shape[b.rank - 2], b.shape[b.rank - 1])
    let (m, k) = transposeA ? (columnsA, rowsA) : (rowsA, columnsA)
    let (kB, n) = transposeB ? (columnsB, rowsB) : (rowsB, columnsB)
    precondition(
        k == kB,
        "matmul: the matrices of the stack do not fit: (\(m), \(k)) · (\(kB), \(n)); \(operands)"
            + (transposeA || transposeB ? " with transposition" : ""))
    if let column {
        precondition(
            column.shape == [m] || column.shape == [m, 1],
            "matmul(_:_:addingColumn:): the column must have shape (\(m),) or (\(m),1) to add to every column "
                + "of the (\(m), \(n)) products of \(operands), got \(Shape.describe(column.shape))")
    }
    let products = MatrixKernel.stackedProduct(
        a, b, count: count, m: m, n: n, k: k, stridesA: a.rank == 3 ? rowsA * columnsA : 0,
        stridesB: b.rank == 3 ? rowsB * columnsB : 0, transposeA: transposeA, transposeB: transposeB,
        addingColumn: column)
    return a.rank == 2 && b.rank == 2 ? products.reshaped([m, n]) : products
}
