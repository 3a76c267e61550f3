import NumSwift

/// The learnable step that follows standardisation in batch norm and layer norm, one scale and
/// one shift per feature: y = γ ⊙ x̂ + β. Its backward pass stores ∂L/∂γ = Σ dout ⊙ x̂ and
/// ∂L/∂β = Σ dout over the batch and hands back ∂L/∂x̂ = dout ⊙ γ. Kept apart so the two layers
/// differ only in how they standardise. γ and β live in the network's `params`.
struct ScaleAndShift: Sendable {
    /// The names under which γ and β appear among a network's parameters, e.g. "gamma1", "beta1".
    let gammaName: String
    let betaName: String
    /// The owning layer's name, for messages.
    let layer: String

    /// γ and β from `params`, checked to be vectors of one shape (features,).
    func gammaAndBeta(_ params: Parameters) -> (gamma: NDArray, beta: NDArray) {
        let gamma = parameter(gammaName, in: params, of: layer)
        let beta = parameter(betaName, in: params, of: layer)
        precondition(
            gamma.rank == 1 && beta.shape == gamma.shape,
            "\(layer) needs γ and β of one shape (features,), got "
                + "\(Shape.describe(gamma.shape)) and \(Shape.describe(beta.shape))")
        return (gamma, beta)
    }

    /// The input as (N, features) rows; stops with both shapes when the features do not match γ.
    func rows(of x: NDArray, _ params: Parameters) -> NDArray {
        let features = gammaAndBeta(params).gamma.count
        let rows = x.reshaped([x.shape.first ?? 1, -1])
        precondition(
            rows.shape[1] == features,
            "\(layer) \(gammaName): input of shape \(Shape.describe(x.shape)) has \(rows.shape[1]) features, "
                + "γ has \(features)")
        return rows
    }

    /// y = γ ⊙ x̂ + β.
    func apply(_ normalized: NDArray, _ params: Parameters) -> NDArray {
        let (gamma, beta) = gammaAndBeta(params)
        return normalized * gamma + beta
    }

    /// Stores ∂L/∂γ and ∂L/∂β and returns ∂L/∂x̂ = dout ⊙ γ, for `dout` of x̂'s (N, features) shape.
    func backward(
        _ dout: NDArray, normalized: NDArray, _ params: Parameters, _ grads: inout Parameters
    ) -> NDArray {
        grads[gammaName] = (dout * normalized).sum(axis: 0)
        grads[betaName] = dout.sum(axis: 0)
        return dout * gammaAndBeta(params).gamma
    }

    /// ∂L/∂x through γ and β and then through the standardisation that made x̂, in the input's
    /// own shape `inputShape`; stores ∂L/∂γ and ∂L/∂β.
    func backward(
        _ dout: NDArray, through standardization: Standardization, inputShape: [Int], _ params: Parameters,
        _ grads: inout Parameters
    ) -> NDArray {
        precondition(
            dout.shape == inputShape,
            "\(layer) \(gammaName).backward: dout has shape \(Shape.describe(dout.shape)), "
                + "the forward output had \(Shape.describe(inputShape))")
        let normalized = standardization.normalized
        let dnormalized = backward(dout.reshaped(normalized.shape), normalized: normalized, params, &grads)
        return standardization.backward(dnormalized).reshaped(inputShape)
    }
}
