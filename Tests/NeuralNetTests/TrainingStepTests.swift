import NeuralNet
import NumSwift
import Testing

// What a training step does not do: copy a weight matrix, or compute ∂L/∂x for the data.

/// The address of W1's elements: equal before and after an update only if it wrote in place.
private func weightAddress(_ network: TwoLayerNet) -> Int {
    network.params["W1"]!.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
}

@Test func anUpdateOfTheNetworksParamsWritesIntoTheWeightsInPlace() {
    var generator = SeededGenerator(seed: 5)
    var network = TwoLayerNet(inputSize: 6, hiddenSize: 4, outputSize: 2, generator: &generator)
    let (_, grads) = network.gradient(NDArray.randn([3, 6], using: &generator), .classIndices([0, 1, 1]))
    let before = weightAddress(network)
    let expected = network.params["W1"]! - grads["W1"]! * 0.5
    var optimizer = SGD(learningRate: 0.5)
    optimizer.update(&network.params, grads)
    // A copy would be made while the old buffer is still alive, so it could not share its address:
    // no layer holds a second reference to W1.
    #expect(weightAddress(network) == before)
    #expect(network.params["W1"] == expected)
}

@Test func theFirstLayersGradientsComeWithoutItsInputGradient() {
    // The networks call backwardToParameters on their first layer: its gradients must equal a full backward's.
    var generator = SeededGenerator(seed: 8)
    var network = TwoLayerNet(inputSize: 5, hiddenSize: 4, outputSize: 3, weightInitStd: 1, generator: &generator)
    let x = NDArray.randn([4, 5], using: &generator)
    let targets = Targets.classIndices([0, 1, 2, 1])
    let grads = network.gradient(x, targets).grads
    var full = AffineLayer(weight: "W1", bias: "b1")
    let hidden = full.forward(x, network.params, training: true)
    var relu = ReLULayer()
    var second = AffineLayer(weight: "W2", bias: "b2")
    var loss = SoftmaxWithLoss()
    _ = loss.forward(second.forward(relu.forward(hidden, [:], training: true), network.params, training: true), targets)
    var reference: Parameters = [:]
    var noGradients: Parameters = [:]
    let dHidden = relu.backward(second.backward(loss.backward(), network.params, &reference), [:], &noGradients)
    let dx = full.backward(dHidden, network.params, &reference)
    #expect(dx.shape == [4, 5])
    #expect(grads == reference)
}
