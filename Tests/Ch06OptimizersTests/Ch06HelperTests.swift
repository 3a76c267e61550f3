import Foundation
import NeuralNet
import NumSwift
import Testing

@testable import ch06_optimizers

@Test func sgdOnTheRavineScalesEachCoordinateByItsOwnFactor() {
    // f = x²/20 + y², so one SGD step multiplies x by 1 − lr/10 and y by 1 − 2 lr.
    let rate = 0.95
    let path = racePath(SGD(learningRate: rate), updates: 5)
    #expect(path.count == 6)
    #expect(path[0].x == Ravine.start.x && path[0].y == Ravine.start.y)
    for (step, point) in path.enumerated() {
        let k = Double(step)
        #expect(Swift.abs(point.x - Ravine.start.x * pow(1 - rate / 10, k)) < 1e-12)
        #expect(Swift.abs(point.y - Ravine.start.y * pow(1 - 2 * rate, k)) < 1e-12)
    }
}

@Test func theRavineGradientIsTheSlopeOfItsValue() {
    let (x, y, h) = (-3.0, 0.7, 1e-6)
    let gradient = Ravine.gradient(x, y)
    let dx = (Ravine.value(x + h, y) - Ravine.value(x - h, y)) / (2 * h)
    let dy = (Ravine.value(x, y + h) - Ravine.value(x, y - h)) / (2 * h)
    #expect(Swift.abs(gradient.x - dx) < 1e-8 && Swift.abs(gradient.y - dy) < 1e-8)
    #expect(Ravine.value(0, 0) == 0)
}

@Test func theContourLevelsAreHalfSquares() {
    #expect(Ravine.levels == (1...4).map { Double($0 * $0) / 2 })
}

@Test func weightNormCountsWeightMatricesOnly() {
    let params: Parameters = [
        "W1": NDArray([[3, 0], [0, 0]]), "b1": NDArray([100, 100]), "W2": NDArray([[4]]),
        "gamma1": NDArray([50]),
    ]
    #expect(weightNorm(params) == 5)
    #expect(weightNorm(params, names: ["W1"]) == 3)
    #expect(weightNorm([:]) == 0)
}
