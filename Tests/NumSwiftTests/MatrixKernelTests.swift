import Testing

@testable import NumSwift

/// The fast kernel against the definition C[i, j] = Σₚ op(A)[i, p] · op(B)[p, j], one dot product at a time.
@Suite struct MatrixKernelTests {
    /// (m, n, k): degenerate shapes, primes, and sizes on both sides of the tile (6 × 8), block
    /// (96 rows, depth 256, 2048 columns), packing (A copied from 136 columns of C, B from 102 rows)
    /// and thread (2¹⁸ multiply-adds) thresholds; widths that leave 2 or 4 columns for the narrow
    /// tile, with B read in place and packed.
    static let shapes: [(Int, Int, Int)] = [
        (1, 1, 1), (1, 37, 5), (37, 1, 5), (5, 7, 1), (1, 1, 300),
        (7, 13, 11), (97, 101, 89), (6, 8, 3), (5, 7, 2), (7, 9, 4), (13, 17, 19),
        (95, 9, 257), (96, 8, 256), (97, 10, 255), (193, 7, 513), (3, 2049, 5), (11, 2050, 3),
        (64, 64, 64), (63, 64, 64), (7, 8, 5000), (1, 300, 900), (300, 1, 900), (100, 50, 784),
        (100, 130, 257), (130, 200, 20), (95, 127, 31), (96, 128, 33),
        (5, 2, 17), (7, 12, 9), (98, 4, 9), (100, 100, 300), (200, 10, 50), (11, 3084, 4),
        (101, 50, 30), (102, 50, 30), (5, 136, 7), (5, 135, 7),
    ]

    static let variants: [(Bool, Bool)] = [(false, false), (true, false), (false, true), (true, true)]

    /// Build paths: (fused multiply-add, maximum threads).
    static let paths: [(Bool, Int)] = [(false, 1), (false, 2), (true, 1), (true, 2)]

    @Test(arguments: variants)
    func agreesWithTheDefinition(transposition: (Bool, Bool)) {
        let (transposeA, transposeB) = transposition
        var generator = SeededGenerator(seed: 9)
        for (m, n, k) in Self.shapes {
            let a = (0..<(m * k)).map { _ in generator.nextUniform(low: -1, high: 1) }
            let b = (0..<(k * n)).map { _ in generator.nextUniform(low: -1, high: 1) }
            // The definition, with Σ|aᵢₚ·bₚⱼ|: rounding errors scale with it, while c may cancel to ~0.
            var expected = [Double](repeating: 0, count: m * n)
            var scale = [Double](repeating: 0, count: m * n)
            for i in 0..<m {
                for j in 0..<n {
                    for p in 0..<k {
                        // Element (i, p) of op(A) and (p, j) of op(B) in their row-major storage.
                        let term =
                            (transposeA ? a[p * m + i] : a[i * k + p]) * (transposeB ? b[j * k + p] : b[p * n + j])
                        expected[i * n + j] += term
                        scale[i * n + j] += abs(term)
                    }
                }
            }
            for (fused, threads) in Self.paths {
                let kernel = Kernel(
                    m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB, threads: threads, fused: fused)
                let c = kernel.product(a, b)
                let worst = (0..<(m * n)).map { abs(c[$0] - expected[$0]) / max(scale[$0], .leastNormalMagnitude) }
                    .max()!
                #expect(worst < 1e-12, "shape (\(m), \(n), \(k)), fused \(fused), \(threads) threads: worst \(worst)")
                // With a row to add: the same sums, each then plus its column's entry, rounded once more.
                let row = (0..<n).map { _ in generator.nextUniform(low: -1, high: 1) }
                #expect(
                    kernel.product(a, b, addingRow: row) == (0..<(m * n)).map { c[$0] + row[$0 % n] },
                    "shape (\(m), \(n), \(k)), fused \(fused), \(threads) threads, with a row to add")
                // With a column to add: row i of the product plus column[i], rounded once more.
                let column = (0..<m).map { _ in generator.nextUniform(low: -1, high: 1) }
                #expect(
                    kernel.product(a, b, addingColumn: column) == (0..<(m * n)).map { c[$0] + column[$0 / n] },
                    "shape (\(m), \(n), \(k)), fused \(fused), \(threads) threads, with a column to add")
            }
        }
    }

    /// `MatrixKernel.multiply` on arrays, for one shape, transposition and build path.
    struct Kernel {
        let m: Int, n: Int, k: Int
        let transposeA: Bool, transposeB: Bool
        let threads: Int
        let fused: Bool

        /// op(a) · op(b), plus `row` on every row and `column` on every column when given.
        func product(
            _ a: [Double], _ b: [Double], addingRow row: [Double]? = nil, addingColumn column: [Double]? = nil
        ) -> [Double] {
            var c = [Double](repeating: 0, count: m * n)
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    (row ?? []).withUnsafeBufferPointer { pr in
                        (column ?? []).withUnsafeBufferPointer { pColumn in
                            c.withUnsafeMutableBufferPointer { pc in
                                MatrixKernel.multiply(
                                    m: m, n: n, k: k, a: pa.baseAddress!, transposeA: transposeA,
                                    b: pb.baseAddress!, transposeB: transposeB, into: pc.baseAddress!,
                                    addingRow: row == nil ? nil : pr.baseAddress,
                                    addingColumn: column == nil ? nil : pColumn.baseAddress, maxThreads: threads,
                                    fused: fused)
                            }
                        }
                    }
                }
            }
            return c
        }
    }

    @Test func publicMatmulReadsTransposedOperandsInPlace() {
        let x = NDArray([[1, 2, 3], [4, 5, 6]])  // (2, 3)
        let w = NDArray([[1, 0], [0, 1], [1, 1]])  // (3, 2)
        // xᵀ · x by hand: [[17, 22, 27], [22, 29, 36], [27, 36, 45]].
        #expect(
            matmul(x, x, transposeA: true, transposeB: false) == NDArray([[17, 22, 27], [22, 29, 36], [27, 36, 45]]))
        // x · wᵀᵀ = x · w: [[4, 5], [10, 11]]; wᵀ has shape (2, 3).
        let wT = NDArray([[1, 0, 1], [0, 1, 1]])
        #expect(matmul(x, wT, transposeA: false, transposeB: true) == NDArray([[4, 5], [10, 11]]))
        #expect(matmul(x, w) == NDArray([[4, 5], [10, 11]]))
        // Both transposed: (wᵀ)ᵀ · yᵀ = w · yᵀ with y = [[1, 2], [3, 4], [5, 6]], by hand.
        let y = NDArray([[1, 2], [3, 4], [5, 6]])
        #expect(
            matmul(wT, y, transposeA: true, transposeB: true) == NDArray([[1, 3, 5], [2, 4, 6], [3, 7, 11]]))
    }
}
