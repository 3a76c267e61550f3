import NumSwift

/// The sigmoid followed by binary cross-entropy, for yes/no outputs:
/// forward L = mean of −t log σ(x) − (1 − t) log(1 − σ(x)) (computed stably, see `binaryCrossEntropy`);
/// backward ∂L/∂x = dout · (σ(x) − t) / M, M the number of outputs.
public struct SigmoidWithLoss: Sendable {
    /// σ(x) of the last `forward`: the predicted probabilities of the positive class.
    public private(set) var probabilities: NDArray?
    private var gradient: NDArray?

    /// A layer with an empty cache.
    public init() {}

    /// The mean binary cross-entropy of σ(x) against targets in [0, 1] of the same shape.
    public mutating func forward(_ x: NDArray, targets: NDArray) -> Double {
        let loss = binaryCrossEntropy(logits: x, targets: targets)
        probabilities = sigmoid(x)
        gradient = loss.gradient
        return loss.value
    }

    /// ∂L/∂x scaled by `dout` (1 when the loss is the end of the graph).
    public mutating func backward(_ dout: Double = 1) -> NDArray {
        guard let gradient else { preconditionFailure("SigmoidWithLoss.backward called before forward") }
        return dout == 1 ? gradient : gradient * dout
    }
}
