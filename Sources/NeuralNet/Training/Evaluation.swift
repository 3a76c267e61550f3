import Datasets
import NumSwift

/// The class scores (before softmax) of every sample of a data set, shape (samples, classes),
/// computed `batchSize` samples at a time so that a large set (MNIST's 60 000 images) never has to
/// sit in memory as one `Double` array of images.
func predictedScores(of network: some Network, on dataset: some LabeledDataset, batchSize: Int = 1000)
    -> NDArray
{
    precondition(batchSize > 0, "batchSize must be positive, got \(batchSize)")
    var scores: [NDArray] = []
    for start in stride(from: 0, to: dataset.count, by: batchSize) {
        let batch = dataset.batch(Array(start..<Swift.min(start + batchSize, dataset.count)))
        scores.append(network.predict(batch.features))
    }
    if scores.isEmpty { return NDArray.zeros([0, dataset.classCount]) }
    return scores.count == 1 ? scores[0] : NDArray.concatenate(scores)
}

/// The predicted class of every sample of a data set, in order: the column of each row's highest score.
public func predictedClasses(of network: some Network, on dataset: some LabeledDataset, batchSize: Int = 1000) -> [Int]
{
    predictedScores(of: network, on: dataset, batchSize: batchSize).argmaxPerRow()
}

/// The fraction of a data set the network classifies correctly.
public func accuracy(of network: some Network, on dataset: some LabeledDataset, batchSize: Int = 1000) -> Double {
    accuracy(predicted: predictedClasses(of: network, on: dataset, batchSize: batchSize), actual: dataset.labels)
}

/// The accuracy and the mean cross-entropy (the data's loss, without any weight penalty) of a
/// network on a whole data set, from one forward pass.
public func evaluate(of network: some Network, on dataset: some LabeledDataset, batchSize: Int = 1000)
    -> (accuracy: Double, loss: Double)
{
    let scores = predictedScores(of: network, on: dataset, batchSize: batchSize)
    return (
        accuracy(predicted: scores.argmaxPerRow(), actual: dataset.labels),
        crossEntropy(logits: scores, .classIndices(dataset.labels)).value
    )
}
