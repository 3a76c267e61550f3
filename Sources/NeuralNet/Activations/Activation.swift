import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An activation function chosen by name, for chapters that compare them and networks that take
/// one as a parameter: `Activation.relu.apply(x)`, `Activation.gelu.derivative(x)`.
///
/// Every case forwards to the free functions (`sigmoid`, `relu`, `gelu`, …), which carry the
/// formulas; this type only names them. `allCases` lists one of each, with the usual parameters.
public enum Activation: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// f(x) = x: no non-linearity (the output layer of a regression).
    case identity
    /// The perceptron's step: 1 for x > 0, else 0.
    case step
    /// The logistic sigmoid σ(x) = 1 / (1 + e⁻ˣ).
    case sigmoid
    /// The hyperbolic tangent, a sigmoid rescaled to (−1, 1): tanh(x) = 2σ(2x) − 1.
    case tanh
    /// max(0, x).
    case relu
    /// x for x > 0, slope · x otherwise.
    case leakyRelu(slope: Double)
    /// ln(1 + eˣ).
    case softplus
    /// x for x > 0, α(eˣ − 1) otherwise.
    case elu(alpha: Double)
    /// ½ x (1 + tanh(√(2/π)(x + 0.044715 x³))), the tanh approximation of x Φ(x).
    case gelu
    /// x σ(x), also called swish.
    case silu

    /// One of each activation, leaky ReLU with slope 0.01 and ELU with α = 1.
    public static let allCases: [Activation] = [
        .identity, .step, .sigmoid, .tanh, .relu, .leakyRelu(slope: 0.01), .softplus, .elu(alpha: 1), .gelu, .silu,
    ]

    /// A short lowercase name, with the parameter if there is one: "relu", "leaky-relu(0.01)", "elu(1)".
    public var name: String {
        switch self {
        case .identity: "identity"
        case .step: "step"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "relu"
        case .leakyRelu(let slope): "leaky-relu(\(NumberFormat.general(slope)))"
        case .softplus: "softplus"
        case .elu(let alpha): "elu(\(NumberFormat.general(alpha)))"
        case .gelu: "gelu"
        case .silu: "silu"
        }
    }

    /// The name, as `name` gives it.
    public var description: String { name }

    /// f(x).
    public func apply(_ x: Double) -> Double {
        switch self {
        case .identity: x
        case .step: NeuralNet.step(x)
        case .sigmoid: NeuralNet.sigmoid(x)
        case .tanh: hyperbolicTangent(x)
        case .relu: NeuralNet.relu(x)
        case .leakyRelu(let slope): NeuralNet.leakyRelu(x, slope: slope)
        case .softplus: NeuralNet.softplus(x)
        case .elu(let alpha): NeuralNet.elu(x, alpha: alpha)
        case .gelu: NeuralNet.gelu(x)
        case .silu: NeuralNet.silu(x)
        }
    }

    /// f′(x), the derivative with respect to the input x.
    public func derivative(_ x: Double) -> Double {
        switch self {
        case .identity: 1
        case .step: stepDerivative(x)
        case .sigmoid: sigmoidDerivative(x)
        case .tanh: tanhDerivative(x)
        case .relu: reluDerivative(x)
        case .leakyRelu(let slope): leakyReluDerivative(x, slope: slope)
        case .softplus: softplusDerivative(x)
        case .elu(let alpha): eluDerivative(x, alpha: alpha)
        case .gelu: geluDerivative(x)
        case .silu: siluDerivative(x)
        }
    }

    /// f(x) element by element.
    public func apply(_ x: NDArray) -> NDArray {
        if case .identity = self { return x }
        return x.map { apply($0) }
    }

    /// f′(x) element by element.
    public func derivative(_ x: NDArray) -> NDArray { x.map { derivative($0) } }
}

/// The C library's tanh, named so that the `Activation.tanh` case does not shadow it.
private func hyperbolicTangent(_ x: Double) -> Double { tanh(x) }
