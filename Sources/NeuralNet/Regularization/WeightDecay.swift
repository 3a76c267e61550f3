import NumSwift

/// A penalty on large weights added to the loss, and its term in the gradient:
///
/// - `l2(λ)`: L + (λ/2) · Σ W², gradient term λ · W. The gradient step then shrinks every weight
///   by the factor (1 − η λ) before the usual update, hence "weight decay"; the ½ makes the
///   gradient exactly λ W (the book's `0.5 * weight_decay_lambda * np.sum(W**2)`).
/// - `l1(λ)`: L + λ · Σ |W|, gradient term λ · sign(W) (0 at W = 0, a subgradient): a constant pull
///   towards 0 that drives small weights to exactly 0, giving sparse weights.
///
/// Only weight matrices are penalised, not biases nor batch-norm γ and β (see `decays(_:)`):
/// those do not make the function more wiggly, and penalising γ would fight the normalisation.
public enum WeightDecay: Sendable, Equatable, CustomStringConvertible {
    /// No penalty.
    case none
    /// (λ/2) · Σ W².
    case l2(Double)
    /// λ · Σ |W|.
    case l1(Double)

    /// The penalty of one array.
    public func penalty(_ weight: NDArray) -> Double {
        switch self {
        case .none: return 0
        case .l2(let lambda): return 0.5 * lambda * square(weight).sum()
        case .l1(let lambda): return lambda * abs(weight).sum()
        }
    }

    /// ∂penalty/∂W for one array.
    public func gradient(_ weight: NDArray) -> NDArray {
        switch self {
        case .none: return .zeros(like: weight)
        case .l2(let lambda): return weight * lambda
        case .l1(let lambda): return weight.map { $0 > 0 ? lambda : ($0 < 0 ? -lambda : 0) }
        }
    }

    /// The penalty summed over the parameters that decay (see `decays(_:)`).
    public func penalty(of parameters: [String: NDArray]) -> Double {
        if self == .none { return 0 }
        return ParameterNames.ordered(parameters.keys.filter(Self.decays)).reduce(0) { $0 + penalty(parameters[$1]!) }
    }

    /// Adds ∂penalty/∂W to the gradient of every parameter that decays.
    public func addGradient(to gradients: inout [String: NDArray], parameters: [String: NDArray]) {
        if self == .none { return }
        for (name, weight) in parameters where Self.decays(name) {
            guard gradients[name] != nil else { preconditionFailure("no gradient for parameter \(name) to decay") }
            gradients[name]! += gradient(weight)
        }
    }

    /// Whether a parameter is penalised: weight matrices, named "W" and a layer number ("W1", "W2", …).
    static func decays(_ name: String) -> Bool {
        name.hasPrefix("W")
    }

    /// "none", "L2 λ=0.1", "L1 λ=0.001".
    public var description: String {
        switch self {
        case .none: "none"
        case .l2(let lambda): "L2 λ=\(NumberFormat.general(lambda))"
        case .l1(let lambda): "L1 λ=\(NumberFormat.general(lambda))"
        }
    }
}
