import NumSwift

/// Layer normalisation (Ba, Kiros and Hinton, 2016): each sample is standardised over its own
/// features and then scaled and shifted per feature, y = γ · (x − μ_x) / √(σ²_x + ε) + β.
///
/// Where batch norm takes μ and σ² over the batch (one pair per feature), layer norm takes them
/// over the features (one pair per sample). A sample's output therefore never depends on the
/// other samples in its batch, training and inference compute the same thing, no running
/// statistics are needed, and a batch of one is fine. An input of rank > 2 is read as (N, features).
public struct LayerNormLayer: Layer {
    /// The name of the scale γ, e.g. "gamma1".
    public var gammaName: String { affine.gammaName }
    /// The name of the shift β, e.g. "beta1".
    public var betaName: String { affine.betaName }
    /// The scale γ, shape (features,).
    public var gamma: NDArray { affine.gamma }
    /// The shift β, shape (features,).
    public var beta: NDArray { affine.beta }
    /// The guard ε added to the variance before the square root.
    public let epsilon: Double
    private var affine: ScaleAndShift
    private var standardization: Standardization?
    private var inputShape: [Int] = []

    /// A layer for `features` inputs with γ = 1, β = 0.
    public init(features: Int, gammaName: String, betaName: String, epsilon: Double = 1e-5) {
        precondition(features > 0, "LayerNormLayer needs a positive number of features, got \(features)")
        self.init(
            gamma: .ones([features]), beta: .zeros([features]), gammaName: gammaName, betaName: betaName,
            epsilon: epsilon)
    }

    /// A layer with the given γ and β (both of shape (features,)).
    public init(gamma: NDArray, beta: NDArray, gammaName: String, betaName: String, epsilon: Double = 1e-5) {
        precondition(epsilon > 0, "LayerNormLayer needs ε > 0, got \(epsilon)")
        affine = ScaleAndShift(
            gamma: gamma, beta: beta, gammaName: gammaName, betaName: betaName, layer: "LayerNormLayer")
        self.epsilon = epsilon
    }

    /// γ · x̂ + β with x̂ each sample standardised over its features (the same in both modes).
    public mutating func forward(_ x: NDArray, training: Bool) -> NDArray {
        let rows = affine.rows(of: x, layer: "LayerNormLayer")
        inputShape = x.shape
        let sample = Standardization(rows, axis: 1, epsilon: epsilon)
        standardization = sample
        return affine.apply(sample.normalized).reshaped(x.shape)
    }

    /// ∂L/∂x through each sample's statistics; records ∂L/∂γ = Σ dout ⊙ x̂ and ∂L/∂β = Σ dout over the batch.
    public mutating func backward(_ dout: NDArray) -> NDArray {
        guard let sample = standardization else { preconditionFailure("LayerNormLayer.backward called before forward") }
        precondition(
            dout.shape == inputShape,
            "LayerNormLayer \(gammaName).backward: dout has shape \(Shape.describe(dout.shape)), "
                + "the forward output had \(Shape.describe(inputShape))")
        let dnormalized = affine.backward(dout.reshaped(sample.normalized.shape), normalized: sample.normalized)
        return sample.backward(dnormalized).reshaped(inputShape)
    }

    /// [gammaName: γ, betaName: β]; setting requires both names with unchanged shapes.
    public var parameters: [String: NDArray] {
        get { affine.parameters }
        set { affine.parameters = newValue }
    }

    /// [gammaName: ∂L/∂γ, betaName: ∂L/∂β] after `backward`.
    public var gradients: [String: NDArray] { affine.gradients }
}
