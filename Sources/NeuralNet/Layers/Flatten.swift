import NumSwift

/// Flattening: a batch of feature maps (N, C, H, W) becomes a batch of rows (N, C·H·W), what an
/// affine layer takes; backward gives ∂L/∂x its original shape back. Nothing is computed: the
/// elements keep their order, only the shape changes.
public struct Flatten: Layer {
    private var inputShape: [Int]?

    /// A flatten step with an empty cache.
    public init() {}

    /// x as (N, everything else).
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        precondition(x.rank >= 1, "Flatten needs a batch, got a scalar")
        inputShape = x.shape
        return x.reshaped([x.shape[0], -1])
    }

    /// dout in the shape of the last input.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        guard let inputShape else { preconditionFailure("Flatten.backward called before forward") }
        return dout.reshaped(inputShape)
    }
}
