import Testing

@testable import NumSwift

@Suite struct ReductionsTests {
    let m = NDArray([[1, 2, 3], [4, 5, 6]])

    @Test func sumAlongEachAxis() {
        #expect(m.sum() == 21)
        #expect(m.sum(axis: 0) == [5, 7, 9])
        #expect(m.sum(axis: 1) == [6, 15])
        #expect(m.sum(axis: -1) == [6, 15])
        #expect(m.sum(axis: 0, keepDims: true) == NDArray([[5, 7, 9]]))
        #expect(m.sum(axis: 1, keepDims: true) == NDArray([[6], [15]]))
        #expect(m.sum(axis: 1, keepDims: true).shape == [2, 1])
    }

    @Test func meanMaxMinAlongEachAxis() {
        #expect(m.mean() == 3.5)
        #expect(m.mean(axis: 0) == [2.5, 3.5, 4.5])
        #expect(m.mean(axis: 1, keepDims: true) == NDArray([[2], [5]]))
        #expect(m.max(axis: 0) == [4, 5, 6])
        #expect(m.max(axis: 1) == [3, 6])
        #expect(m.min(axis: 0) == [1, 2, 3])
        #expect(m.min(axis: 1, keepDims: true) == NDArray([[1], [4]]))
        #expect(m.max() == 6)
        #expect(m.min() == 1)
    }

    @Test func varianceAndStandardDeviation() {
        // Population variance: mean 3.5, squared deviations 6.25, 2.25, 0.25 twice each → 35/12.
        #expect(Swift.abs(m.variance() - 35.0 / 12) < 1e-15)
        #expect(Swift.abs(m.standardDeviation() - 1.707825127659933) < 1e-15)
        #expect(m.variance(axis: 0) == [2.25, 2.25, 2.25])
    }

    @Test func threeDimensionalReductions() {
        // Values from NumPy: a = np.arange(24.).reshape(2, 3, 4).
        let a = NDArray.arange(24).reshaped([2, 3, 4])
        #expect(a.sum(axis: 1) == NDArray([[12, 15, 18, 21], [48, 51, 54, 57]]))
        #expect(a.max(axis: 0) == NDArray([[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]))
        let means = a.mean(axis: 2, keepDims: true)
        #expect(means.shape == [2, 3, 1])
        #expect(means.scalars == [1.5, 5.5, 9.5, 13.5, 17.5, 21.5])
        #expect(a.sum(axis: 2).shape == [2, 3])
        #expect(a.sum(axis: -3).shape == [3, 4])
    }

    @Test func argmaxTiesPickTheFirst() {
        #expect(NDArray([1, 5, 5, 2]).argmax() == 1)
        #expect(NDArray([7, 7, 7]).argmax() == 0)
        let ties = NDArray([[1, 3, 3], [2, 2, 1]])
        #expect(ties.argmax(axis: 1) == [1, 0])
        #expect(ties.argmax(axis: 0) == [1, 0, 0])
        #expect(ties.argmaxPerRow() == [1, 0])
        #expect(ties.argmax(axis: 1, keepDims: true).shape == [2, 1])
        #expect(ties.argmin(axis: 1) == [0, 2])
    }

    @Test func nanPropagatesThroughMax() {
        #expect(NDArray([1, .nan, 3]).max().isNaN)
        #expect(NDArray([[1, .nan], [3, 4]]).max(axis: 1).scalars[0].isNaN)
        #expect(NDArray([[1, .nan], [3, 4]]).max(axis: 1).scalars[1] == 4)
    }

    @Test func reducingAnAxisOfLengthOne() {
        let column = NDArray([[2], [3]])
        #expect(column.sum(axis: 1) == [2, 3])
        #expect(column.max(axis: 1, keepDims: true) == column)
    }

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

    /// Sums along the last axis are added in NumPy's pairwise order; expected values from
    /// NumPy 2.4, which a left-to-right sum misses in the last bit.
    @Test func rowSumsMatchNumPyToTheLastBit() {
        let a = (NDArray.arange(1000) * 0.1).reshaped(10, 100)
        #expect(a.sum(axis: 1)[4] == 4495.000000000001)
        #expect(a.sum(axis: -1, keepDims: true).shape == [10, 1])
        #expect(NDArray.zeros([3, 0]).sum(axis: 1) == NDArray.zeros([3]))
    }

    /// Variances sum the squared deviations pairwise, as np.var; expected values from NumPy 2.4.
    @Test func varianceMatchesNumPyToTheLastBit() {
        #expect((NDArray.arange(1000) * 0.1).variance() == 833.3325000000001)
        #expect((NDArray.arange(24) * 0.1 + 0.3).variance() == 0.4791666666666666)
    }

    /// NaN is the maximum for np.argmax and the minimum for np.argmin: the first one wins.
    @Test func argmaxAndArgminStopAtTheFirstNaN() {
        #expect(NDArray([1, .nan, 3]).argmax() == 1)
        #expect(NDArray([[1, .nan, 3], [4, 2, 9]]).argmax(axis: 1) == NDArray([1, 2]))
        #expect(NDArray([[1, .nan, 0], [4, 2, 9]]).argmin(axis: 1) == NDArray([1, 1]))
    }
}
