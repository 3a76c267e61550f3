import NumSwift

/// ReLU as a layer: forward y = max(0, x); backward ∂L/∂x = ∂L/∂y · [x > 0].
///
/// The cache is the mask [x > 0], kept in training only; the backward pass multiplies by it
/// into a new array (the book's `dout[self.mask] = 0` would change the caller's array).
public struct ReLULayer: Layer {
    private var mask: NDArray?

    /// A ReLU layer with an empty cache.
    public init() {}

    /// max(0, x), remembering where x > 0.
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        // Inference has no backward pass, so it keeps no mask (and allocates none).
        mask = training ? x .> 0 : nil
        return relu(x)
    }

    /// dout where the input was positive, 0 elsewhere.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        dout * cached(mask, matching: dout, in: "ReLULayer")
    }
}
