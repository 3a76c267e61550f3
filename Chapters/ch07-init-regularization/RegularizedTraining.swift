import Datasets
import NeuralNet
import NumSwift

/// What a training run with regularisers ended with: its history, and the accuracies and losses
/// of the network it returned (after early stopping went back to its best epoch, if it did).
struct RegularizedRun {
    /// The training set's accuracy after each epoch.
    let trainAccuracies: [Double]
    /// The test set's accuracy after each epoch.
    let testAccuracies: [Double]
    /// The test set's mean cross-entropy after each epoch.
    let testLosses: [Double]
    /// The epochs run (fewer than asked when early stopping ended the run).
    let epochs: Int
    /// The epoch whose parameters the network ends with (the last one, or early stopping's best).
    let keptEpoch: Int
    /// Accuracies of the network as returned.
    let finalTrainAccuracy: Double
    let finalTestAccuracy: Double
    /// Mean cross-entropy (without any penalty) of the network as returned.
    let finalTrainLoss: Double
    let finalTestLoss: Double

    /// The summary of `history`, a run of `train` that returned `network`.
    init(
        history: TrainingHistory, network: some Network, trainingSet: some LabeledDataset, testSet: some LabeledDataset
    ) {
        trainAccuracies = history.trainAccuracies
        testAccuracies = history.testAccuracies
        testLosses = history.testLosses
        epochs = history.evaluations.count
        keptEpoch = history.restoredEpoch ?? epochs
        (finalTrainAccuracy, finalTrainLoss) = evaluate(of: network, on: trainingSet)
        (finalTestAccuracy, finalTestLoss) = evaluate(of: network, on: testSet)
    }
}
