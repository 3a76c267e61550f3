import NumSwift

/// Batch normalisation (Ioffe and Szegedy, 2015): each feature is standardised over the batch and
/// then scaled and shifted by learnable γ and β, y = γ · (x − μ_B) / √(σ²_B + ε) + β.
///
/// In training, μ_B and σ²_B are the mean and population variance of the current mini-batch (so the
/// output of every sample depends on the others in its batch, and the backward pass flows through
/// the statistics too); each training batch also updates running estimates,
/// running ← momentum · running + (1 − momentum) · batch statistic, and inference uses those, so
/// that a single test sample gets a deterministic answer. The running mean starts at 0 and the
/// running variance at 1 (inference before any training is then y ≈ γ · x + β).
///
/// An input of rank > 2 is read as (N, features) as the book does; the output keeps the input shape.
/// γ and β live in the network's `params` under names the caller gives, e.g. "gamma1" and "beta1",
/// so that an optimizer and a gradient check see them next to "W1" and "b1". The running
/// statistics are the layer's state, not parameters: no optimizer touches them.
public struct BatchNormLayer: Layer {
    /// The name of the scale γ, e.g. "gamma1".
    var gammaName: String { affine.gammaName }
    /// The name of the shift β, e.g. "beta1".
    var betaName: String { affine.betaName }
    /// The weight of the old running value in each update (0.9 in the book; PyTorch's 0.1 is 1 − this).
    public let momentum: Double
    /// The guard ε added to the variance before the square root.
    public let epsilon: Double
    /// The running mean used at inference, shape (features,).
    public private(set) var runningMean: NDArray
    /// The running (population) variance used at inference, shape (features,).
    public private(set) var runningVariance: NDArray
    private let affine: ScaleAndShift
    private var standardization: Standardization?
    private var inputShape: [Int] = []

    /// A layer for `features` inputs whose γ and β are the parameters `gamma` and `beta`
    /// (start them at 1 and 0).
    public init(features: Int, gamma: String, beta: String, momentum: Double = 0.9, epsilon: Double = 1e-5) {
        precondition(features > 0, "BatchNormLayer needs a positive number of features, got \(features)")
        precondition((0...1).contains(momentum), "BatchNormLayer momentum must lie in [0, 1], got \(momentum)")
        precondition(epsilon > 0, "BatchNormLayer needs ε > 0, got \(epsilon)")
        affine = ScaleAndShift(gammaName: gamma, betaName: beta, layer: "BatchNormLayer")
        self.momentum = momentum
        self.epsilon = epsilon
        runningMean = .zeros([features])
        runningVariance = .ones([features])
    }

    /// Training: batch statistics (and an update of the running ones); inference: running statistics.
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        let rows = affine.rows(of: x, params)
        inputShape = x.shape
        guard training else {
            standardization = nil
            let normalized = (rows - runningMean) / sqrt(runningVariance + epsilon)
            return affine.apply(normalized, params).reshaped(x.shape)
        }
        precondition(rows.shape[0] >= 2, "BatchNormLayer \(gammaName): training needs a batch of at least 2 samples")
        let batch = Standardization(rows, axis: 0, epsilon: epsilon)
        standardization = batch
        runningMean = runningMean * momentum + batch.mean.reshaped([-1]) * (1 - momentum)
        runningVariance = runningVariance * momentum + batch.variance.reshaped([-1]) * (1 - momentum)
        return affine.apply(batch.normalized, params).reshaped(x.shape)
    }

    /// ∂L/∂x through the batch statistics; stores ∂L/∂γ = Σ dout ⊙ x̂ and ∂L/∂β = Σ dout over the batch.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        guard let batch = standardization else {
            preconditionFailure("BatchNormLayer.backward needs a forward pass in training mode first")
        }
        return affine.backward(dout, through: batch, inputShape: inputShape, params, &grads)
    }
}
