import Testing

@testable import NumSwift

@Suite struct ReshapingTests {
    @Test func reshapeInfersOneLength() {
        let a = NDArray.arange(12)
        #expect(a.reshaped([3, -1]).shape == [3, 4])
        #expect(a.reshaped(-1, 6).shape == [2, 6])
        #expect(a.reshaped(2, -1, 3).shape == [2, 2, 3])
        #expect(a.reshaped([3, 4]).reshaped([-1]).shape == [12])
        #expect(a.reshaped([3, 4]).scalars == a.scalars)
        #expect(a.reshaped([3, 4])[1, 0] == 4)
    }

    @Test func reshapeToAndFromAScalar() {
        #expect(NDArray([5]).reshaped([]).shape == [])
        #expect(NDArray(5).reshaped([1, 1]).shape == [1, 1])
        #expect(NDArray(5).flattened() == [5])
    }

    @Test func transposeOfAMatrix() {
        let a = NDArray([[1, 2, 3], [4, 5, 6]])
        #expect(a.transposed() == NDArray([[1, 4], [2, 5], [3, 6]]))
        #expect(a.transposed().transposed() == a)
        #expect(a.transposed([1, 0]) == a.transposed())
        #expect(NDArray([1, 2, 3]).transposed() == [1, 2, 3])
    }

    @Test func transposeLargerThanOneBlock() {
        // 70×45 crosses the 32×32 blocks of the kernel in both directions.
        let a = NDArray.arange(70 * 45).reshaped([70, 45])
        let t = a.transposed()
        #expect(t.shape == [45, 70])
        #expect(t[44, 69] == a[69, 44])
        #expect(t[33, 2] == a[2, 33])
        #expect((0..<45).allSatisfy { j in (0..<70).allSatisfy { i in t[j, i] == Double(i * 45 + j) } })
    }

    @Test func permutingThreeAxes() {
        // np.arange(24.).reshape(2, 3, 4).transpose(2, 0, 1), flattened, from NumPy.
        let t = NDArray.arange(24).reshaped([2, 3, 4]).transposed([2, 0, 1])
        #expect(t.shape == [4, 2, 3])
        #expect(
            t.scalars == [
                0, 4, 8, 12, 16, 20, 1, 5, 9, 13, 17, 21, 2, 6, 10, 14, 18, 22, 3, 7, 11, 15, 19, 23,
            ])
        #expect(NDArray.arange(24).reshaped([2, 3, 4]).transposed([-3, -2, -1]).shape == [2, 3, 4])
    }
}
