import Datasets
import NeuralNet
import NumSwift
import Testing

@testable import ch07_init_regularization
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

@Test func smallWeightsShrinkTheSignalTenfoldPerLayer() {
    // Inputs of variance 1, weights of variance 1e-4, 100 terms: each layer's variance is 100 · 1e-4 = 0.01
    // times the last one, so its standard deviation 0.1 times (tanh is the identity this close to 0).
    var generator = SeededGenerator(seed: 1)
    let inputs = NDArray.randn([1_000, 100], using: &generator)
    let layers = activationsThroughLayers(
        inputs: inputs, layers: 4, initialization: .standardDeviation(0.01), activation: .tanh, using: &generator)
    #expect(layers.count == 4 && layers.allSatisfy { $0.shape == [1_000, 100] })
    for (index, layer) in layers.enumerated() {
        let expected = pow(0.1, Double(index + 1))
        #expect(Swift.abs(layer.standardDeviation() / expected - 1) < 0.1, "layer \(index + 1)")
    }
}

@Test func reluHistogramsLeaveOutExactZerosOnly() {
    let layer = NDArray([0, 0.5, 0, 2, 1e-300])
    #expect(histogramValues(.relu, layer) == [0.5, 2, 1e-300])
    #expect(histogramValues(.tanh, layer) == layer.scalars)
    #expect(histogramRange(.relu, of: [layer]) == 0...2)
    #expect(histogramRange(.sigmoid, of: [layer]) == 0...1)
}
