import NumSwift

/// The book's convolutional network:
///
///     Convolution(W1, b1) → ReLU → MaxPooling 2×2 → Affine(W2, b2) → ReLU → Affine(W3, b3) → softmax
///
/// For images of C × H × W and FN filters of FH × FW (stride S, padding P), the convolution gives
/// FN maps of OH × OW, pooling halves them, and the first affine layer reads the
/// FN · (OH/2) · (OW/2) pooled values. Weights start as N(0, σ²) with σ = `weightInitStd` (the
/// book's 0.01), drawn W1 first, biases at 0.
public struct SimpleConvNet: Network {
    /// W1 (FN, C, FH, FW), b1 (FN,), W2 (pooled, hidden), b2 (hidden,), W3 (hidden, classes), b3 (classes,).
    public var params: Parameters
    private var convolution1: Convolution
    private var relu1 = ReLULayer()
    private var pooling1 = MaxPooling(size: 2)
    private var affine1 = AffineLayer(weight: "W2", bias: "b2")
    private var relu2 = ReLULayer()
    private var affine2 = AffineLayer(weight: "W3", bias: "b3")
    private var lastLayer = SoftmaxWithLoss()

    /// The shape of one input image, (C, H, W).
    public let inputShape: [Int]

    /// A network for images of `inputShape` (C, H, W) with `filterCount` filters of
    /// `filterSize` × `filterSize`, `hiddenSize` hidden units and `outputSize` classes. Stops with a
    /// message naming the sizes when the filters do not fit the images or the maps do not halve.
    public init(
        inputShape: [Int], filterCount: Int = 30, filterSize: Int = 5, stride: Int = 1, padding: Int = 0,
        hiddenSize: Int = 100, outputSize: Int = 10, weightInitStd: Double = 0.01, generator: inout SeededGenerator
    ) {
        precondition(
            inputShape.count == 3 && inputShape.allSatisfy { $0 > 0 },
            "SimpleConvNet needs an input shape (C, H, W), got \(inputShape)")
        precondition(
            filterCount > 0 && hiddenSize > 0 && outputSize > 0,
            "SimpleConvNet needs positive sizes, got \(filterCount) filters, \(hiddenSize) hidden, \(outputSize) outputs"
        )
        let window = SlidingWindow(height: filterSize, width: filterSize, stride: stride, padding: padding)
        let maps = window.outputSizeOrFail(
            imageHeight: inputShape[1], imageWidth: inputShape[2], in: "SimpleConvNet on images \(inputShape)")
        let pooled = SlidingWindow(height: 2, width: 2, stride: 2).outputSizeOrFail(
            imageHeight: maps.height, imageWidth: maps.width, in: "SimpleConvNet's 2x2 pooling of \(maps) maps")
        let pooledCount = filterCount * pooled.height * pooled.width
        self.inputShape = inputShape
        params = [:]
        params["W1"] =
            NDArray.randn([filterCount, inputShape[0], filterSize, filterSize], using: &generator) * weightInitStd
        params["b1"] = NDArray.zeros([filterCount])
        params["W2"] = NDArray.randn([pooledCount, hiddenSize], using: &generator) * weightInitStd
        params["b2"] = NDArray.zeros([hiddenSize])
        params["W3"] = NDArray.randn([hiddenSize, outputSize], using: &generator) * weightInitStd
        params["b3"] = NDArray.zeros([outputSize])
        convolution1 = Convolution(weight: "W1", bias: "b1", stride: stride, padding: padding)
    }

    /// The class scores of a batch (N, C, H, W).
    public mutating func forward(_ x: NDArray, training: Bool) -> NDArray {
        var h = convolution1.forward(x, params, training: training)
        h = relu1.forward(h, params, training: training)
        h = pooling1.forward(h, params, training: training)
        h = affine1.forward(h, params, training: training)
        h = relu2.forward(h, params, training: training)
        return affine2.forward(h, params, training: training)
    }

    /// The feature maps after each stage for a batch: convolution, ReLU and pooling.
    public func featureMaps(_ x: NDArray) -> (convolution: NDArray, relu: NDArray, pooling: NDArray) {
        var copy = self
        let convolved = copy.convolution1.forward(x, params, training: false)
        let rectified = copy.relu1.forward(convolved, params, training: false)
        return (convolved, rectified, copy.pooling1.forward(rectified, params, training: false))
    }

    /// Forward to the loss, then backward through the layers in reverse order.
    public mutating func gradient(_ x: NDArray, _ targets: Targets) -> (loss: Double, grads: Parameters) {
        let scores = forward(x, training: true)
        let loss = lastLayer.forward(scores, targets)
        var grads: Parameters = [:]
        var dout = lastLayer.backward()
        dout = affine2.backward(dout, params, &grads)
        dout = relu2.backward(dout, params, &grads)
        dout = affine1.backward(dout, params, &grads)  // back to the pooled maps' shape
        dout = pooling1.backward(dout, params, &grads)
        dout = relu1.backward(dout, params, &grads)
        // x is the data: the convolution computes only ∂L/∂W1 and ∂L/∂b1, no col2im.
        convolution1.backwardToParameters(dout, params, &grads)
        return (loss, grads)
    }
}
