import NumSwift

/// The sigmoid as a layer: forward y = σ(x); backward ∂L/∂x = ∂L/∂y · y (1 − y).
///
/// The derivative is written with the output y alone, so the output is all the cache holds.
public struct SigmoidLayer: Layer {
    private var output: NDArray?

    /// A sigmoid layer with an empty cache.
    public init() {}

    /// σ(x), remembering the result.
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        let y = sigmoid(x)
        output = y
        return y
    }

    /// dout · y (1 − y).
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        let y = cached(output, matching: dout, in: "SigmoidLayer")
        return dout * y * (1 - y)
    }
}
