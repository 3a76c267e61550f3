import NumSwift

/// A residual block: y = x + F(x), where F is convolution → ReLU → convolution, both with
/// filters that keep the shape (3 × 3, padding 1, as many filters as input channels).
///
///     forward   y = x + conv₂(relu(conv₁(x)))
///     backward  ∂L/∂x = ∂L/∂y + (the backward of F applied to ∂L/∂y)
///
/// The skip connection adds the identity to the block's Jacobian: whatever F's layers do to the
/// gradient, ∂L/∂y also reaches x unchanged, so a deep stack of blocks does not starve its first
/// layers of gradient. With `skipConnection` false the block is the plain F(x), for comparison.
public struct ResidualBlock: Layer {
    /// Whether the input is added to F(x).
    public let skipConnection: Bool
    private var convolution1: Convolution
    private var relu = ReLULayer()
    private var convolution2: Convolution

    /// A block whose two convolutions read their filters and biases under these names:
    /// `ResidualBlock(first: ("W2", "b2"), second: ("W3", "b3"))`.
    public init(
        first: (weight: String, bias: String), second: (weight: String, bias: String), skipConnection: Bool = true
    ) {
        convolution1 = Convolution(weight: first.weight, bias: first.bias, padding: 1)
        convolution2 = Convolution(weight: second.weight, bias: second.bias, padding: 1)
        self.skipConnection = skipConnection
    }

    /// x + conv₂(relu(conv₁(x))), the same shape as x.
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        var f = convolution1.forward(x, params, training: training)
        f = relu.forward(f, params, training: training)
        f = convolution2.forward(f, params, training: training)
        precondition(
            f.shape == x.shape,
            "ResidualBlock: F(x) has shape \(Shape.describe(f.shape)), x has \(Shape.describe(x.shape)); "
                + "the filters must keep the shape")
        return skipConnection ? x + f : f
    }

    /// ∂L/∂x through F, plus ∂L/∂y itself along the skip connection.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        var d = convolution2.backward(dout, params, &grads)
        d = relu.backward(d, params, &grads)
        d = convolution1.backward(d, params, &grads)
        return skipConnection ? d + dout : d
    }
}
