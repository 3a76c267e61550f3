import NumSwift
import Testing

/// `matmul(_:_:addingRow:)` against its definition x · W + b.
@Suite struct AffineProductTests {
    @Test func addsTheBiasToEveryRowOfTheProduct() {
        let x = NDArray([[1, 2], [3, 4], [5, 6]])
        let w = NDArray([[1, 0, -1], [2, 1, 0]])
        // x · W by hand: [[5, 2, -1], [11, 4, -3], [17, 6, -5]], then + [10, 20, 30] on each row.
        let expected = NDArray([[15, 22, 29], [21, 24, 27], [27, 26, 25]])
        #expect(matmul(x, w, addingRow: NDArray([10, 20, 30])) == expected)
        #expect(matmul(x, w, addingRow: NDArray([[10, 20, 30]])) == expected)
    }

    /// Shapes across the depth blocks (k = 784 is four), the narrow tile (n = 50, 12), a padded
    /// last sliver (n = 7), two threads along rows (100 × 50 × 784) and along columns (13 × 2050).
    @Test(arguments: [
        (1, 1, 1), (7, 5, 3), (100, 50, 200), (100, 10, 50), (100, 50, 784), (1000, 50, 784), (97, 12, 9),
        (13, 2050, 300), (30, 20, 784),
    ])
    func equalsTheUnfusedProductPlusBiasToTheLastBit(shape: (Int, Int, Int)) {
        let (m, n, k) = shape
        var generator = SeededGenerator(seed: 5)
        let x = NDArray.uniform([m, k], low: -1, high: 1, using: &generator)
        let w = NDArray.uniform([k, n], low: -1, high: 1, using: &generator)
        let b = NDArray.uniform([n], low: -1, high: 1, using: &generator)
        // The bias joins each finished sum, as the separate pass adds it: (Σ) + b, not b + Σ.
        #expect(matmul(x, w, addingRow: b) == matmul(x, w) + b)
    }

    @Test func anEmptySumLeavesTheBias() {
        let b = NDArray([1, 2])
        #expect(
            matmul(NDArray.zeros([3, 0]), NDArray.zeros([0, 2]), addingRow: b) == NDArray([[1, 2], [1, 2], [1, 2]]))
    }
}
