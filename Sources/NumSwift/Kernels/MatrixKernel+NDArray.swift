// From arrays to the kernel: `matmul` has checked the shapes; this hands the buffers over.

extension MatrixKernel {
    /// op(a) · op(b) (+ `rowToAdd` on every row) as a new (m, n) array: a stack of one.
    static func product(
        _ a: NDArray, _ b: NDArray, m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool,
        addingRow rowToAdd: NDArray?, maxThreads: Int
    ) -> NDArray {
        stackedProduct(
            a, b, count: 1, m: m, n: n, k: k, stridesA: 0, stridesB: 0, transposeA: transposeA,
            transposeB: transposeB, addingRow: rowToAdd, maxThreads: maxThreads
        ).reshaped([m, n])
    }

    /// Calls `body` with a pointer to the row's elements, or with nil when there is no row.
    static func withRow(_ row: NDArray?, _ body: (UnsafePointer<Double>?) -> Void) {
        guard let row else { return body(nil) }
        row.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}

extension MatrixKernel {
    /// `count` products op(a[i]) · op(b[i]) (+ `rowToAdd` on every row, `columnToAdd` on every
    /// column) as a new (count, m, n) array; a stride of 0 uses the same matrix for every i. On
    /// two threads each thread takes whole members of the stack, so every small product runs on
    /// one thread without waking the other for each; a single product is split by the kernel.
    static func stackedProduct(
        _ a: NDArray, _ b: NDArray, count: Int, m: Int, n: Int, k: Int, stridesA: Int, stridesB: Int,
        transposeA: Bool, transposeB: Bool, addingRow rowToAdd: NDArray? = nil,
        addingColumn columnToAdd: NDArray? = nil, maxThreads: Int = Parallelism.maximumThreads
    ) -> NDArray {
        // The kernel adds the products to what the result holds: zeros.
        var result = NDArray.zeros([count, m, n])
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                result.withUnsafeMutableBufferPointer { pc in
                    withRow(rowToAdd) { row in
                        withRow(columnToAdd) { column in
                            let products = StackedProducts(
                                a: pa.baseAddress!, b: pb.baseAddress!, c: pc.baseAddress!, m: m, n: n, k: k,
                                stridesA: stridesA, stridesB: stridesB, transposeA: transposeA, transposeB: transposeB,
                                rowToAdd: row, columnToAdd: column)
                            let pieces = Swift.min(count, chunkCount)
                            if count == 1 {
                                // One product: the kernel splits it across threads itself when it is large.
                                products.compute(0..<1, maxThreads: maxThreads)
                            } else if maxThreads >= 2 && count &* m &* n &* k >= parallelThreshold {
                                Parallelism.forEachChunk(count: pieces) { piece in
                                    products.compute(count &* piece / pieces..<count &* (piece &+ 1) / pieces)
                                }
                            } else {
                                products.compute(0..<count)
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}

/// The members of a stacked product, described by pointers so that a range of them can be handed
/// to the helper thread; unchecked because `stackedProduct` keeps the memory alive meanwhile.
private struct StackedProducts: @unchecked Sendable {
    let a: UnsafePointer<Double>
    let b: UnsafePointer<Double>
    let c: UnsafeMutablePointer<Double>
    let m: Int
    let n: Int
    let k: Int
    let stridesA: Int
    let stridesB: Int
    let transposeA: Bool
    let transposeB: Bool
    let rowToAdd: UnsafePointer<Double>?
    let columnToAdd: UnsafePointer<Double>?

    /// C[i] += op(A[i]) · op(B[i]) (+ the row and the column) for every i in `members`, each on at most
    /// `maxThreads` threads (by default this one).
    func compute(_ members: Range<Int>, maxThreads: Int = 1) {
        for i in members {
            MatrixKernel.multiply(
                m: m, n: n, k: k, a: a + i &* stridesA, transposeA: transposeA, b: b + i &* stridesB,
                transposeB: transposeB, into: c + i &* (m &* n), addingRow: rowToAdd, addingColumn: columnToAdd,
                maxThreads: maxThreads)
        }
    }
}
