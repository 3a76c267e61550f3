import NumSwift

/// Max pooling: each channel of each image is cut into windows (2 × 2 at stride 2 by default)
/// and each window is replaced by its largest value; (N, C, H, W) → (N, C, OH, OW).
///
///     forward   y = max over the window of x
///     backward  the whole of ∂L/∂y goes to the position of that maximum; the others get 0
///
/// It has no parameters. The cache is the flat index of each window's maximum in the input
/// (`windowMaxima`); backward adds each element of dout to the pixel at that index. The book
/// finds the same maxima with `im2col` on every channel and `argmax` per row; reading each window
/// where it lies gives the same numbers without copying every window into a matrix first.
public struct MaxPooling: Layer {
    /// The pooling window: its size and stride.
    public let window: SlidingWindow
    private var winners: [Int]?
    private var inputShape: [Int] = []

    /// Pooling over `size` × `size` windows moving by `stride` (by default `size`: windows that
    /// do not overlap, as the book's pooling).
    public init(size: Int = 2, stride: Int? = nil) {
        window = SlidingWindow(height: size, width: size, stride: stride ?? size)
    }

    /// The maximum of each window, (N, C, OH, OW).
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        precondition(x.rank == 4, "MaxPooling needs a batch of shape (N, C, H, W), got \(Shape.describe(x.shape))")
        let (maxima, positions) = x.windowMaxima(window)  // each window's largest value and where it is
        winners = training ? positions : nil  // inference has no backward pass
        inputShape = x.shape
        return maxima
    }

    /// ∂L/∂x: each dout element added to the pixel that won its window, 0 everywhere else.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        guard let winners else {
            preconditionFailure("MaxPooling.backward called before a forward pass in training mode")
        }
        precondition(
            dout.count == winners.count,
            "MaxPooling.backward: dout has shape \(Shape.describe(dout.shape)), the forward output had "
                + "\(winners.count) elements")
        var dx = NDArray.zeros(inputShape)
        dx.add(dout, atFlatPositions: winners)
        return dx
    }
}
