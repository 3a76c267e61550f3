import Testing

@testable import ch03_softmax

@Test func theGuardCapsTheLossAtMinusLogDelta() {
    let guarded = DeltaGuardedLoss(delta: 1e-7)
    #expect(Swift.abs(guarded.value(0) - 16.11809565095832) < 1e-12)
    #expect(Swift.abs(guarded.value(1) - 0) < 1e-6)
    #expect(guarded.value(1e-300) < 16.2)
}

@Test func theGuardHalvesTheGradientWherePEqualsDelta() {
    let guarded = DeltaGuardedLoss(delta: 1e-7)
    let p = 1e-7
    #expect(Swift.abs(guarded.scoreGradient(p) / (p - 1) - 0.5) < 1e-12)
    // A confident right answer keeps the exact gradient p - 1 (about 0), and prints 0, not -0.
    #expect(guarded.scoreGradient(1) == 0 && guarded.scoreGradient(1).sign == .plus)
    // Without a guard the gradient is the exact one.
    #expect(DeltaGuardedLoss(delta: 0).scoreGradient(0.3) == 0.3 - 1)
}
