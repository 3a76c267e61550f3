import Testing

@testable import NumSwift

/// Stacked products against the 2-D product of each member, and the column added to each.
@Suite struct StackedMatMulTests {
    /// Member i of a (B, r, c) stack, as a 2-D array.
    func member(_ stack: NDArray, _ i: Int) -> NDArray { stack[row: i] }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func everyMemberIsTheProductOfItsMatrices(transposition: (Bool, Bool)) {
        let (transposeA, transposeB) = transposition
        var generator = SeededGenerator(seed: 31)
        // Shapes on both sides of the tile and of the two-thread threshold (2¹⁸ multiply-adds in all).
        for (count, m, n, k) in [(1, 1, 1, 1), (3, 5, 7, 2), (4, 30, 576, 25), (100, 30, 25, 36), (7, 13, 9, 300)] {
            let shapeA = transposeA ? [k, m] : [m, k]
            let shapeB = transposeB ? [n, k] : [k, n]
            let stackA = NDArray.randn([count] + shapeA, using: &generator)
            let stackB = NDArray.randn([count] + shapeB, using: &generator)
            let single = NDArray.randn(shapeA, using: &generator)
            let column = NDArray.randn([m], using: &generator)
            let both = matmul(stackA, stackB, transposeA: transposeA, transposeB: transposeB)
            let left = matmul(single, stackB, transposeA: transposeA, transposeB: transposeB)
            let right = matmul(stackA, member(stackB, 0), transposeA: transposeA, transposeB: transposeB)
            let withColumn = matmul(
                single, stackB, transposeA: transposeA, transposeB: transposeB, addingColumn: column)
            #expect(both.shape == [count, m, n] && left.shape == [count, m, n] && right.shape == [count, m, n])
            for i in 0..<count {
                let expected = matmul(
                    member(stackA, i), member(stackB, i), transposeA: transposeA, transposeB: transposeB)
                #expect(member(both, i) == expected, "member \(i) of (\(count), \(m), \(n), \(k))")
                let fromSingle = matmul(single, member(stackB, i), transposeA: transposeA, transposeB: transposeB)
                #expect(member(left, i) == fromSingle)
                #expect(member(withColumn, i) == fromSingle + column.reshaped([m, 1]))
                #expect(
                    member(right, i)
                        == matmul(member(stackA, i), member(stackB, 0), transposeA: transposeA, transposeB: transposeB))
            }
        }
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func aColumnIsAddedToEveryProductOfAStackOnTheLeft(transposition: (Bool, Bool)) {
        let (transposeA, transposeB) = transposition
        var generator = SeededGenerator(seed: 32)
        // Large enough for two threads; the column given as (m, 1).
        let (count, m, n, k) = (6, 30, 40, 50)
        let stackA = NDArray.randn([count] + (transposeA ? [k, m] : [m, k]), using: &generator)
        let single = NDArray.randn(transposeB ? [n, k] : [k, n], using: &generator)
        let column = NDArray.randn([m, 1], using: &generator)
        let withColumn = matmul(stackA, single, transposeA: transposeA, transposeB: transposeB, addingColumn: column)
        let plain = matmul(stackA, single, transposeA: transposeA, transposeB: transposeB)
        #expect(withColumn == plain + column.reshaped([1, m, 1]))
    }

    @Test func anEmptySumIsTheColumnAlone() {
        // k = 0: every product is a sum of nothing, 0, so the result is the column broadcast.
        let stack = NDArray.zeros([2, 3, 0])
        let empty = NDArray.zeros([0, 4])
        #expect(
            matmul(stack, empty, transposeA: false, transposeB: false, addingColumn: NDArray([1, 2, 3]))
                == NDArray([[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3]]).reshaped([1, 3, 4]) + NDArray.zeros([2, 3, 4]))
    }

    @Test func twoDimensionalOperandsWithAColumnAreOneProduct() {
        let a = NDArray([[1, 2], [3, 4]])
        let b = NDArray([[1, 0], [0, 1]])
        #expect(
            matmul(a, b, transposeA: false, transposeB: false, addingColumn: NDArray([10, 20]))
                == NDArray([[11, 12], [23, 24]]))
        #expect(matmul(a, b) == a)
    }

    @Test func aStackIsWhatNumPysMatmulGives() {
        // np.matmul(np.arange(8).reshape(2, 2, 2), [[1, 1], [0, 1]]) by hand: [[[0, 1], [2, 5]], [[4, 9], [6, 13]]].
        let stack = NDArray.arange(8).reshaped([2, 2, 2])
        #expect(matmul(stack, NDArray([[1, 1], [0, 1]])) == NDArray([[[0, 1], [2, 5]], [[4, 9], [6, 13]]]))
    }
}
