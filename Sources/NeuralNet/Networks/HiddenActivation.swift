/// The activation between the affine layers of a `MultiLayerNet`.
///
/// A small local choice until the library's general activation type can make layers;
/// it only names the layer to build.
public enum HiddenActivation: String, Sendable, CaseIterable {
    /// max(0, x).
    case relu
    /// 1 / (1 + e⁻ˣ).
    case sigmoid
    /// tanh x.
    case tanh

    /// A fresh layer computing this activation.
    public func makeLayer() -> any Layer {
        switch self {
        case .relu: return ReLULayer()
        case .sigmoid: return SigmoidLayer()
        case .tanh: return TanhLayer()
        }
    }
}
