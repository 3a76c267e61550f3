import Testing

@testable import ch06_optimizers

@Test func lossesOfZeroNaNOrInfinityAreNeverDividedIntoARatio() {
    #expect(incomparableLosses(annealed: 0.12, constant: 0.3) == nil)
    #expect(incomparableLosses(annealed: 0, constant: 0)?.hasPrefix("of 0, as does the constant one") == true)
    #expect(incomparableLosses(annealed: 0, constant: 0.3)?.contains("the annealed run fits") == true)
    #expect(incomparableLosses(annealed: 0.3, constant: 0)?.contains("the constant run fits") == true)
    for (a, c) in [(Double.nan, 0.3), (0.3, .infinity), (.nan, .nan)] {
        let sentence = incomparableLosses(annealed: a, constant: c)
        #expect(sentence?.contains("not a finite number cannot be compared") == true)
        #expect(sentence?.lowercased().contains("-nan") == false)
    }
}

@Test func aRunAtChanceLevelOrStalledSaysSoAndWhatToTry() {
    let atChance = stalledTrainingVerdict(
        trainAccuracies: [0.1, 0.1, 0.0999], classCount: 10, learningRate: 100, usualRate: 0.001)
    #expect(atChance?.hasPrefix("This run ended at chance level: a training accuracy of 0.0999") == true)
    #expect(atChance?.hasSuffix("Try a smaller --lr.") == true)
    let tooSmall = stalledTrainingVerdict(
        trainAccuracies: [0.5, 0.5, 0.5, 0.5], classCount: 10, learningRate: 1e-9, usualRate: 0.01)
    #expect(tooSmall?.hasPrefix("This run stopped improving after its first epoch") == true)
    #expect(tooSmall?.hasSuffix("Try a larger --lr or more --epochs.") == true)
    #expect(
        stalledTrainingVerdict(trainAccuracies: [.nan], classCount: 10, learningRate: 1, usualRate: 0.01)?
            .hasPrefix("This run ended at chance level") == true)
    #expect(
        stalledTrainingVerdict(trainAccuracies: [0.5, 0.8, 0.95], classCount: 10, learningRate: 0.01, usualRate: 0.01)
            == nil)
    #expect(stalledTrainingVerdict(trainAccuracies: [], classCount: 10, learningRate: 0.01, usualRate: 0.01) == nil)
}
