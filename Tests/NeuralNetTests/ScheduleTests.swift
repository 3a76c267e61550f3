import NeuralNet
import Testing

// Expected rates are worked out from each schedule's formula by hand (or with a calculator:
// cos(π/5) = 0.809017, cos(0.9π) = −0.951057).

private func isClose(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-12 * max(1, abs(b))
}

@Test func constantRateNeverChanges() {
    let schedule = ConstantRate(0.1)
    #expect([0, 7, 1000].map { schedule.rate(at: $0) } == [0.1, 0.1, 0.1])
}

@Test func stepDecayDropsEveryStepSizeSteps() {
    // 0.1 · 0.5^⌊t/10⌋
    let schedule = StepDecay(initialRate: 0.1, factor: 0.5, stepSize: 10)
    let expected: [(Int, Double)] = [(0, 0.1), (9, 0.1), (10, 0.05), (25, 0.025), (30, 0.0125)]
    for (step, rate) in expected {
        #expect(isClose(schedule.rate(at: step), rate), "step \(step)")
    }
}

@Test func exponentialDecayMultipliesEveryStep() {
    // 1 · 0.9ᵗ: 1, 0.9, 0.81, …, 0.9¹⁰ = 0.3486784401.
    let schedule = ExponentialDecay(initialRate: 1, factor: 0.9)
    let expected: [(Int, Double)] = [(0, 1), (1, 0.9), (2, 0.81), (10, 0.3486784401)]
    for (step, rate) in expected {
        #expect(isClose(schedule.rate(at: step), rate), "step \(step)")
    }
}

@Test func cosineAnnealingFollowsHalfACosineAndEndsAtItsMinimum() {
    // 0.1 + 0.45 (1 + cos(πt/10)): t = 2 → 0.1 + 0.45·1.809017 = 0.914058; t = 5 → 0.55.
    let schedule = CosineAnnealing(maximumRate: 1, minimumRate: 0.1, period: 10)
    #expect(schedule.rate(at: 0) == 1)
    #expect(isClose(schedule.rate(at: 2), 0.9140576474687263))
    #expect(isClose(schedule.rate(at: 5), 0.55))
    #expect(schedule.rate(at: 10) == 0.1)
    #expect(schedule.rate(at: 37) == 0.1)
    // Falling all the way: each rate below the one before.
    let rates = schedule.rates(count: 11)
    #expect(zip(rates, rates.dropFirst()).allSatisfy { $0 > $1 })
    #expect(rates.last == 0.1)
}

@Test func cosineWarmRestartsJumpBackToTheMaximum() {
    // t = 9: 0.1 + 0.45 (1 + cos 0.9π) = 0.1 + 0.45·0.048943 = 0.122025; t = 10 restarts.
    let schedule = CosineAnnealing(maximumRate: 1, minimumRate: 0.1, period: 10, restarts: true)
    #expect(isClose(schedule.rate(at: 9), 0.12202456766718092))
    #expect(schedule.rate(at: 10) == 1)
    #expect(isClose(schedule.rate(at: 15), 0.55))
    #expect(schedule.rate(at: 20) == 1)
}

@Test func cosineWarmRestartsCanLengthenThePeriods() {
    // Periods 10, 20, 40 start at steps 0, 10, 30; step 20 is halfway through the second.
    let schedule = CosineAnnealing(maximumRate: 1, minimumRate: 0.1, period: 10, restarts: true, periodGrowth: 2)
    #expect(schedule.rate(at: 10) == 1)
    #expect(isClose(schedule.rate(at: 20), 0.55))
    // t = 29 is step 19 of 20: 0.1 + 0.45 (1 + cos 0.95π) = 0.105540.
    #expect(isClose(schedule.rate(at: 29), 0.10554024673218806))
    #expect(schedule.rate(at: 30) == 1)
}

@Test func warmUpIsLinearThenHandsOverToTheBase() {
    // w = 5 in front of a cosine from 1: 0.2, 0.4, 0.6, 0.8, 1, then the cosine from its step 0.
    let cosine = CosineAnnealing(maximumRate: 1, minimumRate: 0.1, period: 10)
    let schedule = cosine.withLinearWarmup(steps: 5)
    let ramp = schedule.rates(count: 5)
    for (rate, expected) in zip(ramp, [0.2, 0.4, 0.6, 0.8, 1.0]) {
        #expect(isClose(rate, expected))
    }
    let increments = zip(ramp.dropFirst(), ramp).map { $0 - $1 }
    #expect(increments.allSatisfy { isClose($0, 0.2) }, "not linear: \(increments)")
    #expect(schedule.rate(at: 5) == 1)
    #expect(isClose(schedule.rate(at: 10), 0.55))
    #expect(schedule.rate(at: 15) == 0.1)
}

@Test func warmUpGoesInFrontOfAnySchedule() {
    let schedule = StepDecay(initialRate: 0.4, factor: 0.5, stepSize: 3).withLinearWarmup(steps: 4)
    let expected = [0.1, 0.2, 0.3, 0.4, 0.4, 0.4, 0.4, 0.2, 0.2, 0.2, 0.1]
    #expect(zip(schedule.rates(count: 11), expected).allSatisfy { isClose($0, $1) })
    #expect(ConstantRate(0.3).withLinearWarmup(steps: 0).rate(at: 0) == 0.3)
}
