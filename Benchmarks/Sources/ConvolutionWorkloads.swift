// The convolutional workloads of chapter 8: the book's first layer (30 filters of 5×5 on a batch
// of 100 images of 1×28×28), its pieces (im2col, col2im, max pooling), one SimpleConvNet training
// step with Adam, and an epoch over 10,000 MNIST-shaped images. numpy_bench.py runs the same
// work written as the book writes it (im2col with strided slices, np.dot, pooling by reshapes).

import Datasets
import NeuralNet
import NumSwift

/// The book's first convolution and its input: W1 (30, 1, 5, 5), b1 (30,), x (100, 1, 28, 28).
struct BookConvolution {
    let x: NDArray
    let params: Parameters
    let window = SlidingWindow(height: 5, width: 5)

    init(using generator: inout SeededGenerator) {
        x = NDArray.uniform([100, 1, 28, 28], low: 0, high: 1, using: &generator)
        params = ["W1": NDArray.randn([30, 1, 5, 5], using: &generator) * 0.01, "b1": NDArray.zeros([30])]
    }
}

/// Seconds per call of each named piece of the book's first layer, in the order measured.
func timeConvolutionPieces(seconds: Double, cpuTime: Bool, selects: (String) -> Bool) -> [(String, Double)] {
    var generator = SeededGenerator(seed: 8)
    let book = BookConvolution(using: &generator)
    var results: [(String, Double)] = []
    let shape = "100x1x28x28 30x5x5"
    if selects("conv im2col \(shape)") {
        results.append(
            (
                "conv im2col \(shape)",
                measure(seconds: seconds, cpuTime: cpuTime) { blackHole(im2col(book.x, window: book.window)) }
            ))
    }
    let col = im2col(book.x, window: book.window)
    if selects("conv col2im \(shape)") {
        results.append(
            (
                "conv col2im \(shape)",
                measure(seconds: seconds, cpuTime: cpuTime) {
                    blackHole(col2im(col, imageShape: book.x.shape, window: book.window))
                }
            ))
    }
    var layer = Convolution(weight: "W1", bias: "b1")
    if selects("conv forward \(shape)") {
        results.append(
            (
                "conv forward \(shape)",
                measure(seconds: seconds, cpuTime: cpuTime) {
                    blackHole(layer.forward(book.x, book.params, training: true))
                }
            ))
    }
    let output = layer.forward(book.x, book.params, training: true)
    let dout = NDArray.ones(output.shape)
    if selects("conv backward \(shape)") {
        results.append(
            (
                "conv backward \(shape)",
                measure(seconds: seconds, cpuTime: cpuTime) {
                    var grads: Parameters = [:]
                    blackHole(layer.backward(dout, book.params, &grads))
                }
            ))
    }
    if selects("conv maxpool 100x30x24x24") {
        var pooling = MaxPooling(size: 2)
        let maps = maximum(output, 0)
        results.append(
            (
                "conv maxpool forward+backward 100x30x24x24",
                measure(seconds: seconds, cpuTime: cpuTime) {
                    let pooled = pooling.forward(maps, [:], training: true)
                    var grads: Parameters = [:]
                    blackHole(pooling.backward(pooled, [:], &grads))
                }
            ))
    }
    return results
}

/// The book's SimpleConvNet for MNIST: 30 filters of 5×5, 100 hidden units, weights N(0, 0.01²).
func bookConvNet(using generator: inout SeededGenerator) -> SimpleConvNet {
    SimpleConvNet(inputShape: [1, 28, 28], generator: &generator)
}

/// Seconds per SimpleConvNet training step (forward, backward, Adam update) on a batch of 100.
func timeConvNetStep(seconds: Double, cpuTime: Bool) -> Double {
    var generator = SeededGenerator(seed: 8)
    let prototypes = classPrototypes(using: &generator)
    let images = syntheticImages(count: 100, prototypes: prototypes, using: &generator).scaled(.unitInterval)
        .laidOut(.image)
    let batch = images.batch(Array(0..<100))
    var network = bookConvNet(using: &generator)
    var optimizer = Adam(learningRate: 0.001)
    return measure(seconds: seconds, cpuTime: cpuTime) {
        let (_, grads) = network.gradient(batch.features, .classIndices(batch.labels))
        optimizer.update(&network.params, grads)
    }
}

/// One epoch of SimpleConvNet with Adam over 10,000 MNIST-shaped images in shuffled batches of
/// 100, then the accuracy on them. Returns the wall time of the epoch and the accuracy.
func runConvNetEpoch() -> (seconds: Double, trainAccuracy: Double) {
    var generator = SeededGenerator(seed: 8)
    let prototypes = classPrototypes(using: &generator)
    let images = syntheticImages(count: 10_000, prototypes: prototypes, using: &generator).scaled(.unitInterval)
        .laidOut(.image)
    var network = bookConvNet(using: &generator)
    var optimizer = Adam(learningRate: 0.001)
    // Evaluated in batches of 100 as well: a batch of 1000 images would hold im2col's 14.4 million
    // patch elements and the 17 million of the feature maps at once (about 700 MB in all).
    let configuration = TrainingConfiguration(
        length: .epochs(1), batchSize: 100, sampling: .shuffledEpochs, evaluationBatchSize: 100)
    let start = wallSeconds()
    let history = train(
        &network, optimizer: &optimizer, on: images, configuration: configuration, generator: &generator)
    return (wallSeconds() - start, history.evaluations.last?.trainAccuracy ?? .nan)
}
