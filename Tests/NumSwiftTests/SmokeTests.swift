import NumSwift
import Testing

@Test func printsLikeNumPy() {
    #expect(NDArray([[1, 2], [3, 4]]).description == "array([[1., 2.],\n       [3., 4.]])")
}
