import Datasets
import NeuralNet
import NumSwift
import Testing

@Test func rangeTestRatesGrowExponentiallyFromMinimumToMaximum() {
    // (10 / 1e-3)^(1/4) = 10: one decade per step.
    let test = LearningRateRangeTest(minimumRate: 1e-3, maximumRate: 10, steps: 5)
    let expected = [1e-3, 1e-2, 1e-1, 1, 10]
    for (rate, value) in zip(test.schedule.rates(count: 5), expected) {
        #expect(abs(rate - value) <= 1e-12 * value, "\(rate) vs \(value)")
    }
}

@Test func smoothedLossIsABiasCorrectedMovingAverage() {
    // A constant stays constant (the correction removes the pull towards 0).
    for value in LearningRateRangeTest.smoothed([2, 2, 2, 2], smoothing: 0.9) {
        #expect(abs(value - 2) < 1e-12)
    }
    // β = 0.5: a₁ = 0.5, 0.5/0.5 = 1; a₂ = 0.25 + 1.5 = 1.75, 1.75/0.75 = 7/3.
    let smoothed = LearningRateRangeTest.smoothed([1, 3], smoothing: 0.5)
    #expect(abs(smoothed[0] - 1) < 1e-15)
    #expect(abs(smoothed[1] - 7.0 / 3) < 1e-15)
}

@Test func rangeTestSuggestsATenthOfTheRateAtTheLowestLoss() {
    let result = LearningRateRangeTest.Result(
        rates: [1e-3, 1e-2, 1e-1, 1, 10], losses: [2.3, 2.2, 1.0, 0.5, 5],
        smoothedLosses: [2.3, 2.2, 1.0, 0.5, 5], stoppedEarly: false)
    #expect(result.minimumIndex == 3)
    #expect(result.minimumLossRate == 1)
    #expect(result.suggestedRate == 0.1)
}

/// Two classes that no network can separate: every sample is x = 1, labels alternate. The best loss
/// is ln 2; large enough steps overshoot it further and further, so the loss must explode.
private func inseparable(count: Int) -> InMemoryDataset {
    InMemoryDataset(features: .ones([count, 1]), labels: (0..<count).map { $0 % 2 }, classCount: 2)
}

@Test func rangeTestStopsOnceTheLossExplodesAndIsReproducible() {
    let test = LearningRateRangeTest(minimumRate: 1e-3, maximumRate: 1e4, steps: 400)
    func run() -> LearningRateRangeTest.Result {
        var generator = SeededGenerator(seed: 7)
        let network = TwoLayerNet(inputSize: 1, hiddenSize: 8, outputSize: 2, weightInitStd: 0.5, generator: &generator)
        return test.run(
            network: network, optimizer: SGD(), on: inseparable(count: 40), batchSize: 8, generator: &generator)
    }
    let result = run()
    let stopped = result.stoppedEarly
    #expect(stopped)
    #expect(result.rates.count < 400 && result.rates.count == result.losses.count)
    #expect(result.smoothedLosses.last! > test.stopFactor * result.smoothedLosses.min()!)
    for (k, rate) in result.rates.enumerated() {
        #expect(rate == test.schedule.rate(at: k))
    }
    #expect(result.suggestedRate < result.minimumLossRate)
    #expect(result == run())
}
