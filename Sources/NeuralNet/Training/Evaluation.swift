import Datasets
import NumSwift

/// The predicted class of every sample of a data set, in order, computed `batchSize` samples at a
/// time so that a large set (MNIST's 60 000 images) never has to sit in memory as one `Double` array.
public func predictedClasses(of network: some Network, on dataset: some LabeledDataset, batchSize: Int = 1000) -> [Int]
{
    precondition(batchSize > 0, "batchSize must be positive, got \(batchSize)")
    var predictions: [Int] = []
    predictions.reserveCapacity(dataset.count)
    for start in stride(from: 0, to: dataset.count, by: batchSize) {
        let batch = dataset.batch(Array(start..<Swift.min(start + batchSize, dataset.count)))
        predictions += network.predict(batch.features).argmaxPerRow()
    }
    return predictions
}

/// The fraction of a data set the network classifies correctly.
public func accuracy(of network: some Network, on dataset: some LabeledDataset, batchSize: Int = 1000) -> Double {
    accuracy(predicted: predictedClasses(of: network, on: dataset, batchSize: batchSize), actual: dataset.labels)
}
