// The matrix product, with NumPy's rules for 1-D operands.

/// The matrix product of `a` and `b` (NumPy's `a @ b`, and `np.dot` for 1-D and 2-D arrays).
///
/// - (m, k) · (k, n) → (m, n)
/// - (m, k) · (k,) → (m,) and (k,) · (k, n) → (n,): the vector is treated as a column or a row
/// - (k,) · (k,) → () : the inner product, a 0-dimensional array
/// - with a 3-D operand, a stack of products (StackedMatMul.swift): (B, m, k) · (k, n) → (B, m, n), …
public func matmul(_ a: NDArray, _ b: NDArray) -> NDArray {
    if a.rank == 3 || b.rank == 3 { return stackedMatmul(a, b, transposeA: false, transposeB: false) }
    precondition(
        (1...2).contains(a.rank) && (1...2).contains(b.rank),
        "matmul supports 1-D, 2-D and 3-D operands, got shapes \(Shape.describe(a.shape)) and \(Shape.describe(b.shape))"
    )
    let left = a.rank == 1 ? a.reshaped([1, a.count]) : a
    let right = b.rank == 1 ? b.reshaped([b.count, 1]) : b
    let product = matmul(left, right, transposeA: false, transposeB: false, operandShapes: (a.shape, b.shape))
    switch (a.rank, b.rank) {
    case (1, 1): return product.reshaped([])
    case (1, 2): return product.reshaped([product.count])
    case (2, 1): return product.reshaped([product.count])
    default: return product
    }
}

/// The product op(a) · op(b) of two matrices, where op transposes when asked, without
/// materialising the transpose: backprop's `xᵀ · dout` and `dout · Wᵀ`. With a 3-D operand, a
/// stack of such products, op transposing the last two axes of each matrix (StackedMatMul.swift).
public func matmul(_ a: NDArray, _ b: NDArray, transposeA: Bool, transposeB: Bool) -> NDArray {
    if a.rank == 3 || b.rank == 3 {
        return stackedMatmul(a, b, transposeA: transposeA, transposeB: transposeB)
    }
    return matmul(a, b, transposeA: transposeA, transposeB: transposeB, operandShapes: (a.shape, b.shape))
}

/// `matmul(a, b, transposeA:transposeB:)` on at most `maxThreads` threads (1 or 2), whatever
/// `Parallelism.maximumThreads` says: for benchmarks that compare one thread with two.
public func matmul(
    _ a: NDArray, _ b: NDArray, transposeA: Bool = false, transposeB: Bool = false, maxThreads: Int
) -> NDArray {
    matmul(
        a, b, transposeA: transposeA, transposeB: transposeB, operandShapes: (a.shape, b.shape),
        maxThreads: maxThreads)
}

/// op(a) · op(b) (+ a row on every row): the shapes' rule, (m, k) · (k, n) → (m, n), checked
/// here with NumPy's words, then the product computed by the kernel (Kernels/MatrixKernel.swift).
private func matmul(
    _ a: NDArray, _ b: NDArray, transposeA: Bool, transposeB: Bool, operandShapes: ([Int], [Int]),
    addingRow rowToAdd: NDArray? = nil, maxThreads: Int = Parallelism.maximumThreads
) -> NDArray {
    precondition(
        a.rank == 2 && b.rank == 2,
        "matmul with transposition needs 2-D operands, got shapes "
            + "\(Shape.describe(a.shape)) and \(Shape.describe(b.shape))")
    let (m, k) = transposeA ? (a.shape[1], a.shape[0]) : (a.shape[0], a.shape[1])
    let (kB, n) = transposeB ? (b.shape[1], b.shape[0]) : (b.shape[0], b.shape[1])
    precondition(
        k == kB,
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) "
            + "(size \(kB) is different from \(k)); shapes \(Shape.describe(operandShapes.0)) and "
            + "\(Shape.describe(operandShapes.1))\(transposeA || transposeB ? " with transposition" : "")")
    return MatrixKernel.product(
        a, b, m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB, addingRow: rowToAdd,
        maxThreads: maxThreads)
}

/// The affine map x · W + b in one pass (the forward step of a fully connected layer): each
/// tile of the product gets the bias added as soon as its sum is complete, while it is still in
/// the L1 cache, so no second pass over the (m, n) result is made. The sums are rounded exactly
/// as in `matmul(x, w) + bias`.
///
/// Shapes: x (m, k), W (k, n), bias (n,) or (1, n) → (m, n).
public func matmul(_ x: NDArray, _ w: NDArray, addingRow bias: NDArray) -> NDArray {
    precondition(
        x.rank == 2 && w.rank == 2,
        "matmul(_:_:addingRow:) needs 2-D operands, got shapes \(Shape.describe(x.shape)) and \(Shape.describe(w.shape))"
    )
    let n = w.shape[1]
    precondition(
        bias.shape == [n] || bias.shape == [1, n],
        "matmul(_:_:addingRow:): the bias must have shape (\(n),) or (1,\(n)) to add to every row of "
            + "\(Shape.describe(x.shape)) · \(Shape.describe(w.shape)), got \(Shape.describe(bias.shape))")
    return matmul(x, w, transposeA: false, transposeB: false, operandShapes: (x.shape, w.shape), addingRow: bias)
}

/// op(a) · op(b) with `column[i]` added to every element of row i, in one pass: NumPy's
/// `a @ b + column.reshape(-1, 1)`. For a stack (a 3-D operand) the column is added to every
/// product: a convolution's maps W · colₙᵀ, one row per filter, each get their filter's bias.
/// Each tile gets the column as soon as its sum is complete, while it is still in the L1 cache,
/// rounded exactly as `matmul(a, b) + column.reshaped([-1, 1])`.
///
/// Shapes: op(a) (m, k) or (B, m, k), op(b) (k, n) or (B, k, n), column (m,) or (m, 1).
public func matmul(
    _ a: NDArray, _ b: NDArray, transposeA: Bool, transposeB: Bool, addingColumn column: NDArray
) -> NDArray {
    stackedMatmul(a, b, transposeA: transposeA, transposeB: transposeB, addingColumn: column)
}
