import NeuralNet
import NumSwift
import Testing

// Gradients chosen so the norms are whole numbers: ‖(3, 4, 12)‖ = 13, ‖(2, 3, 6)‖ = 7.

@Test func globalNormTreatsAllGradientsAsOneVector() {
    let gradients: [String: NDArray] = ["W": NDArray([[3, 0], [0, 4]]), "b": [12]]
    #expect(globalNorm(gradients) == 13)
    #expect(globalNorm([:]) == 0)
}

@Test func clippingByNormScalesDownToTheThreshold() {
    var gradients: [String: NDArray] = ["W": NDArray([[3, 0], [0, 4]]), "b": [12]]
    let before = clipByGlobalNorm(&gradients, maxNorm: 6.5)
    #expect(before == 13)
    #expect(abs(globalNorm(gradients) - 6.5) < 1e-12)
    // The direction is kept: every element halved (6.5 / 13).
    #expect(gradients["W"] == NDArray([[1.5, 0], [0, 2]]))
    #expect(gradients["b"] == NDArray([6]))
}

@Test(arguments: [13.0, 20.0])
func clippingByNormLeavesSmallGradientsUntouched(maxNorm: Double) {
    let original: [String: NDArray] = ["W": NDArray([[3, 0], [0, 4]]), "b": [12]]
    var gradients = original
    #expect(clipByGlobalNorm(&gradients, maxNorm: maxNorm) == 13)
    #expect(gradients == original)
}

@Test func clippingByNormLeavesNonFiniteGradientsAlone() {
    var gradients: [String: NDArray] = ["W": [.infinity, 1]]
    #expect(clipByGlobalNorm(&gradients, maxNorm: 1) == .infinity)
    #expect(gradients["W"] == NDArray([.infinity, 1]))
}

@Test func clippingByValueClampsEachElement() {
    // ‖(2, −3, 0, 6)‖ = 7; with c = 2.5 only −3 and 6 are outside [−c, c].
    var gradients: [String: NDArray] = ["W": [2, -3, 0], "b": [6]]
    #expect(clipByValue(&gradients, maxValue: 2.5) == 7)
    #expect(gradients["W"] == NDArray([2, -2.5, 0]))
    #expect(gradients["b"] == NDArray([2.5]))
}

@Test func clippingByNormWorksWhenTheSquaresWouldOverflow() {
    // ‖(1e200, 1e200)‖ = √2·1e200: finite, although 1e200² overflows to inf.
    var gradients: [String: NDArray] = ["W1": NDArray([1e200, 1e200])]
    let norm = clipByGlobalNorm(&gradients, maxNorm: 1)
    #expect(abs(norm / (2.0.squareRoot() * 1e200) - 1) < 1e-15)
    #expect(abs(globalNorm(gradients) - 1) < 1e-15)
}
