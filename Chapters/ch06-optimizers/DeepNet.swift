import Datasets
import NeuralNet
import NumSwift
import TermPlot
import Workbook

/// The experiment of sections 6.3 to 6.6: a 5-layer ReLU net (four hidden layers of 100 units,
/// He initialisation) trained in mini-batches of 128 on a data set.
struct DeepNetExperiment {
    /// The training and test images, scaled to [0, 1] and flattened.
    let data: TrainTestSets
    /// Passes over the training set per run.
    let epochs: Int
    /// The seed of every run: each starts from the same weights and sees the same batches.
    let seed: UInt64

    static let hiddenSizes = [100, 100, 100, 100]
    static let batchSize = 128

    /// The updates of one epoch (the schedule of 6.4 counts epochs in these).
    var batchesPerEpoch: Int {
        BatchSampling.shuffledEpochs.batchesPerEpoch(sampleCount: data.train.count, batchSize: Self.batchSize)
    }

    /// A fresh network and the generator that goes on to shuffle its batches.
    func makeNetwork() -> (MultiLayerNet, SeededGenerator) {
        var generator = SeededGenerator(seed: seed)
        let network = MultiLayerNet(
            inputSize: data.train.sampleShape.reduce(1, *), hiddenSizes: Self.hiddenSizes,
            outputSize: data.train.classCount, activation: .relu, weights: .heNormal, generator: &generator)
        return (network, generator)
    }

    /// One training run with `optimizer`; returns what happened and the optimizer as it ended
    /// (a `ClippedOptimizer` counts its clipped updates).
    func run<O: Optimizer>(
        _ optimizer: O, epochs: Int? = nil, progress: (TrainingEvent) -> Void = { _ in }
    ) -> (history: TrainingHistory, optimizer: O) {
        var (network, generator) = makeNetwork()
        var optimizer = optimizer
        let history = train(
            &network, optimizer: &optimizer, on: data.train, testSet: data.test,
            configuration: TrainingConfiguration(length: .epochs(epochs ?? self.epochs), batchSize: Self.batchSize),
            generator: &generator, progress: progress)
        return (history, optimizer)
    }
}

/// The mean training loss of every epoch against the epoch, one line per run, on a log y axis.
func lossCurves(title: String, _ runs: [(label: String, history: TrainingHistory)]) -> LinePlot {
    var plot = LinePlot(title: title, xLabel: "epoch", yLabel: "mean training loss", yScale: .log10)
    for run in runs {
        let losses = run.history.evaluations.map(\.meanLoss)
        plot = plot.line(x: losses.indices.map { Double($0 + 1) }, y: losses, label: run.label)
    }
    return plot
}

/// A row of the results tables: the last epoch's mean loss and accuracies, or where it diverged.
func resultCells(_ history: TrainingHistory) -> [String] {
    if let divergence = history.divergence {
        return ["diverged at iteration \(divergence.iteration)", "-", "-"]
    }
    guard let last = history.evaluations.last else { return ["-", "-", "-"] }
    return [
        fixed(last.meanLoss, digits: 4), fixed(last.trainAccuracy, digits: 4),
        last.testAccuracy.map { fixed($0, digits: 4) } ?? "-",
    ]
}
