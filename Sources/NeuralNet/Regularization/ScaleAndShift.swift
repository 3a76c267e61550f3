import NumSwift

/// The learnable step that follows standardisation in batch norm and layer norm, one scale and
/// one shift per feature: y = γ ⊙ x̂ + β. Its backward pass records ∂L/∂γ = Σ dout ⊙ x̂ and
/// ∂L/∂β = Σ dout over the batch and hands back ∂L/∂x̂ = dout ⊙ γ. Kept apart so the two layers
/// differ only in how they standardise.
struct ScaleAndShift: Sendable {
    /// The names under which γ and β appear among a network's parameters, e.g. "gamma1", "beta1".
    let gammaName: String
    let betaName: String
    /// γ and β, both of shape (features,).
    private(set) var gamma: NDArray
    private(set) var beta: NDArray
    /// ∂L/∂γ and ∂L/∂β from the last backward pass.
    private var gammaGradient: NDArray?
    private var betaGradient: NDArray?

    /// γ and β of one shape (features,); `layer` names the owner in messages.
    init(gamma: NDArray, beta: NDArray, gammaName: String, betaName: String, layer: String) {
        precondition(
            gamma.rank == 1 && beta.shape == gamma.shape,
            "\(layer) needs γ and β of one shape (features,), got "
                + "\(Shape.describe(gamma.shape)) and \(Shape.describe(beta.shape))")
        self.gamma = gamma
        self.beta = beta
        self.gammaName = gammaName
        self.betaName = betaName
    }

    /// The input as (N, features) rows; stops with both shapes when the features do not match γ.
    func rows(of x: NDArray, layer: String) -> NDArray {
        let rows = x.reshaped([x.shape.first ?? 1, -1])
        precondition(
            rows.shape[1] == gamma.count,
            "\(layer) \(gammaName): input of shape \(Shape.describe(x.shape)) has \(rows.shape[1]) features, "
                + "γ has \(gamma.count)")
        return rows
    }

    /// y = γ ⊙ x̂ + β.
    func apply(_ normalized: NDArray) -> NDArray {
        normalized * gamma + beta
    }

    /// Records ∂L/∂γ and ∂L/∂β and returns ∂L/∂x̂ = dout ⊙ γ, for `dout` of x̂'s (N, features) shape.
    mutating func backward(_ dout: NDArray, normalized: NDArray) -> NDArray {
        gammaGradient = (dout * normalized).sum(axis: 0)
        betaGradient = dout.sum(axis: 0)
        return dout * gamma
    }

    /// [gammaName: γ, betaName: β]; setting requires exactly both names with unchanged shapes.
    var parameters: [String: NDArray] {
        get { [gammaName: gamma, betaName: beta] }
        set {
            guard let newGamma = newValue[gammaName], let newBeta = newValue[betaName], newValue.count == 2 else {
                preconditionFailure("expected parameters \(gammaName) and \(betaName), got \(newValue.keys.sorted())")
            }
            precondition(
                newGamma.shape == gamma.shape && newBeta.shape == gamma.shape,
                "new \(gammaName) \(Shape.describe(newGamma.shape)) / \(betaName) \(Shape.describe(newBeta.shape)) "
                    + "must keep the shape \(Shape.describe(gamma.shape))")
            (gamma, beta) = (newGamma, newBeta)
        }
    }

    /// [gammaName: ∂L/∂γ, betaName: ∂L/∂β] after `backward`; empty before.
    var gradients: [String: NDArray] {
        guard let dGamma = gammaGradient, let dBeta = betaGradient else { return [:] }
        return [gammaName: dGamma, betaName: dBeta]
    }
}
