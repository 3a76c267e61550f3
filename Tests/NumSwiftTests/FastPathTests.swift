import NumSwift
import Testing

/// The fast paths of sums and broadcasting against NumPy's results and the general definitions.
@Suite struct FastPathTests {
    /// np.sum(1.0 / np.arange(1, n + 1)) from NumPy 2.4, as exact hexadecimal doubles: NumPy adds
    /// pairwise, and so must `sum()` to agree to the last bit.
    static let numpySums: [(Int, Double)] = [
        (5, 0x1.2444444444444p+1),
        (8, 0x1.5be2be2be2be2p+1),
        (100, 0x1.4bfdfe4591243p+2),
        (129, 0x1.5c37b09149ba9p+2),
        (1000, 0x1.df11f45f4e61ap+2),
        (78400, 0x1.7b18feeeb6c2fp+3),
        (100003, 0x1.82e2b90cc21fap+3),
    ]

    @Test(arguments: numpySums)
    func sumEqualsNumPyToTheLastBit(count: Int, expected: Double) {
        let x = NDArray((1...count).map { 1.0 / Double($0) })
        #expect(x.sum() == expected)
    }

    @Test func sumOfEmptyIsZero() {
        #expect(NDArray.zeros([0]).sum() == 0)
    }

    @Test func columnSumsAddTheRowsInOrder() {
        let a = NDArray([[1, 2, 3], [4, 5, 6]])
        #expect(a.sum(axis: 0) == NDArray([5, 7, 9]))
        #expect(a.sum(axis: 0, keepDims: true) == NDArray([[5, 7, 9]]))
        #expect(a.sum(axis: -2) == NDArray([5, 7, 9]))
        #expect(NDArray.zeros([0, 3]).sum(axis: 0) == NDArray([0, 0, 0]))
    }

    @Test func rowAndColumnBroadcastsMatchTheStridedDefinition() {
        let a = NDArray([[1, 2, 3], [4, 5, 6]])
        // By hand: a row [10, 20, 30] to each row, a column [[100], [200]] to each column.
        #expect(a + NDArray([10, 20, 30]) == NDArray([[11, 22, 33], [14, 25, 36]]))
        #expect(a - NDArray([[10, 20, 30]]) == NDArray([[-9, -18, -27], [-6, -15, -24]]))
        #expect(NDArray([10, 20, 30]) - a == NDArray([[9, 18, 27], [6, 15, 24]]))
        #expect(a / NDArray([[1], [2]]) == NDArray([[1, 2, 3], [2, 2.5, 3]]))
        #expect(a - NDArray([[100], [200]]) == NDArray([[-99, -98, -97], [-196, -195, -194]]))
        #expect(NDArray([[100], [200]]) - a == NDArray([[99, 98, 97], [196, 195, 194]]))
        var b = a
        b += NDArray([1, 1, 1])
        #expect(b == NDArray([[2, 3, 4], [5, 6, 7]]))
        // A 3-D array with a row: the row repeats along both leading axes.
        let c = NDArray.zeros([2, 2, 3]) + NDArray([1, 2, 3])
        #expect(c.scalars == [1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3])
        #expect((NDArray.zeros([0, 3]) + NDArray([1, 2, 3])).shape == [0, 3])
    }
}
