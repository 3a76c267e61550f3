import Datasets
import NeuralNet
import NumSwift
import Workbook

/// The settings of the chapter's training run, read from the command line.
struct ExperimentSettings {
    /// Hidden units of the two-layer net (`--hidden`).
    var hiddenSize = 50
    /// SGD's step size (`--lr`).
    var learningRate = 0.1
    /// Samples per mini-batch (`--batch-size`).
    var batchSize = 100
    /// Epochs of shuffled batches, or the book's iterations of batches drawn with replacement.
    var length = TrainingConfiguration.Length.epochs(100)
    /// The seed of the weights and of the batches (`--seed`).
    var seed: UInt64 = 5

    /// `--iterations N` is the book's loop (`np.random.choice` batches); `--epochs N` visits every
    /// sample once per epoch in a fresh order.
    var sampling: BatchSampling {
        if case .iterations = length { return .withReplacement }
        return .shuffledEpochs
    }

    /// The trainer's configuration for these settings.
    var configuration: TrainingConfiguration {
        TrainingConfiguration(length: length, batchSize: batchSize, sampling: sampling)
    }

    /// The untrained network for `data`, its weights the first draws of `generator`
    /// (the book's N(0, 0.01²) weights, zero biases).
    func makeNetwork(for data: TrainTestSets, using generator: inout SeededGenerator) -> TwoLayerNet {
        TwoLayerNet(
            inputSize: data.train.pixelsPerImage, hiddenSize: hiddenSize, outputSize: data.train.classCount,
            generator: &generator)
    }
}

/// What one training run produced.
struct TrainingRun {
    /// The trained network.
    var network: TwoLayerNet
    /// Losses, per-epoch accuracies and a divergence, if any.
    var history: TrainingHistory
    /// Wall-clock seconds of training (machine-dependent).
    var seconds: Double
}

/// Trains a fresh two-layer net on `data.train` with plain SGD, evaluating on `data.test` after
/// every epoch; `progress` hears every epoch and a divergence. The network's weights are drawn
/// from `settings.seed` first, then the batches, so a seed fixes the whole run.
func trainTwoLayerNet(
    on data: TrainTestSets, settings: ExperimentSettings, progress: (TrainingEvent) -> Void = { _ in }
) -> TrainingRun {
    var generator = SeededGenerator(seed: settings.seed)
    var network = settings.makeNetwork(for: data, using: &generator)
    var optimizer = SGD(learningRate: settings.learningRate)
    let (history, seconds) = Stopwatch.time {
        train(
            &network, optimizer: &optimizer, on: data.train, testSet: data.test,
            configuration: settings.configuration, generator: &generator, progress: progress)
    }
    return TrainingRun(network: network, history: history, seconds: seconds)
}

/// Which epochs' progress lines to print: all of them up to 20, otherwise the first, every k-th
/// and the last, with k = ⌈epochs / 20⌉, so the log stays one screen long (the figures show all).
func epochsToPrint(total: Int) -> (every: Int, shows: (Int) -> Bool) {
    let every = Swift.max(1, (total + 19) / 20)
    return (every, { epoch in epoch == 1 || epoch % every == 0 || epoch == total })
}
