import NumSwift

/// Any `Activation` as a layer: forward y = f(x); backward ∂L/∂x = ∂L/∂y · f′(x).
///
/// The general form behind the book's dedicated ReLU, sigmoid and tanh layers, for the newer
/// activations (leaky ReLU, ELU, GELU, SiLU, …); it caches the input, since f′ is written in x.
public struct ActivationLayer: Layer {
    /// The function this layer applies.
    public let activation: Activation
    private var input: NDArray?

    /// A layer applying `activation`.
    public init(_ activation: Activation) {
        self.activation = activation
    }

    /// The book's dedicated layer where there is one (ReLU, sigmoid, tanh), else this general one.
    public static func make(_ activation: Activation) -> any Layer {
        switch activation {
        case .relu: return ReLULayer()
        case .sigmoid: return SigmoidLayer()
        case .tanh: return TanhLayer()
        default: return ActivationLayer(activation)
        }
    }

    /// f(x), remembering x.
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        input = x
        return activation.apply(x)
    }

    /// dout · f′(x).
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        dout * activation.derivative(cached(input, matching: dout, in: "ActivationLayer(\(activation))"))
    }
}
