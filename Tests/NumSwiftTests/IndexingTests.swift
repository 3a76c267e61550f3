import Testing

@testable import NumSwift

@Suite struct IndexingTests {
    let m = NDArray([[1, 2, 3], [4, 5, 6], [7, 8, 9]])

    @Test func elementsWithNegativeIndices() {
        #expect(m[0, 2] == 3)
        #expect(m[-1, -1] == 9)
        #expect(m[-3, 1] == 2)
        var n = m
        n[1, 1] = 0
        #expect(n[1, 1] == 0)
        #expect(m[1, 1] == 5)
    }

    @Test func rowsBySingleIndexRangeAndList() {
        #expect(m[row: 1] == [4, 5, 6])
        #expect(m[row: -1] == [7, 8, 9])
        #expect(m[rows: 1..<3] == NDArray([[4, 5, 6], [7, 8, 9]]))
        #expect(m[rows: 0..<0].shape == [0, 3])
        #expect(m[rows: [2, 0, 2]] == NDArray([[7, 8, 9], [1, 2, 3], [7, 8, 9]]))
        #expect(NDArray([10, 20, 30])[rows: [2, 2]] == [30, 30])
    }

    @Test func pickingOneColumnPerRow() {
        // NumPy's m[np.arange(3), [2, 0, 1]].
        #expect(m.picking(columns: [2, 0, 1]) == [3, 4, 8])
    }

    @Test func concatenateAlongEitherAxis() {
        let a = NDArray([[1, 2], [3, 4]])
        let b = NDArray([[5, 6]])
        #expect(NDArray.concatenate([a, b]) == NDArray([[1, 2], [3, 4], [5, 6]]))
        #expect(NDArray.concatenate([a, NDArray([[7], [8]])], axis: 1) == NDArray([[1, 2, 7], [3, 4, 8]]))
        #expect(NDArray.concatenate([[1, 2], [3]]) == [1, 2, 3])
    }

    @Test func stackAddsAnAxis() {
        let a: NDArray = [1, 2]
        let b: NDArray = [3, 4]
        #expect(NDArray.stack([a, b]) == NDArray([[1, 2], [3, 4]]))
        #expect(NDArray.stack([a, b], axis: 1) == NDArray([[1, 3], [2, 4]]))
        #expect(NDArray.stack([a, b], axis: -1) == NDArray([[1, 3], [2, 4]]))
    }

    @Test func conversionsBack() {
        #expect(m.rowsAsArrays() == [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        #expect(NDArray(2.5).scalar == 2.5)
        #expect(NDArray([[4]]).scalar == 4)
        #expect(m.scalars.count == 9)
    }

    @Test func negativeIndicesCountFromTheEnd() {
        let a = NDArray([[1, 2], [3, 4], [5, 6]])
        #expect(a[rows: [-1, 0]] == NDArray([[5, 6], [1, 2]]))
        #expect(a.picking(columns: [-1, 0, -2]) == NDArray([2, 3, 5]))
    }
}
