import NeuralNet
import NumSwift
import Testing

/// The convolution by its definition, four nested loops per output element.
private func naiveConvolution(_ x: NDArray, _ W: NDArray, _ b: NDArray, stride: Int, padding: Int) -> NDArray {
    let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let (fn, fh, fw) = (W.shape[0], W.shape[2], W.shape[3])
    let (oh, ow) = ((h + 2 * padding - fh) / stride + 1, (w + 2 * padding - fw) / stride + 1)
    var y = NDArray.zeros([n, fn, oh, ow])
    for s in 0..<n {
        for f in 0..<fn {
            for i in 0..<oh {
                for j in 0..<ow {
                    var total = b[f]
                    for k in 0..<c {
                        for p in 0..<fh {
                            for q in 0..<fw {
                                let (row, column) = (i * stride + p - padding, j * stride + q - padding)
                                if row >= 0 && row < h && column >= 0 && column < w {
                                    total += W[f, k, p, q] * x[s, k, row, column]
                                }
                            }
                        }
                    }
                    y[s, f, i, j] = total
                }
            }
        }
    }
    return y
}

/// (x shape, W shape, stride, padding): 1×1 filters, filters as large as the input, strides, padding.
private let convolutionCases: [([Int], [Int], Int, Int)] = [
    ([2, 1, 5, 5], [3, 1, 3, 3], 1, 0),
    ([2, 3, 6, 6], [4, 3, 3, 3], 1, 1),
    ([1, 2, 7, 7], [2, 2, 3, 3], 2, 0),
    ([3, 2, 4, 4], [5, 2, 1, 1], 1, 0),
    ([2, 3, 5, 4], [2, 3, 5, 4], 1, 0),
    ([2, 2, 6, 6], [3, 2, 2, 2], 2, 1),
    ([1, 3, 8, 8], [2, 3, 5, 5], 1, 2),
]

@Test(arguments: convolutionCases.indices)
func convolutionMatchesTheNaiveLoop(index: Int) {
    let (xShape, wShape, stride, padding) = convolutionCases[index]
    var generator = SeededGenerator(seed: UInt64(index))
    let x = NDArray.randn(xShape, using: &generator)
    let params: Parameters = [
        "W": NDArray.randn(wShape, using: &generator), "b": NDArray.randn([wShape[0]], using: &generator),
    ]
    var layer = Convolution(weight: "W", bias: "b", stride: stride, padding: padding)
    let y = layer.forward(x, params, training: true)
    let expected = naiveConvolution(x, params["W"]!, params["b"]!, stride: stride, padding: padding)
    #expect(y.shape == expected.shape)
    #expect(abs(y - expected).max() < 1e-12)
}

@Test(arguments: convolutionCases.indices)
func convolutionPassesTheGradientCheck(index: Int) {
    let (xShape, wShape, stride, padding) = convolutionCases[index]
    var generator = SeededGenerator(seed: UInt64(10 + index))
    let x = NDArray.randn(xShape, using: &generator)
    let params: Parameters = [
        "W": NDArray.randn(wShape, using: &generator), "b": NDArray.randn([wShape[0]], using: &generator),
    ]
    let layer = Convolution(weight: "W", bias: "b", stride: stride, padding: padding)
    #expect(layerGradientError(layer, params: params, input: x, using: &generator) < gradientTolerance)
}

/// Distinct values at least 0.01 apart, shuffled: no two elements of a pooling window within h.
private func untiedInput(_ shape: [Int], using generator: inout SeededGenerator) -> NDArray {
    let count = shape.reduce(1, *)
    let order = generator.permutation(count)
    return NDArray(shape: shape, scalars: order.map { Double($0) * 0.01 - 0.3 })
}

@Test(arguments: gradientSeeds)
func maxPoolingPassesTheGradientCheck(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let x = untiedInput([2, 3, 6, 6], using: &generator)
    #expect(layerGradientError(MaxPooling(size: 2), input: x, using: &generator) < gradientTolerance)
    #expect(layerGradientError(MaxPooling(size: 3, stride: 1), input: x, using: &generator) < gradientTolerance)
}

@Test(arguments: gradientSeeds)
func averagePoolingAndFlattenPassTheGradientCheck(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let x = NDArray.randn([2, 2, 4, 6], using: &generator)
    #expect(layerGradientError(AveragePooling(size: 2), input: x, using: &generator) < gradientTolerance)
    #expect(layerGradientError(AveragePooling(size: 3, stride: 1), input: x, using: &generator) < gradientTolerance)
    #expect(layerGradientError(Flatten(), input: x, using: &generator) < gradientTolerance)
}

@Test func maxPoolingSendsTheGradientToTheMaximum() {
    var pooling = MaxPooling(size: 2)
    let x = NDArray(shape: [1, 1, 2, 4], scalars: [1, 5, 0, -1, 2, 3, -2, -3])
    #expect(pooling.forward(x, training: true).scalars == [5, 0])
    #expect(pooling.backward(NDArray(shape: [1, 1, 1, 2], scalars: [10, 20])).scalars == [0, 10, 20, 0, 0, 0, 0, 0])
}

@Test func averagePoolingSharesTheGradientEqually() {
    var pooling = AveragePooling(size: 2)
    let x = NDArray(shape: [1, 1, 2, 2], scalars: [1, 2, 3, 6])
    #expect(pooling.forward(x, training: true).scalars == [3])
    #expect(pooling.backward(NDArray(shape: [1, 1, 1, 1], scalars: [4])).scalars == [1, 1, 1, 1])
}

@Test(arguments: [true, false])
func residualBlockPassesTheGradientCheck(skip: Bool) {
    var generator = SeededGenerator(seed: skip ? 7 : 8)
    let x = NDArray.randn([2, 3, 4, 4], using: &generator)
    let params: Parameters = [
        "W1": NDArray.randn([3, 3, 3, 3], using: &generator) * 0.5, "b1": NDArray.randn([3], using: &generator),
        "W2": NDArray.randn([3, 3, 3, 3], using: &generator) * 0.5, "b2": NDArray.randn([3], using: &generator),
    ]
    let block = ResidualBlock(first: ("W1", "b1"), second: ("W2", "b2"), skipConnection: skip)
    #expect(layerGradientError(block, params: params, input: x, using: &generator) < gradientTolerance)
}

@Test func residualBlockAddsItsInput() {
    let params: Parameters = [
        "W1": NDArray.zeros([2, 2, 3, 3]), "b1": NDArray.zeros([2]),
        "W2": NDArray.zeros([2, 2, 3, 3]), "b2": NDArray.ones([2]),
    ]
    let x = NDArray.arange(32).reshaped([1, 2, 4, 4])
    var block = ResidualBlock(first: ("W1", "b1"), second: ("W2", "b2"))
    #expect(block.forward(x, params, training: false) == x + 1)  // F(x) = b2 = 1 everywhere
    var plain = ResidualBlock(first: ("W1", "b1"), second: ("W2", "b2"), skipConnection: false)
    #expect(plain.forward(x, params, training: false) == NDArray.ones([1, 2, 4, 4]))
}

/// Worst relative error of a network's backprop gradient against its numerical gradient.
private func networkGradientError(_ network: some Network, _ x: NDArray, _ labels: [Int]) -> Double {
    var copy = network
    let analytic = copy.gradient(x, .classIndices(labels)).grads
    let numerical = network.numericalGradient(x, .classIndices(labels))
    #expect(Set(analytic.keys) == Set(numerical.keys))
    return numerical.keys.map { maxRelativeError(analytic[$0]!, numerical[$0]!) }.max() ?? .nan
}

@Test(arguments: [UInt64(1), 2])
func simpleConvNetPassesTheGradientCheck(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let network = SimpleConvNet(
        inputShape: [2, 6, 6], filterCount: 3, filterSize: 3, padding: 1, hiddenSize: 5, outputSize: 4,
        weightInitStd: 0.3, generator: &generator)
    let x = NDArray.randn([3, 2, 6, 6], using: &generator)
    #expect(networkGradientError(network, x, [0, 3, 1]) < gradientTolerance)
}

@Test(arguments: [true, false])
func residualConvNetPassesTheGradientCheck(skip: Bool) {
    var generator = SeededGenerator(seed: 3)
    let network = ResidualConvNet(
        inputShape: [1, 4, 4], channels: 2, blocks: 1, outputSize: 3, skipConnections: skip, generator: &generator)
    let x = NDArray.randn([2, 1, 4, 4], using: &generator)
    #expect(networkGradientError(network, x, [2, 0]) < gradientTolerance)
}

@Test func simpleConvNetHasTheBooksShapesAndSavesItsParameters() throws {
    var generator = SeededGenerator(seed: 1)
    let network = SimpleConvNet(inputShape: [1, 28, 28], generator: &generator)
    #expect(network.params["W1"]!.shape == [30, 1, 5, 5])
    #expect(network.params["W2"]!.shape == [30 * 12 * 12, 100])
    #expect(network.params["W3"]!.shape == [100, 10])
    #expect(network.predict(NDArray.zeros([2, 1, 28, 28])).shape == [2, 10])
    let bytes = ParameterFile.encode(network.params)
    var restored = SimpleConvNet(inputShape: [1, 28, 28], generator: &generator)
    #expect(restored.params != network.params)
    restored.params = try ParameterFile.decode(bytes)
    #expect(restored.params == network.params)
}
