import Datasets
import NeuralNet
import NumSwift
import Workbook

/// A mini-batch as the data sets hand it out: images as rows, and their labels.
typealias Batch = (features: NDArray, labels: [Int])

/// The median seconds of one training step (gradient and SGD update on `batch`) of `network`,
/// over `steps` steps after two to warm up. Machine-dependent: printed, never compared.
func secondsPerStep(of network: some Network, on batch: Batch, steps: Int) -> Double {
    var network = network
    var optimizer = SGD(learningRate: 0.1)
    let targets = Targets.classIndices(batch.labels)
    var times: [Double] = []
    for step in 0..<(steps + 2) {
        let stopwatch = Stopwatch()
        let (_, grads) = network.gradient(batch.features, targets)
        optimizer.update(&network.params, grads)
        if step >= 2 { times.append(stopwatch.elapsedSeconds) }
    }
    return times.sorted()[times.count / 2]
}

/// What the graph of one step holds: its leaves (the parameters), its operations (each with a
/// closure) and the elements of the arrays it keeps alive (every node's value; the hand-written
/// layers cache only their inputs and ReLU's mask).
func graphSize(parameters: Parameters, batch: Batch) -> (leaves: Int, operations: Int, elements: Int) {
    let leaves = parameters.mapValues { Variable($0) }
    let scores = TwoLayerExpressionNet.scores(Variable(constant: batch.features), leaves)
    let loss = softmaxCrossEntropy(scores, .classIndices(batch.labels))
    let order = loss.topologicalOrder()
    let operations = order.filter { !$0.inputs.isEmpty }.count
    return (order.count - operations, operations, order.reduce(0) { $0 + $1.value.count })
}
