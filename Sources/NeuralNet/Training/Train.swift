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
/// If a loss is NaN or infinite the run stops at once without updating: the history records the
/// iteration (`TrainingHistory.divergence`) and `progress` receives `.diverged`, whose message
/// suggests a smaller learning rate. That is a lesson about step sizes, not a crash, so it is a
/// normal return. All randomness comes from `generator`: the same seed gives the same run.
public func train<N: Network, O: Optimizer>(
    _ network: inout N,
    optimizer: inout O,
    on trainingSet: some LabeledDataset,
    testSet: (any LabeledDataset)? = nil,
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
    let evaluate = { (network: N, dataset: any LabeledDataset) in
        accuracy(of: network, on: dataset, batchSize: configuration.evaluationBatchSize)
    }

    var history = TrainingHistory()
    for iteration in 1...totalIterations {
        let batch = trainingSet.batch(sampler.next(using: &generator))
        let (loss, grads) = network.gradient(batch.features, .classIndices(batch.labels))
        history.record(loss: loss, learningRate: optimizer.learningRate)
        if let divergence = history.divergence {
            progress(.diverged(divergence))
            return history
        }
        optimizer.update(&network.params, grads)
        if iteration % sampler.batchesPerEpoch == 0 || iteration == totalIterations {
            let evaluation = history.recordEpoch(
                trainAccuracy: evaluate(network, trainingSet), testAccuracy: testSet.map { evaluate(network, $0) },
                batchesPerEpoch: sampler.batchesPerEpoch)
            progress(.epochEnded(evaluation, totalEpochs: totalEpochs))
        }
    }
    return history
}
