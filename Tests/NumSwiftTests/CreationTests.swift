import Testing

@testable import NumSwift

@Suite struct CreationTests {
    @Test func constants() {
        #expect(NDArray.zeros([2, 3]) == NDArray(shape: [2, 3], scalars: [0, 0, 0, 0, 0, 0]))
        #expect(NDArray.ones([2]) == [1, 1])
        #expect(NDArray.full([1, 2], 7) == NDArray([[7, 7]]))
        #expect(NDArray.zeros(like: NDArray.ones([3, 1])).shape == [3, 1])
        #expect(NDArray.zeros([]).shape == [])
        #expect(NDArray.zeros([]).count == 1)
    }

    @Test func literalsAndNestedArrays() {
        let v: NDArray = [1, 2, 3]
        #expect(v.shape == [3])
        #expect(NDArray([[1, 2, 3], [4, 5, 6]]).shape == [2, 3])
        #expect(NDArray([[[1], [2]], [[3], [4]]]).shape == [2, 2, 1])
        #expect(NDArray(3).rank == 0)
    }

    @Test func ranges() {
        // np.arange(0, 1, 0.1) has 10 elements, not 11, although 10·0.1 rounds to exactly 1.
        #expect(NDArray.arange(0, 1, step: 0.1).count == 10)
        #expect(NDArray.arange(0.5, 3) == [0.5, 1.5, 2.5])
        #expect(NDArray.arange(3, 0, step: -1) == [3, 2, 1])
        #expect(NDArray.arange(2, 1).count == 0)
        #expect(NDArray.arange(4) == [0, 1, 2, 3])
        #expect(NDArray.linspace(0, 1, count: 5) == [0, 0.25, 0.5, 0.75, 1])
        #expect(NDArray.linspace(-1, 1, count: 1) == [-1])
        // The last point is exactly `stop` even where the steps do not add up to it.
        #expect(NDArray.linspace(0, 0.3, count: 4).scalars.last == 0.3)
    }

    @Test func identity() {
        #expect(NDArray.eye(3) == NDArray([[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
    }

    @Test func seededDrawsRepeatAndHaveTheirShape() {
        var g1 = SeededGenerator(seed: 3)
        var g2 = SeededGenerator(seed: 3)
        let a = NDArray.randn([4, 5], using: &g1)
        #expect(a.shape == [4, 5])
        #expect(a == NDArray.randn([4, 5], using: &g2))
        let u = NDArray.uniform([1000], low: -2, high: 3, using: &g1)
        #expect(u.min() >= -2)
        #expect(u.max() < 3)
    }

    @Test func elementwiseMath() {
        #expect(exp(NDArray([0])) == [1])
        #expect(log(NDArray([1, 0])) == [0, -.infinity])
        #expect(sqrt(NDArray([4, 9])) == [2, 3])
        #expect(abs(NDArray([-1, 2])) == [1, 2])
        #expect(pow(NDArray([2, 3]), 2) == [4, 9])
        #expect(clip(NDArray([-5, 0.5, 5]), 0, 1) == [0, 0.5, 1])
        #expect(maximum(NDArray([-1, 2]), 0) == [0, 2])
        #expect(minimum(NDArray([-1, 2]), NDArray([0, 0])) == [-1, 0])
    }

    @Test func arangeStepsByTheRoundedFirstDifference() {
        // np.arange(0.1, 1.0, 0.3)[-1] == 0.7000000000000001
        #expect(NDArray.arange(0.1, 1.0, step: 0.3).scalars.last == 0.7000000000000001)
    }
}
