import NeuralNet
import NumSwift
import Testing

@testable import ch08_convolution

@Test func shiftingMovesPixelsRightAndFillsWithZeros() {
    let image = NDArray([[1, 2, 3], [4, 5, 6]])
    #expect(shiftedRight(image, by: 1) == NDArray([[0, 1, 2], [0, 4, 5]]))
    #expect(shiftedRight(image, by: 0) == image)
}

@Test func handMadeFiltersRespondAsTheirNamesSay() {
    // A vertical stripe: the vertical-edge filter responds beside it, the horizontal one not inside.
    var image = NDArray.zeros([5, 5])
    for row in 0..<5 { image[row, 2] = 1 }
    let vertical = convolve(image, with: handMadeFilters[0].weights)
    let horizontal = convolve(image, with: handMadeFilters[1].weights)
    let blur = convolve(image, with: handMadeFilters[2].weights)
    #expect(vertical[2, 1] == -3 && vertical[2, 3] == 3)
    #expect(horizontal[2, 2] == 0)
    #expect(abs(blur[2, 2] - 1.0 / 3) < 1e-15)
}

@Test func gradientNormsListWeightsInLayerOrder() {
    let grads: Parameters = [
        "W10": NDArray([3, 4]), "W2": NDArray([0, 1]), "b2": NDArray([9]), "W1": NDArray([[1, 0], [0, 0]]),
    ]
    let norms = weightGradientNorms(grads)
    #expect(norms.map(\.name) == ["W1", "W2", "W10"])
    #expect(norms.map(\.norm) == [1, 1, 5])
}
