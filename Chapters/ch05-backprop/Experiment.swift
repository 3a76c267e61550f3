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

    /// The number of training iterations on `sampleCount` samples: the epochs times the batches of
    /// one epoch, or the iterations asked for.
    func iterations(sampleCount: Int) -> Int {
        switch length {
        case .epochs(let epochs): epochs * sampling.batchesPerEpoch(sampleCount: sampleCount, batchSize: batchSize)
        case .iterations(let iterations): iterations
        }
    }

    /// The library trainer's configuration for these settings.
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
