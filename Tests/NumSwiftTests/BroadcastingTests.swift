import Testing

@testable import NumSwift

@Suite struct BroadcastingTests {
    @Test func matrixPlusRowVector() {
        // (2,3) + (3,): the vector is added to every row.
        let a = NDArray([[1, 2, 3], [4, 5, 6]])
        let b: NDArray = [10, 20, 30]
        #expect(a + b == NDArray([[11, 22, 33], [14, 25, 36]]))
        #expect(b + a == NDArray([[11, 22, 33], [14, 25, 36]]))
    }

    @Test func columnPlusRowGivesAGrid() {
        // (2,1) + (1,3) → (2,3): element (i, j) is column[i] + row[j].
        let column = NDArray([[1], [2]])
        let row = NDArray([[10, 20, 30]])
        #expect(column + row == NDArray([[11, 21, 31], [12, 22, 32]]))
        #expect(row - column == NDArray([[9, 19, 29], [8, 18, 28]]))
    }

    @Test func vectorPlusZeroDimensionalArray() {
        // (3,) + () → (3,), in both orders.
        let v: NDArray = [1, 2, 3]
        let s = NDArray(10)
        #expect((v + s).shape == [3])
        #expect(v + s == [11, 12, 13])
        #expect(s * v == [10, 20, 30])
        #expect((s + s).shape == [])
    }

    @Test func scalarsOnEitherSide() {
        let v: NDArray = [1, 2, 4]
        #expect(v - 1 == [0, 1, 3])
        #expect(1 - v == [0, -1, -3])
        #expect(v / 2 == [0.5, 1, 2])
        #expect(8 / v == [8, 4, 2])
        #expect(-v == [-1, -2, -4])
    }

    @Test func threeDimensionsWithAMiddleAxisStretched() {
        // (2,1,3) + (3,1) → (2,3,3): out[i, j, k] = a[i, 0, k] + b[j, 0].
        let a = NDArray.arange(6).reshaped([2, 1, 3])
        let b = NDArray([[0], [10], [20]])
        let c = a + b
        #expect(c.shape == [2, 3, 3])
        for i in 0..<2 {
            for j in 0..<3 {
                for k in 0..<3 { #expect(c[i, j, k] == a[i, 0, k] + b[j, 0]) }
            }
        }
    }

    @Test func broadcastShapes() {
        #expect(Shape.broadcast([2, 3], [3]) == [2, 3])
        #expect(Shape.broadcast([2, 1], [1, 3]) == [2, 3])
        #expect(Shape.broadcast([3], []) == [3])
        #expect(Shape.broadcast([], []) == [])
        #expect(Shape.broadcast([8, 1, 6, 1], [7, 1, 5]) == [8, 7, 6, 5])
        #expect(Shape.broadcast([0], [1]) == [0])
    }

    @Test(arguments: [([2, 3], [4]), ([2, 1], [8, 4, 3]), ([3], [4]), ([2, 3], [3, 2]), ([0], [2])])
    func incompatibleShapesDoNotBroadcast(a: [Int], b: [Int]) {
        #expect(Shape.broadcast(a, b) == nil)
    }

    @Test func theMessageIsNumPys() {
        #expect(
            Shape.broadcastErrorMessage([2, 3], [4])
                == "operands could not be broadcast together with shapes (2,3) (4,)")
        #expect(Shape.describe([]) == "()")
        #expect(Shape.describe([5]) == "(5,)")
        #expect(Shape.describe([2, 3, 4]) == "(2,3,4)")
    }

    @Test func inPlaceWithBroadcasting() {
        var a = NDArray([[1, 2], [3, 4]])
        a += [10, 20]
        #expect(a == NDArray([[11, 22], [13, 24]]))
        a *= NDArray([[1], [0]])
        #expect(a == NDArray([[11, 22], [0, 0]]))
        a -= 1
        #expect(a == NDArray([[10, 21], [-1, -1]]))
    }

    @Test func copiesDoNotShareWrites() {
        let a: NDArray = [1, 2, 3]
        var b = a
        b += 1
        #expect(a == [1, 2, 3])
        #expect(b == [2, 3, 4])
    }

    @Test func broadcastTo() {
        #expect(NDArray([1, 2]).broadcast(to: [2, 2]) == NDArray([[1, 2], [1, 2]]))
    }

    @Test func comparisonsGiveMasks() {
        let x: NDArray = [-1, 0, 2]
        #expect((x .> 0) == [0, 0, 1])
        #expect((x .>= 0) == [0, 1, 1])
        #expect(NDArray.where(x .> 0, x, NDArray(0)) == [0, 0, 2])
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
