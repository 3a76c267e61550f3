import NumSwift
import Testing

@testable import ch04_gradients

@Test func differenceQuotientsByHand() {
    // f(x) = x² at 3 with h = 0.5: forward (3.5² − 3²) / 0.5 = 6.5, central (3.5² − 2.5²) / 1 = 6.
    let square = { (x: Double) in x * x }
    #expect(forwardDifference(square, at: 3, h: 0.5) == 6.5)
    #expect(centralDifference(square, at: 3, h: 0.5) == 6)
    // 5 + 1e-50 rounds to 5: the forward difference is 0 / 1e-50 = 0.
    #expect(forwardDifference(square, at: 5, h: 1e-50) == 0)
}

/// The book's gradient descent (`gradient_descent(function_2, init_x=np.array([-3.0, 4.0]), lr=…,
/// step_num=100)` with its `numerical_gradient`, h = 1e-4) run in NumPy; `repr` of the end points.
@Test(arguments: [
    (0.1, -6.111107928998789e-10, 8.148143905314271e-10),
    (10.0, -25898374737328.363, -1295248616896.5398),
    (1e-10, -2.999999939999995, 3.9999999199999934),
])
func gradientDescentEndsWhereTheBooksDoes(learningRate: Double, x0: Double, x1: Double) {
    let path = gradientDescentPath(sumOfSquares, from: [-3, 4], learningRate: learningRate, steps: 100)
    #expect(path.count == 101)
    #expect(path.first! == [-3, 4])
    #expect(path.last! == NDArray([x0, x1]))
}

@Test func sumOfSquaresOfTwoVariables() {
    #expect(sumOfSquares([3, 4]) == 25)
    #expect(sumOfSquares([-1.5, 0]) == 2.25)
}

@Test func theVerdictOnTheLossIsTrueForEveryOutcome() {
    #expect(lossVerdict(from: 2.3, to: 0.5, learningRate: 0.5).hasPrefix("The loss goes down"))
    #expect(lossVerdict(from: 2.3, to: 338, learningRate: 1_000).hasPrefix("The loss did not go down but up"))
    #expect(lossVerdict(from: 2.3, to: .nan, learningRate: 1_000).hasPrefix("The loss did not go down but up"))
    #expect(lossVerdict(from: 2.3, to: .infinity, learningRate: 1_000).hasPrefix("The loss did not go down but up"))
    #expect(lossVerdict(from: 2.3, to: 2.2999, learningRate: 1e-9).hasPrefix("The loss barely moved"))
    #expect(lossVerdict(from: 0, to: 0, learningRate: 0.5).hasPrefix("The loss was 0 from the start"))
}
