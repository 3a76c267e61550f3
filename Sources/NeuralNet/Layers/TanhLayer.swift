import NumSwift

/// tanh as a layer: forward y = tanh(x); backward ∂L/∂x = ∂L/∂y · (1 − y²).
public struct TanhLayer: Layer {
    private var output: NDArray?

    /// A tanh layer with an empty cache.
    public init() {}

    /// tanh(x), remembering the result.
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        let y = tanh(x)
        output = y
        return y
    }

    /// dout · (1 − y²).
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        let y = cached(output, matching: dout, in: "TanhLayer")
        return dout * (1 - square(y))
    }
}
