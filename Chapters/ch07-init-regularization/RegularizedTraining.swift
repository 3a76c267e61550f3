import Datasets
import NeuralNet
import NumSwift

/// What one training run with regularisers recorded, epoch by epoch.
struct TrainingRecord {
    /// Accuracy on the training set after each epoch.
    var trainAccuracies: [Double] = []
    /// Accuracy on the test set after each epoch.
    var testAccuracies: [Double] = []
    /// Mean cross-entropy on the test set after each epoch.
    var testLosses: [Double] = []
    /// Accuracy on the validation set after each epoch (early stopping only).
    var validationAccuracies: [Double] = []
    /// The epochs run (fewer than asked when early stopping ended the run).
    var epochs = 0
    /// The epoch whose parameters the network ends with (the last one, or early stopping's best).
    var keptEpoch = 0
    /// Accuracies of the network as returned (after restoring the best epoch, if any).
    var finalTrainAccuracy = 0.0
    var finalTestAccuracy = 0.0
    /// Mean cross-entropy (without any penalty) of the network as returned.
    var finalTrainLoss = 0.0
    var finalTestLoss = 0.0
}

/// The mean cross-entropy of a network's predictions on a whole data set, without any weight penalty.
func dataLoss(of network: some Network, on dataset: some LabeledDataset) -> Double {
    let (features, labels) = dataset.all()
    return crossEntropy(logits: network.predict(features), .classIndices(labels)).value
}

/// The regularisers a run may use on top of what the network itself was built with.
struct TrainingPlan {
    /// Passes over the training set (at most, with early stopping).
    var epochs: Int
    /// Samples per mini-batch.
    var batchSize: Int
    /// SGD's step size.
    var learningRate: Double
    /// Random shifts (and rotations) of each training batch; nil for none.
    var augmentation: DigitAugmentation? = nil
    /// Early stopping's patience in epochs, judged on `validation`; nil for none.
    var patience: Int? = nil
}

/// Mini-batch SGD over shuffled epochs, the trainer of chapter 5 written out so that the
/// regularisers have their places in it: each batch is augmented before the training step, and
/// after each epoch early stopping looks at the validation accuracy and may end the run, in which
/// case the network goes back to its best epoch.
func trainWithRegularizers(
    _ network: inout MultiLayerNet, plan: TrainingPlan, trainingSet: some LabeledDataset, testSet: some LabeledDataset,
    validationSet: (some LabeledDataset)?, using generator: inout SeededGenerator
) -> TrainingRecord {
    var optimizer = SGD(learningRate: plan.learningRate)
    var stopping = plan.patience.map { EarlyStopping<MultiLayerNet>(patience: $0) }
    var record = TrainingRecord()
    for epoch in 1...plan.epochs {
        for indices in Sampling.shuffledBatches(count: trainingSet.count, batchSize: plan.batchSize, using: &generator)
        {
            var batch = trainingSet.batch(indices)
            if let augmentation = plan.augmentation { batch = augmentation.augment(batch, using: &generator) }
            let (_, grads) = network.gradient(batch.features, .classIndices(batch.labels))
            optimizer.update(&network.params, grads)
        }
        record.epochs = epoch
        record.keptEpoch = epoch
        record.trainAccuracies.append(accuracy(of: network, on: trainingSet))
        record.testAccuracies.append(accuracy(of: network, on: testSet))
        record.testLosses.append(dataLoss(of: network, on: testSet))
        if stopping != nil, let validationSet {
            let score = accuracy(of: network, on: validationSet)
            record.validationAccuracies.append(score)
            if stopping!.record(epoch: epoch, score: score, snapshot: network) { break }
        }
    }
    if let stopping, let best = stopping.bestEpoch {
        stopping.restoreBest(into: &network)
        record.keptEpoch = best
    }
    record.finalTrainAccuracy = accuracy(of: network, on: trainingSet)
    record.finalTestAccuracy = accuracy(of: network, on: testSet)
    record.finalTrainLoss = dataLoss(of: network, on: trainingSet)
    record.finalTestLoss = dataLoss(of: network, on: testSet)
    return record
}
