import NeuralNet
import NumSwift
import Testing

@Test func numericalGradientOfASumOfSquares() {
    // f(x0, x1) = x0² + x1², ∇f = (2 x0, 2 x1): the book's (3, 4) → (6, 8).
    let gradient = numericalGradient(of: { square($0).sum() }, at: [3, 4])
    #expect(Swift.abs(gradient[0] - 6) < 1e-7 && Swift.abs(gradient[1] - 8) < 1e-7)
}

@Test func numericalGradientPerturbsOneElementAtATime() {
    let x = NDArray([[1, 2, 3], [4, 5, 6]])
    var worstMoved = 0
    _ = numericalGradient(
        of: { point in
            worstMoved = Swift.max(worstMoved, zip(point.scalars, x.scalars).filter { $0 != $1 }.count)
            return point.sum()
        }, at: x, h: 0.5)
    #expect(worstMoved == 1)
}

@Test func numericalGradientUsesTheGivenStep() {
    // f(x) = x³ at 1: the central difference is 3 + h², so h = 0.5 gives 3.25.
    let gradient = numericalGradient(of: { pow($0, 3).sum() }, at: [1], h: 0.5)
    #expect(gradient == [3.25])
}

@Test func maxRelativeErrorByHand() {
    // |1 − 1.1| / 2.1 and the 1e-8 floor for two zeros.
    #expect(maxRelativeError([1, 0], [1.1, 0]) == Swift.abs(1 - 1.1) / 2.1)
    #expect(maxRelativeError([0], [1e-9]) == 1e-9 / 1e-8)
    #expect(maxRelativeError([.nan], [1]).isNaN)
}

@Test func worstRelativeErrorSaysWhereAndCompareGradientsHowLargeTheGradientIsThere() {
    // Element errors: |1 − 1.01| / 2.01 ≈ 0.005, |1e-6 − 2e-6| / 3e-6 = 1/3, 0 (both zero, 1e-8 floor).
    let analytic: NDArray = [1, 1e-6, 0]
    let numerical: NDArray = [1.01, 2e-6, 0]
    let worst = worstRelativeError(analytic, numerical)
    #expect(worst.index == 1)
    #expect(Swift.abs(worst.error - 1.0 / 3.0) < 1e-12)
    #expect(worstRelativeError([], []).index == nil)
    let comparison = compareGradients(analytic: ["W1": analytic], numerical: ["W1": numerical])[0]
    #expect(comparison.magnitudeAtWorst == 1e-6)
    #expect(comparison.maxRelativeError == worst.error)
}

@Test func parameterNamesReadLayerByLayer() {
    #expect(ParameterNames.ordered(["b2", "W2", "b1", "W1", "W10"]) == ["W1", "b1", "W2", "b2", "W10"])
}
