import Datasets
import NumSwift

/// Trains `network` by mini-batch gradient descent and returns what happened.
///
/// Each iteration takes a mini-batch from `trainingSet` (see `BatchSampling`), computes the loss and
/// the gradients by backprop, and lets `optimizer` update the parameters. At the end of every epoch
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
    precondition(trainingSet.count > 0, "cannot train on an empty data set")
    let batchSize = configuration.batchSize
    let perEpoch = configuration.sampling.batchesPerEpoch(sampleCount: trainingSet.count, batchSize: batchSize)
    let totalIterations: Int
    switch configuration.length {
    case .epochs(let epochs): totalIterations = epochs * perEpoch
    case .iterations(let iterations): totalIterations = iterations
    }
    let totalEpochs = (totalIterations + perEpoch - 1) / perEpoch

    var history = TrainingHistory()
    var epochBatches: [[Int]] = []  // what is left of the current shuffled epoch, last batch first
    var epochLoss = 0.0
    var epochIterations = 0
    for iteration in 1...totalIterations {
        let indices: [Int]
        switch configuration.sampling {
        case .shuffledEpochs:
            if epochBatches.isEmpty {
                epochBatches = Sampling.shuffledBatches(
                    count: trainingSet.count, batchSize: batchSize, using: &generator
                ).reversed()
            }
            indices = epochBatches.removeLast()
        case .withReplacement:
            indices = Sampling.withReplacement(count: trainingSet.count, batchSize: batchSize, using: &generator)
        }
        let batch = trainingSet.batch(indices)
        let (loss, grads) = network.gradient(batch.features, .classIndices(batch.labels))
        history.losses.append(loss)
        guard loss.isFinite else {
            let divergence = Divergence(iteration: iteration, loss: loss, learningRate: optimizer.learningRate)
            history.divergence = divergence
            progress(.diverged(divergence))
            return history
        }
        optimizer.update(&network.params, grads)
        epochLoss += loss
        epochIterations += 1

        if iteration % perEpoch == 0 || iteration == totalIterations {
            let evaluation = EpochEvaluation(
                epoch: (iteration + perEpoch - 1) / perEpoch,
                iteration: iteration,
                meanLoss: epochLoss / Double(epochIterations),
                trainAccuracy: accuracy(of: network, on: trainingSet, batchSize: configuration.evaluationBatchSize),
                testAccuracy: testSet.map {
                    accuracy(of: network, on: $0, batchSize: configuration.evaluationBatchSize)
                })
            history.evaluations.append(evaluation)
            progress(.epochEnded(evaluation, totalEpochs: totalEpochs))
            epochLoss = 0
            epochIterations = 0
        }
    }
    return history
}
