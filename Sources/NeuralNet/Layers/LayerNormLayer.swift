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
    var gammaName: String { affine.gammaName }
    /// The name of the shift β, e.g. "beta1".
    var betaName: String { affine.betaName }
    /// The guard ε added to the variance before the square root.
    public let epsilon: Double
    private let affine: ScaleAndShift
    private var standardization: Standardization?
    private var inputShape: [Int] = []

    /// A layer whose γ and β are the parameters `gamma` and `beta` (start them at 1 and 0).
    public init(gamma: String, beta: String, epsilon: Double = 1e-5) {
        precondition(epsilon > 0, "LayerNormLayer needs ε > 0, got \(epsilon)")
        affine = ScaleAndShift(gammaName: gamma, betaName: beta, layer: "LayerNormLayer")
        self.epsilon = epsilon
    }

    /// γ · x̂ + β with x̂ each sample standardised over its features (the same in both modes).
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        let rows = affine.rows(of: x, params)
        inputShape = x.shape
        let sample = Standardization(rows, axis: 1, epsilon: epsilon)
        standardization = sample
        return affine.apply(sample.normalized, params).reshaped(x.shape)
    }

    /// ∂L/∂x through each sample's statistics; stores ∂L/∂γ = Σ dout ⊙ x̂ and ∂L/∂β = Σ dout over the batch.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        guard let sample = standardization else { preconditionFailure("LayerNormLayer.backward called before forward") }
        return affine.backward(dout, through: sample, inputShape: inputShape, params, &grads)
    }
}
