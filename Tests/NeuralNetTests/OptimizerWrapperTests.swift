import NeuralNet
import NumSwift
import Testing

// The wrappers are checked with SGD at rate 1, so every expected value is a sum done by hand.
// Gradients with whole-number norms: ‖(3, 4, 12)‖ = 13.

@Test func clippedOptimizerScalesLargeGradientsToTheThreshold() {
    var optimizer = ClippedOptimizer(SGD(learningRate: 1), clipping: .byGlobalNorm(6.5))
    var parameters: [String: NDArray] = ["W": [0, 0, 0]]
    optimizer.update(&parameters, ["W": [3, 4, 12]])
    // Scaled by 6.5 / 13 = 0.5 before the step.
    #expect(parameters["W"] == NDArray([-1.5, -2, -6]))
    // A gradient of norm 1.3 < 6.5 passes unchanged.
    optimizer.update(&parameters, ["W": [0.25, 0.5, 1]])
    #expect(parameters["W"] == NDArray([-1.75, -2.5, -7]))
    #expect(optimizer.updates == 2)
    #expect(optimizer.clippedUpdates == 1)
    #expect(optimizer.largestNorm == 13)
}

@Test func clippedOptimizerByValueClampsEachElement() {
    var optimizer = ClippedOptimizer(SGD(learningRate: 1), clipping: .byValue(1))
    var parameters: [String: NDArray] = ["W": [0, 0], "b": [0]]
    optimizer.update(&parameters, ["W": [3, -0.5], "b": [-2]])
    #expect(parameters["W"] == NDArray([-1, 0.5]))
    #expect(parameters["b"] == NDArray([1]))
    #expect(optimizer.clippedUpdates == 1)
    optimizer.update(&parameters, ["W": [0.5, 0.5], "b": [1]])
    #expect(optimizer.clippedUpdates == 1, "|g| ≤ 1 everywhere: nothing to clip")
}

@Test func clippedOptimizerPassesItsRateToTheBase() {
    var optimizer = ClippedOptimizer(SGD(learningRate: 0.5), clipping: .byGlobalNorm(1))
    #expect(optimizer.learningRate == 0.5)
    optimizer.learningRate = 0.25
    var parameters: [String: NDArray] = ["W": [0]]
    optimizer.update(&parameters, ["W": [4]])
    #expect(parameters["W"] == NDArray([-0.25]), "clipped to 1, times 0.25")
}

@Test func scheduledOptimizerTakesTheScheduleRateBeforeEachUpdate() {
    // Rates by schedule step 1, 0.5, 0.25, …; two updates per schedule step.
    var optimizer = ScheduledOptimizer(
        SGD(learningRate: 99), schedule: StepDecay(initialRate: 1, factor: 0.5, stepSize: 1), updatesPerStep: 2)
    #expect(optimizer.learningRate == 1, "the first rate is set at once")
    var parameters: [String: NDArray] = ["W": [0]]
    var rates: [Double] = []
    for _ in 0..<5 {
        optimizer.update(&parameters, ["W": [1]])
        rates.append(optimizer.learningRate)
    }
    #expect(rates == [1, 1, 0.5, 0.5, 0.25])
    #expect(parameters["W"] == NDArray([-3.25]))
    #expect(optimizer.updates == 5 && optimizer.scheduleStep == 2)
}

@Test func scheduledOptimizerKeepsTheBaseOptimizersState() {
    // Momentum μ = 0.9 at a constant 0.1 with g = 1: v₁ = −0.1, W = −0.1; v₂ = −0.19, W = −0.29.
    var optimizer = ScheduledOptimizer(Momentum(learningRate: 5, momentum: 0.9), schedule: ConstantRate(0.1))
    var parameters: [String: NDArray] = ["W": [0]]
    optimizer.update(&parameters, ["W": [1]])
    optimizer.update(&parameters, ["W": [1]])
    #expect(abs(parameters["W"]![0] + 0.29) < 1e-15)
}
