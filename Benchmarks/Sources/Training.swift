// The training workloads: one step of the book's 784-50-10 network, and the whole chapter-5
// experiment on seeded MNIST-shaped images (no download needed). numpy_bench.py runs the same
// network, written plainly in NumPy as the book writes it, on images made the same way.

import Datasets
import Foundation
import NeuralNet
import NumSwift

/// `count` images of 28×28 bytes in 10 classes: each class has a random pattern of bright pixels
/// (one in five), and every pixel of an image is replaced by a random byte with probability 1/4.
/// MNIST's shape and storage, with just enough structure that accuracy means something.
func syntheticImages(count: Int, prototypes: [[UInt8]], using generator: inout SeededGenerator) -> ImageDataset {
    let size = 784
    var pixels = [UInt8](repeating: 0, count: count * size)
    var labels = [Int](repeating: 0, count: count)
    for image in 0..<count {
        let label = generator.nextInt(below: 10)
        labels[image] = label
        for j in 0..<size {
            let draw = generator.next()
            pixels[image * size + j] = draw & 3 == 0 ? UInt8(truncatingIfNeeded: draw >> 8) : prototypes[label][j]
        }
    }
    return ImageDataset(pixels: pixels, labels: labels, rows: 28, columns: 28, maximumPixel: 255, classCount: 10)
}

/// Ten class patterns of 784 bytes: 255 with probability 1/5, else 0.
func classPrototypes(using generator: inout SeededGenerator) -> [[UInt8]] {
    (0..<10).map { _ in (0..<784).map { _ in generator.nextInt(below: 5) == 0 ? 255 : 0 } }
}

/// The book's chapter-5 network: TwoLayerNet(784, 50, 10) with weights N(0, 0.01²).
func bookNetwork(using generator: inout SeededGenerator) -> TwoLayerNet {
    TwoLayerNet(inputSize: 784, hiddenSize: 50, outputSize: 10, generator: &generator)
}

/// Seconds per training step (forward, backward, SGD update) on one batch of 100 images, as `train` does it,
/// of the book's network with its gradient by the hand-written layers (`TwoLayerNet`) or, with
/// `automatic`, by `backward()` on the recorded graph (`TwoLayerExpressionNet`, chapter 9): the
/// same weights, the same batch.
func timeTrainingStep(seconds: Double, cpuTime: Bool, automatic: Bool = false) -> Double {
    var generator = SeededGenerator(seed: 5)
    let prototypes = classPrototypes(using: &generator)
    let images = syntheticImages(count: 100, prototypes: prototypes, using: &generator)
    let batch = images.batch(Array(0..<100))
    let layers = bookNetwork(using: &generator)
    return automatic
        ? timeSteps(of: TwoLayerExpressionNet(params: layers.params), on: batch, seconds: seconds, cpuTime: cpuTime)
        : timeSteps(of: layers, on: batch, seconds: seconds, cpuTime: cpuTime)
}

/// Seconds per gradient-and-update step of `network` on `batch`.
private func timeSteps(
    of network: some Network, on batch: (features: NDArray, labels: [Int]), seconds: Double, cpuTime: Bool
) -> Double {
    var network = network
    var optimizer = SGD(learningRate: 0.1)
    return measure(seconds: seconds, cpuTime: cpuTime) {
        let (_, grads) = network.gradient(batch.features, .classIndices(batch.labels))
        optimizer.update(&network.params, grads)
    }
}

/// The chapter-5 experiment: 10,000 steps of SGD (learning rate 0.1) on batches of 100 drawn with
/// replacement from 60,000 images, train and test accuracy (10,000 images) every 600 steps.
/// Returns the wall time of the training (not of making the images) and the final accuracies.
func runExperiment() -> (seconds: Double, trainAccuracy: Double, testAccuracy: Double) {
    var generator = SeededGenerator(seed: 7)
    let prototypes = classPrototypes(using: &generator)
    let trainingSet = syntheticImages(count: 60_000, prototypes: prototypes, using: &generator)
    let testSet = syntheticImages(count: 10_000, prototypes: prototypes, using: &generator)
    var network = bookNetwork(using: &generator)
    var optimizer = SGD(learningRate: 0.1)
    let configuration = TrainingConfiguration(
        length: .iterations(10_000), batchSize: 100, sampling: .withReplacement, evaluationBatchSize: 1000)
    let start = wallSeconds()
    let history = train(
        &network, optimizer: &optimizer, on: trainingSet, testSet: testSet, configuration: configuration,
        generator: &generator)
    let elapsed = wallSeconds() - start
    let last = history.evaluations.last
    return (elapsed, last?.trainAccuracy ?? .nan, last?.testAccuracy ?? .nan)
}

/// The largest resident memory of this process so far, in megabytes.
func peakMemoryMegabytes() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
    #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    #endif
}
