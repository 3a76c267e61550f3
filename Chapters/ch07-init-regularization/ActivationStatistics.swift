import NeuralNet
import NumSwift

/// The activations of each layer when a batch of random inputs runs through a stack of fully
/// connected layers (no biases, as in the book's experiment), all of one width and one activation.
///
/// Nothing is trained: the point is what the initial weights alone do to the signal, layer by layer.
func activationsThroughLayers(
    inputs: NDArray, layers: Int, initialization: WeightInit, activation: Activation,
    using generator: inout SeededGenerator
) -> [NDArray] {
    var x = inputs
    var result: [NDArray] = []
    for _ in 0..<layers {
        let width = x.shape[1]
        let weights = initialization.weights(fanIn: width, fanOut: width, using: &generator)
        var layer = ActivationLayer.make(activation)
        x = layer.forward(matmul(x, weights), [:], training: false)
        result.append(x)
    }
    return result
}

/// The range a histogram of this activation's outputs is drawn over: the activation's own range for
/// sigmoid and tanh, and 0 to the largest value for ReLU (and anything else).
func histogramRange(_ activation: Activation, of layers: [NDArray]) -> ClosedRange<Double> {
    switch activation {
    case .sigmoid: return 0...1
    case .tanh: return -1...1
    default:
        let largest = layers.map { $0.max() }.max() ?? 1
        return 0...Swift.max(largest, 1e-12)
    }
}

/// The values a histogram shows: all of them, except ReLU's exact zeros (about half of every layer),
/// which would flatten every other bar.
func histogramValues(_ activation: Activation, _ layer: NDArray) -> [Double] {
    activation == .relu ? layer.scalars.filter { $0 != 0 } : layer.scalars
}
