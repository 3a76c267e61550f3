import Datasets
import NeuralNet
import NumSwift
import Testing

// The two-layer net as an expression against the hand-written layers of TwoLayerNet.

@Suite struct AutogradNetworkTests {
    @Test(arguments: gradientSeeds)
    func expressionGradientsEqualTheLayersGradients(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var layers = TwoLayerNet(inputSize: 8, hiddenSize: 6, outputSize: 4, weightInitStd: 0.5, generator: &generator)
        layers.params["b1"] = NDArray.randn([6], using: &generator) * 0.1
        layers.params["b2"] = NDArray.randn([4], using: &generator) * 0.1
        var expression = TwoLayerExpressionNet(params: layers.params)
        let x = NDArray.randn([5, 8], using: &generator)
        let targets = randomTargets(batch: 5, classes: 4, soft: seed.isMultiple(of: 2), using: &generator)
        let byLayers = layers.gradient(x, targets)
        let byGraph = expression.gradient(x, targets)
        #expect(abs(byGraph.loss - byLayers.loss) <= 1e-12 * abs(byLayers.loss))
        #expect(byGraph.grads.keys.sorted() == byLayers.grads.keys.sorted())
        for (name, gradient) in byLayers.grads {
            let error = maxRelativeError(byGraph.grads[name]!, gradient)
            #expect(error < 1e-12, "\(name): worst relative error \(error)")
        }
        let numerical = expression.numericalGradient(x, targets)
        for (name, gradient) in numerical {
            #expect(maxRelativeError(byGraph.grads[name]!, gradient) < gradientTolerance, "\(name)")
        }
    }

    @Test func expressionNetStartsAsTwoLayerNetAndScoresTheSame() {
        var first = SeededGenerator(seed: 5)
        var second = SeededGenerator(seed: 5)
        var layers = TwoLayerNet(inputSize: 6, hiddenSize: 5, outputSize: 3, generator: &first)
        var expression = TwoLayerExpressionNet(inputSize: 6, hiddenSize: 5, outputSize: 3, generator: &second)
        #expect(expression.params == layers.params)
        let x = NDArray.randn([4, 6], using: &first)
        #expect(expression.forward(x, training: false) == layers.forward(x, training: false))
    }

    @Test func trainingWithEitherGradientGivesTheSameNetworkBitForBit() {
        var generator = SeededGenerator(seed: 9)
        let pixels = (0..<(120 * 16)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let labels = (0..<120).map { _ in generator.nextInt(below: 3) }
        let images = ImageDataset(pixels: pixels, labels: labels, rows: 4, columns: 4, maximumPixel: 255, classCount: 3)
        let configuration = TrainingConfiguration(length: .epochs(3), batchSize: 20)
        var layersGenerator = SeededGenerator(seed: 5)
        var graphGenerator = SeededGenerator(seed: 5)
        var layers = TwoLayerNet(
            inputSize: 16, hiddenSize: 7, outputSize: 3, weightInitStd: 0.3, generator: &layersGenerator)
        var graph = TwoLayerExpressionNet(
            inputSize: 16, hiddenSize: 7, outputSize: 3, weightInitStd: 0.3, generator: &graphGenerator)
        let initial = layers.params
        var layersOptimizer = SGD(learningRate: 0.5)
        var graphOptimizer = SGD(learningRate: 0.5)
        let layersHistory = train(
            &layers, optimizer: &layersOptimizer, on: images, configuration: configuration, generator: &layersGenerator)
        let graphHistory = train(
            &graph, optimizer: &graphOptimizer, on: images, configuration: configuration, generator: &graphGenerator)
        #expect(graphHistory.losses == layersHistory.losses)
        #expect(graph.params == layers.params)
        #expect(graph.params != initial)  // the runs did move the weights
    }
}
