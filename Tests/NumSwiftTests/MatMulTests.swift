import Testing

@testable import NumSwift

@Suite struct MatMulTests {
    @Test func handComputedProduct() {
        // [[1,2],[3,4]]·[[5,6],[7,8]] = [[1·5+2·7, 1·6+2·8], [3·5+4·7, 3·6+4·8]].
        let a = NDArray([[1, 2], [3, 4]])
        let b = NDArray([[5, 6], [7, 8]])
        #expect(matmul(a, b) == NDArray([[19, 22], [43, 50]]))
        #expect(matmul(b, a) == NDArray([[23, 34], [31, 46]]))
    }

    @Test func rectangularProduct() {
        // (2,3)·(3,1): [1·1 + 2·0 + 3·(−1), 4·1 + 5·0 + 6·(−1)] = [−2, −2].
        let a = NDArray([[1, 2, 3], [4, 5, 6]])
        #expect(matmul(a, NDArray([[1], [0], [-1]])) == NDArray([[-2], [-2]]))
    }

    @Test func oneDimensionalOperandsFollowNumPy() {
        let a = NDArray([[1, 2, 3], [4, 5, 6]])
        let v: NDArray = [1, 0, -1]
        let u: NDArray = [1, 1]
        // (2,3)·(3,) → (2,)
        #expect(matmul(a, v) == [-2, -2])
        // (2,)·(2,3) → (3,)
        #expect(matmul(u, a) == [5, 7, 9])
        // (3,)·(3,) → (): the inner product 1 + 0 + 1.
        let inner = matmul(v, v)
        #expect(inner.shape == [])
        #expect(inner.scalar == 2)
    }

    @Test func transposedOperands() {
        let a = NDArray([[1, 2, 3], [4, 5, 6]])
        let b = NDArray([[1, 0], [0, 1], [1, 1]])
        #expect(matmul(a, a, transposeA: false, transposeB: true) == matmul(a, a.transposed()))
        #expect(matmul(a, a, transposeA: true, transposeB: false) == matmul(a.transposed(), a))
        #expect(matmul(b, a, transposeA: true, transposeB: true) == matmul(b.transposed(), a.transposed()))
        #expect(matmul(a, b, transposeA: false, transposeB: false) == NDArray([[4, 5], [10, 11]]))
    }

    /// The textbook definition, C[i][j] = Σₚ A[i][p]·B[p][j].
    func naiveProduct(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        let (m, k, n) = (a.count, b.count, b[0].count)
        var c = [[Double]](repeating: [Double](repeating: 0, count: n), count: m)
        for i in 0..<m {
            for j in 0..<n {
                for p in 0..<k { c[i][j] += a[i][p] * b[p][j] }
            }
        }
        return c
    }

    @Test(arguments: [(1, 1, 1), (3, 5, 2), (7, 1, 9), (17, 33, 5), (64, 64, 64), (65, 130, 67), (128, 3, 257)])
    func agreesWithTheTripleLoop(m: Int, k: Int, n: Int) {
        var generator = SeededGenerator(seed: UInt64(m * 10_000 + k * 100 + n))
        let a = NDArray.randn([m, k], using: &generator)
        let b = NDArray.randn([k, n], using: &generator)
        let expected = naiveProduct(a.rowsAsArrays(), b.rowsAsArrays())
        let product = matmul(a, b)
        #expect(product.shape == [m, n])
        // Summation order may differ between kernels, so agree to a tolerance scaled by k.
        var worst = 0.0
        for i in 0..<m {
            for j in 0..<n { worst = Swift.max(worst, Swift.abs(product[i, j] - expected[i][j])) }
        }
        #expect(worst <= 1e-13 * Double(k), "worst difference \(worst)")
        let viaTransposes = matmul(a.transposed(), b.transposed(), transposeA: true, transposeB: true)
        #expect(viaTransposes.shape == [m, n])
        #expect(zip(viaTransposes.scalars, product.scalars).allSatisfy { Swift.abs($0 - $1) <= 1e-13 * Double(k) })
    }

    @Test func emptyInnerDimensionGivesZeros() {
        #expect(matmul(NDArray.zeros([2, 0]), NDArray.zeros([0, 3])) == NDArray.zeros([2, 3]))
    }
}
