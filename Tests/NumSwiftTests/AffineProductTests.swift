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

    @Test(arguments: [(1, 1, 1), (7, 5, 3), (100, 50, 200), (100, 10, 50)])
    func equalsTheUnfusedProductPlusBias(shape: (Int, Int, Int)) {
        let (m, n, k) = shape
        var generator = SeededGenerator(seed: 5)
        let x = NDArray.uniform([m, k], low: -1, high: 1, using: &generator)
        let w = NDArray.uniform([k, n], low: -1, high: 1, using: &generator)
        let b = NDArray.uniform([n], low: -1, high: 1, using: &generator)
        // With k within one depth block both orders add the same two numbers: b + Σ = Σ + b exactly.
        #expect(matmul(x, w, addingRow: b) == matmul(x, w) + b)
    }

    @Test func agreesWithTheUnfusedFormAcrossDepthBlocks() {
        var generator = SeededGenerator(seed: 6)
        let x = NDArray.uniform([30, 784], low: -1, high: 1, using: &generator)
        let w = NDArray.uniform([784, 20], low: -1, high: 1, using: &generator)
        let b = NDArray.uniform([20], low: -1, high: 1, using: &generator)
        // Past one depth block the bias joins the sum earlier, so the last bits may differ.
        let difference = (matmul(x, w, addingRow: b) - (matmul(x, w) + b)).map(abs).max()
        #expect(difference < 1e-12)
    }
}
