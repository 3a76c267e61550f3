import NumSwift

/// Average pooling: each window of each channel replaced by the mean of its values;
/// (N, C, H, W) → (N, C, OH, OW).
///
///     forward   y = (1/k) Σ over the window of x,  k = size²
///     backward  every pixel of the window gets ∂L/∂y / k
///
/// Like `MaxPooling` it works on every channel as its own image through `im2col`, and has no
/// parameters. Where max pooling keeps the strongest response of a window, averaging blurs it.
public struct AveragePooling: Layer {
    /// The pooling window: its size and stride.
    public let window: SlidingWindow
    private var inputShape: [Int]?

    /// Averaging over `size` × `size` windows moving by `stride` (by default `size`).
    public init(size: Int = 2, stride: Int? = nil) {
        window = SlidingWindow(height: size, width: size, stride: stride ?? size)
    }

    /// The mean of each window, (N, C, OH, OW).
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        let (planes, outputShape) = poolingPlanes(x, window: window, in: "AveragePooling")
        inputShape = x.shape
        return im2col(planes, window: window).mean(axis: 1).reshaped(outputShape)
    }

    /// ∂L/∂x: each dout element shared equally by the pixels of its window.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        guard let inputShape else { preconditionFailure("AveragePooling.backward called before forward") }
        let windowSize = window.height * window.width
        let rows = dout.reshaped([-1, 1]) / Double(windowSize)
        let dcol = NDArray.zeros([rows.shape[0], windowSize]) + rows  // each row's share, in every column
        let planesShape = [inputShape[0] * inputShape[1], 1, inputShape[2], inputShape[3]]
        return col2im(dcol, imageShape: planesShape, window: window).reshaped(inputShape)
    }
}

/// `x` (N, C, H, W) read as N·C one-channel images (N·C, 1, H, W), and the pooled output's shape
/// (N, C, OH, OW): pooling treats every channel alike and separately.
func poolingPlanes(_ x: NDArray, window: SlidingWindow, in layer: String) -> (NDArray, [Int]) {
    precondition(x.rank == 4, "\(layer) needs a batch of shape (N, C, H, W), got \(Shape.describe(x.shape))")
    let output = window.outputSizeOrFail(
        imageHeight: x.shape[2], imageWidth: x.shape[3], in: "\(layer) \(window) on input \(Shape.describe(x.shape))")
    let planes = x.reshaped([x.shape[0] * x.shape[1], 1, x.shape[2], x.shape[3]])
    return (planes, [x.shape[0], x.shape[1], output.height, output.width])
}
