import Testing

@testable import NumSwift

/// Expected texts are `repr(np.array(...))` as printed by NumPy 2.4 with default print options.
@Suite struct PrintingTests {
    @Test(arguments: [
        (NDArray([[1, 2], [3, 4]]), "array([[1., 2.],\n       [3., 4.]])"),
        (NDArray([1, 2, 3]), "array([1., 2., 3.])"),
        (NDArray(3.5), "array(3.5)"),
        (NDArray(2.0), "array(2.)"),
        (NDArray([0.5, -1.25, 3]), "array([ 0.5 , -1.25,  3.  ])"),
        (NDArray([1.0 / 3, 2.0 / 3, 1]), "array([0.33333333, 0.66666667, 1.        ])"),
        (NDArray([[-1.5, 2], [3, -4.25]]), "array([[-1.5 ,  2.  ],\n       [ 3.  , -4.25]])"),
        (NDArray([0, 0, 0]), "array([0., 0., 0.])"),
        (NDArray([-0.0, 1]), "array([-0.,  1.])"),
    ])
    func positional(array: NDArray, expected: String) {
        #expect(array.description == expected)
    }

    @Test(arguments: [
        (NDArray([1e8, 1]), "array([1.e+08, 1.e+00])"),
        (NDArray([1e-5, 1]), "array([1.e-05, 1.e+00])"),
        (NDArray([1, 2000]), "array([1.e+00, 2.e+03])"),
        (NDArray([-1e-5, 1]), "array([-1.e-05,  1.e+00])"),
        (NDArray([123456.789, 1]), "array([1.23456789e+05, 1.00000000e+00])"),
    ])
    func scientific(array: NDArray, expected: String) {
        #expect(array.description == expected)
    }

    @Test func nanAndInfinities() {
        #expect(NDArray([.nan, .infinity, -.infinity, 1.5]).description == "array([ nan,  inf, -inf,  1.5])")
    }

    @Test func threeDimensionsSeparateBlocksByABlankLine() {
        #expect(
            NDArray.arange(8).reshaped([2, 2, 2]).description
                == "array([[[0., 1.],\n        [2., 3.]],\n\n       [[4., 5.],\n        [6., 7.]]])")
    }

    @Test func longRowsWrapAt75Columns() {
        #expect(
            NDArray.arange(30).description
                == "array([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12.,\n"
                + "       13., 14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25.,\n"
                + "       26., 27., 28., 29.])")
    }

    @Test func emptyArraysNameTheirDtype() {
        #expect(NDArray([Double]()).description == "array([], dtype=float64)")
        #expect(NDArray.zeros([0, 3]).description == "array([], shape=(0, 3), dtype=float64)")
    }

    @Test func moreThanAThousandElementsAreSummarised() {
        #expect(
            NDArray.arange(1001).description == "array([   0.,    1.,    2., ...,  998.,  999., 1000.], shape=(1001,))")
        #expect(NDArray.arange(1000).description.contains("...") == false)
    }

    @Test func summarisedMatrix() {
        let expected =
            "array([[0.000e+00, 1.000e+00, 2.000e+00, ..., 4.700e+01, 4.800e+01,\n        4.900e+01],\n"
            + "       [5.000e+01, 5.100e+01, 5.200e+01, ..., 9.700e+01, 9.800e+01,\n        9.900e+01],\n"
            + "       [1.000e+02, 1.010e+02, 1.020e+02, ..., 1.470e+02, 1.480e+02,\n        1.490e+02],\n"
            + "       ...,\n"
            + "       [1.850e+03, 1.851e+03, 1.852e+03, ..., 1.897e+03, 1.898e+03,\n        1.899e+03],\n"
            + "       [1.900e+03, 1.901e+03, 1.902e+03, ..., 1.947e+03, 1.948e+03,\n        1.949e+03],\n"
            + "       [1.950e+03, 1.951e+03, 1.952e+03, ..., 1.997e+03, 1.998e+03,\n        1.999e+03]], "
            + "shape=(40, 50))"
        #expect(NDArray.arange(2000).reshaped([40, 50]).description == expected)
    }

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
}
