import Datasets
import NumSwift

/// Trains `network` by mini-batch gradient descent and returns what happened.
///
/// The loop chapter 5 writes out: each iteration draws a mini-batch from `trainingSet` (a
/// `BatchSampler`), computes the loss and the gradients by backprop, records the loss, and lets
/// `optimizer` update the parameters. At the end of every epoch
/// (and at the end of a run that stops mid-epoch) the network is evaluated on the whole training set
/// and on `testSet`, and `progress` hears of it.
///
/// `configuration` may add random changes to every batch (`augmentation`) and early stopping
/// (`patience`), which watches the accuracy on `validationSet` and ends with the best epoch's network.
///
/// If a loss is NaN or infinite the run stops at once without updating: the history records the
/// iteration (`TrainingHistory.divergence`) and `progress` receives `.diverged`, whose message
/// suggests a smaller learning rate. That is a lesson about step sizes, not a crash, so it is a
/// normal return. All randomness comes from `generator`: the same seed gives the same run.
public func train<N: Network, O: Optimizer>(
    _ network: inout N,
    optimizer: inout O,
    on trainingSet: some LabeledDataset,
    testSet: (any LabeledDataset)? = nil,
    validationSet: (any LabeledDataset)? = nil,
    configuration: TrainingConfiguration,
    generator: inout SeededGenerator,
    progress: (TrainingEvent) -> Void = { _ in }
) -> TrainingHistory {
    var sampler = BatchSampler(
        configuration.sampling, sampleCount: trainingSet.count, batchSize: configuration.batchSize)
    let totalIterations: Int
    switch configuration.length {
    case .epochs(let epochs): totalIterations = epochs * sampler.batchesPerEpoch
    case .iterations(let iterations): totalIterations = iterations
    }
    let totalEpochs = (totalIterations + sampler.batchesPerEpoch - 1) / sampler.batchesPerEpoch
    let batchSize = configuration.evaluationBatchSize
    var stopping = configuration.patience.map { EarlyStopping<N>(patience: $0) }
    precondition(stopping == nil || validationSet != nil, "early stopping needs a validation set")

    var history = TrainingHistory()
    for iteration in 1...totalIterations {
        var batch = trainingSet.batch(sampler.next(using: &generator))
        if let augmentation = configuration.augmentation { batch = augmentation.augment(batch, using: &generator) }
        let (loss, grads) = network.gradient(batch.features, .classIndices(batch.labels))
        history.record(loss: loss, learningRate: optimizer.learningRate)
        if let divergence = history.divergence {
            progress(.diverged(divergence))
            return history
        }
        optimizer.update(&network.params, grads)
        if iteration % sampler.batchesPerEpoch == 0 || iteration == totalIterations {
            let test = testSet.map { evaluate(of: network, on: $0, batchSize: batchSize) }
            let validationAccuracy = stopping == nil ? nil : validationSet.map { accuracy(of: network, on: $0) }
            let evaluation = history.recordEpoch(
                trainAccuracy: accuracy(of: network, on: trainingSet, batchSize: batchSize),
                testAccuracy: test?.accuracy, testLoss: test?.loss, validationAccuracy: validationAccuracy,
                batchesPerEpoch: sampler.batchesPerEpoch)
            progress(.epochEnded(evaluation, totalEpochs: totalEpochs))
            if let validationAccuracy,
                stopping!.record(epoch: evaluation.epoch, score: validationAccuracy, snapshot: network)
            {
                break
            }
        }
    }
    if let stopping, let best = stopping.bestEpoch {
        stopping.restoreBest(into: &network)
        history.restoredEpoch = best
    }
    return history
}
