import NumSwift
import Testing

/// Cases where an earlier version differed from NumPy; expected values printed by NumPy 2.4.
@Suite struct NumPyAgreementTests {
    /// (n − n/3) / 7 reshaped: rows that wrap, where NumPy keeps room for the closing brackets
    /// after every word of a row, not only after the last.
    @Test(arguments: [
        (
            [2, 6],
            "array([[-0.57142857, -0.42857143, -0.28571429, -0.14285714,  0.        ,\n         0.14285714],\n"
                + "       [ 0.28571429,  0.42857143,  0.57142857,  0.71428571,  0.85714286,\n         1.        ]])"
        ),
        (
            [2, 3, 6],
            "array([[[-1.71428571, -1.57142857, -1.42857143, -1.28571429,\n         -1.14285714, -1.        ],\n"
                + "        [-0.85714286, -0.71428571, -0.57142857, -0.42857143,\n         -0.28571429, -0.14285714],\n"
                + "        [ 0.        ,  0.14285714,  0.28571429,  0.42857143,\n          0.57142857,  0.71428571]],\n\n"
                + "       [[ 0.85714286,  1.        ,  1.14285714,  1.28571429,\n          1.42857143,  1.57142857],\n"
                + "        [ 1.71428571,  1.85714286,  2.        ,  2.14285714,\n          2.28571429,  2.42857143],\n"
                + "        [ 2.57142857,  2.71428571,  2.85714286,  3.        ,\n          3.14285714,  3.28571429]]])"
        ),
    ])
    func wrappedRowsMatchNumPy(shape: [Int], expected: String) {
        let n = Double(Shape.count(shape))
        let a = ((NDArray.arange(Int(n)) - n / 3) / 7).reshaped(shape)
        #expect(a.description == expected)
    }

    @Test func argmaxAndArgminStopAtTheFirstNaN() {
        #expect(NDArray([1, .nan, 3]).argmax() == 1)
        #expect(NDArray([[1, .nan, 3], [4, 2, 9]]).argmax(axis: 1) == NDArray([1, 2]))
        #expect(NDArray([[1, .nan, 0], [4, 2, 9]]).argmin(axis: 1) == NDArray([1, 1]))
    }

    @Test func arangeStepsByTheRoundedFirstDifference() {
        // np.arange(0.1, 1.0, 0.3)[-1] == 0.7000000000000001
        #expect(NDArray.arange(0.1, 1.0, step: 0.3).scalars.last == 0.7000000000000001)
    }

    @Test func negativeIndicesCountFromTheEnd() {
        let a = NDArray([[1, 2], [3, 4], [5, 6]])
        #expect(a[rows: [-1, 0]] == NDArray([[5, 6], [1, 2]]))
        #expect(a.picking(columns: [-1, 0, -2]) == NDArray([2, 3, 5]))
    }
}

/// Sums along the last axis and variances are added in NumPy's pairwise order; the expected
/// values are NumPy 2.4's, which a left-to-right sum misses in the last bit.
@Suite struct PairwiseReductionTests {
    @Test func rowSumsMatchNumPyToTheLastBit() {
        let a = (NDArray.arange(1000) * 0.1).reshaped(10, 100)
        #expect(a.sum(axis: 1)[4] == 4495.000000000001)
        #expect(a.sum(axis: -1, keepDims: true).shape == [10, 1])
        #expect(NDArray.zeros([3, 0]).sum(axis: 1) == NDArray.zeros([3]))
    }

    @Test func varianceMatchesNumPyToTheLastBit() {
        #expect((NDArray.arange(1000) * 0.1).variance() == 833.3325000000001)
        #expect((NDArray.arange(24) * 0.1 + 0.3).variance() == 0.4791666666666666)
    }
}
