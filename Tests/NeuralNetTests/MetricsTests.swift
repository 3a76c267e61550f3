import NeuralNet
import Testing

// Ten samples of three classes, worked by hand:
//                 predicted 0  1  2
//   actual 0                2  1  1
//   actual 1                1  2  0
//   actual 2                0  0  3
private let actual = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2]
private let predicted = [0, 0, 1, 2, 1, 1, 0, 2, 2, 2]

@Test func confusionMatrixCountsPairs() {
    let matrix = ConfusionMatrix(predicted: predicted, actual: actual, classCount: 3)
    #expect(matrix.counts == [[2, 1, 1], [1, 2, 0], [0, 0, 3]])
    #expect(matrix.total == 10)
    #expect(matrix.accuracy == 0.7)
    #expect(accuracy(predicted: predicted, actual: actual) == 0.7)
}

@Test func precisionRecallAndF1ByHand() {
    let report = ClassificationReport(ConfusionMatrix(predicted: predicted, actual: actual, classCount: 3))
    // Precision: 2/3, 2/3, 3/4. Recall: 2/4, 2/3, 3/3. F1 = 2PR/(P+R): 4/7, 2/3, 6/7.
    let expected: [(Double, Double, Double, Int)] = [
        (2 / 3, 1 / 2, 4 / 7, 4), (2 / 3, 2 / 3, 2 / 3, 3), (3 / 4, 1, 6 / 7, 3),
    ]
    for (scores, (p, r, f1, support)) in zip(report.classes, expected) {
        #expect(Swift.abs(scores.precision - p) < 1e-15)
        #expect(Swift.abs(scores.recall - r) < 1e-15)
        #expect(Swift.abs(scores.f1 - f1) < 1e-15)
        #expect(scores.support == support)
    }
    // Macro averages: (2/3 + 2/3 + 3/4)/3 = 25/36, (1/2 + 2/3 + 1)/3 = 13/18, (4/7 + 2/3 + 6/7)/3 = 44/63.
    #expect(Swift.abs(report.macroPrecision - 25 / 36) < 1e-15)
    #expect(Swift.abs(report.macroRecall - 13 / 18) < 1e-15)
    #expect(Swift.abs(report.macroF1 - 44 / 63) < 1e-15)
}

@Test func aClassNeverPredictedScoresZero() {
    // Class 1 is present but never predicted; class 2 is neither present nor predicted.
    let report = ClassificationReport(ConfusionMatrix(counts: [[3, 0, 0], [1, 0, 0], [0, 0, 0]]))
    for (k, support) in [(1, 1), (2, 0)] {
        let scores = report.classes[k]
        #expect(scores.precision == 0 && scores.recall == 0 && scores.f1 == 0 && scores.support == support)
    }
    #expect(report.classes[0].precision == 0.75 && report.classes[0].recall == 1)
}
