import NeuralNet
import NumSwift
import Testing

@Test func earlyStoppingRestoresTheBestEpochsParameters() {
    // Validation accuracies rise to 0.8 at epoch 4, then fall for three epochs: patience 3 stops at epoch 7.
    let scores = [0.5, 0.7, 0.65, 0.8, 0.79, 0.78, 0.77, 0.9]
    var params: Parameters = ["W1": .zeros([2, 2]), "b1": .zeros([2])]
    var stopping = EarlyStopping<Parameters>(patience: 3)
    var stoppedAt: Int?
    for (index, score) in scores.enumerated() {
        let epoch = index + 1
        // "Training": the weights are the epoch number, so the restored ones say which epoch they came from.
        params = ["W1": .full([2, 2], Double(epoch)), "b1": .full([2], Double(epoch))]
        if stopping.record(epoch: epoch, score: score, snapshot: params) {
            stoppedAt = epoch
            break
        }
    }
    #expect(stoppedAt == 7)
    #expect(stopping.bestEpoch == 4 && stopping.bestScore == 0.8)
    #expect(params["W1"] == .full([2, 2], 7))
    stopping.restoreBest(into: &params)
    #expect(params["W1"] == .full([2, 2], 4) && params["b1"] == .full([2], 4))
}

@Test func earlyStoppingOnALossWantsItLowerAndIgnoresNaN() {
    var stopping = EarlyStopping<Int>(patience: 2, goal: .minimize, minimumImprovement: 0.01)
    var stops: [Bool] = []
    stops.append(stopping.record(epoch: 1, score: 1.0, snapshot: 1))
    stops.append(stopping.record(epoch: 2, score: 0.5, snapshot: 2))
    // 0.495 is lower, but by less than the minimum improvement of 0.01.
    stops.append(stopping.record(epoch: 3, score: 0.495, snapshot: 3))
    stops.append(stopping.record(epoch: 4, score: .nan, snapshot: 4))
    #expect(stops == [false, false, false, true])
    #expect(stopping.bestEpoch == 2 && stopping.best == 2)
}
