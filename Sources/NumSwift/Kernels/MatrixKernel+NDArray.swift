// From arrays to the kernel: `matmul` has checked the shapes; this hands the buffers over.

extension MatrixKernel {
    /// op(a) · op(b) (+ `rowToAdd` on every row) as a new (m, n) array.
    static func product(
        _ a: NDArray, _ b: NDArray, m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool,
        addingRow rowToAdd: NDArray?, maxThreads: Int
    ) -> NDArray {
        // The kernel adds the product to what the result holds: zeros.
        var result = NDArray.zeros([m, n])
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                result.withUnsafeMutableBufferPointer { pc in
                    withRow(rowToAdd) { row in
                        MatrixKernel.multiply(
                            m: m, n: n, k: k,
                            a: pa.baseAddress!, transposeA: transposeA,
                            b: pb.baseAddress!, transposeB: transposeB,
                            into: pc.baseAddress!, addingRow: row, maxThreads: maxThreads)
                    }
                }
            }
        }
        return result
    }

    /// Calls `body` with a pointer to the row's elements, or with nil when there is no row.
    private static func withRow(_ row: NDArray?, _ body: (UnsafePointer<Double>?) -> Void) {
        guard let row else { return body(nil) }
        row.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
