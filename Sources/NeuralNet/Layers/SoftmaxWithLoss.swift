import NumSwift

/// Softmax followed by cross-entropy, as one layer at the end of a classifier:
/// forward L = −(1/N) Σ t log softmax(x) (through log-softmax); backward ∂L/∂x = dout · (softmax(x) − t) / N.
///
/// Joined because the pair has that simple gradient while each half alone does not;
/// see `crossEntropy(logits:_:)` for why no ε enters the logarithm.
public struct SoftmaxWithLoss: Sendable {
    /// softmax(x) of the last `forward`: the network's class probabilities. Computed when asked,
    /// since training needs only the loss and its gradient.
    public var probabilities: NDArray? { scores.map { softmax($0) } }
    private var scores: NDArray?
    private var gradient: NDArray?

    /// A layer with an empty cache.
    public init() {}

    /// The mean cross-entropy of softmax(x) against `targets`.
    public mutating func forward(_ x: NDArray, _ targets: Targets) -> Double {
        let loss = crossEntropy(logits: x, targets)
        scores = x
        gradient = loss.gradient
        return loss.value
    }

    /// ∂L/∂x scaled by `dout` (1 when the loss is the end of the graph).
    public mutating func backward(_ dout: Double = 1) -> NDArray {
        guard let gradient else { preconditionFailure("SoftmaxWithLoss.backward called before forward") }
        return dout == 1 ? gradient : gradient * dout
    }
}
