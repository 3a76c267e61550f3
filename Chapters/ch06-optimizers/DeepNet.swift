import Datasets
import NeuralNet
import NumSwift
import TermPlot
import Workbook

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// A fresh network (with `weightDecay` in its loss) and the generator that goes on to shuffle
    /// its batches. The initial weights do not depend on the weight decay.
    func makeNetwork(weightDecay: WeightDecay = .none) -> (MultiLayerNet, SeededGenerator) {
        var generator = SeededGenerator(seed: seed)
        let network = MultiLayerNet(
            inputSize: data.train.sampleShape.reduce(1, *), hiddenSizes: Self.hiddenSizes,
            outputSize: data.train.classCount, activation: .relu, weights: .heNormal, weightDecay: weightDecay,
            generator: &generator)
        return (network, generator)
    }

    /// One training run with `optimizer` (and `weightDecay` in the loss); returns what happened,
    /// the optimizer as it ended (a `ClippedOptimizer` counts its clipped updates) and the network.
    func run<O: Optimizer>(
        _ optimizer: O, epochs: Int? = nil, weightDecay: WeightDecay = .none,
        progress: (TrainingEvent) -> Void = { _ in }
    ) -> (history: TrainingHistory, optimizer: O, network: MultiLayerNet) {
        var (network, generator) = makeNetwork(weightDecay: weightDecay)
        var optimizer = optimizer
        let history = train(
            &network, optimizer: &optimizer, on: data.train, testSet: data.test,
            configuration: TrainingConfiguration(length: .epochs(epochs ?? self.epochs), batchSize: Self.batchSize),
            generator: &generator, progress: progress)
        return (history, optimizer, network)
    }
}

/// The root of the sum of squares of a network's weight matrices ("W1", "W2", …; biases and
/// batch-norm parameters left out), or of those whose names are in `names`: the size weight decay
/// acts on.
func weightNorm(_ params: Parameters, names: Set<String>? = nil) -> Double {
    let weights = params.filter { name, _ in names.map { $0.contains(name) } ?? name.hasPrefix("W") }
    return sqrt(weights.values.reduce(0) { $0 + square($1).sum() })
}

/// The mean training loss of every epoch against the epoch, one line per run, on a log y axis
/// (over `yRange` when given, so that plots side by side share their scale).
func lossCurves(
    title: String, _ runs: [(label: String, history: TrainingHistory)], yRange: ClosedRange<Double>? = nil
) -> LinePlot {
    var plot = LinePlot(title: title, xLabel: "epoch", yLabel: "loss", yRange: yRange, yScale: .log10)
    for run in runs {
        let losses = run.history.evaluations.map(\.meanLoss)
        plot = plot.line(x: losses.indices.map { Double($0 + 1) }, y: losses, label: run.label)
    }
    return plot
}

/// A row of the results tables: the last epoch's mean loss and accuracies, or where it diverged.
func resultCells(_ history: TrainingHistory) -> [String] {
    if let divergence = history.divergence {
        return ["diverged, step \(divergence.iteration)", "-", "-"]
    }
    guard let last = history.evaluations.last else { return ["-", "-", "-"] }
    return [
        fixed(last.meanLoss, digits: 4), fixed(last.trainAccuracy, digits: 4),
        last.testAccuracy.map { fixed($0, digits: 4) } ?? "-",
    ]
}
