import NumSwift

/// A classifier trained by gradient descent, the shape of the book's `TwoLayerNet` and
/// `MultiLayerNet`: it owns its parameters in one dictionary, `params`; `forward` computes the
/// class scores of a batch; `gradient` computes the loss of a batch and, by backprop, the gradient
/// of every parameter. An optimizer then updates the parameters where they live:
///
///     let (loss, grads) = network.gradient(x, targets)
///     optimizer.update(&network.params, grads)
///
/// Networks are values. `forward` and `gradient` are `mutating` because the layers cache what
/// their backward pass needs (and dropout advances its random generator, batch norm its running
/// statistics); `predict`, `loss` and `accuracy` run on a copy and leave the network unchanged.
public protocol Network: Sendable {
    /// Every learnable parameter by its name ("W1", "b1", …): the one place the weights live.
    var params: Parameters { get set }
    /// The class scores (before softmax) of a batch, shape (N, classes), through every layer;
    /// `training` switches dropout and batch norm to their training behaviour.
    mutating func forward(_ x: NDArray, training: Bool) -> NDArray
    /// The mean cross-entropy loss of a batch (plus `regularizationLoss`) and ∂loss/∂p for every
    /// parameter p, by a forward pass in training mode and a backward pass.
    mutating func gradient(_ x: NDArray, _ targets: Targets) -> (loss: Double, grads: Parameters)
    /// The regularisation term of the loss, e.g. weight decay's (λ/2) Σ W².
    var regularizationLoss: Double { get }
}

extension Network {
    /// No regularisation term.
    public var regularizationLoss: Double { 0 }

    /// The class scores of a batch in inference mode, from a copy of the network.
    public func predict(_ x: NDArray) -> NDArray {
        var copy = self
        return copy.forward(x, training: false)
    }

    /// The mean cross-entropy of softmax(scores) against `targets` plus `regularizationLoss`
    /// (what `gradient` differentiates), from a copy of the network.
    public func loss(_ x: NDArray, _ targets: Targets, training: Bool = false) -> Double {
        var copy = self
        return crossEntropy(logits: copy.forward(x, training: training), targets).value + regularizationLoss
    }

    /// The fraction of samples whose highest score is their label.
    public func accuracy(_ x: NDArray, labels: [Int]) -> Double {
        NeuralNet.accuracy(predicted: predict(x).argmaxPerRow(), actual: labels)
    }

    /// ∂loss/∂p for every parameter p by central differences (`numericalGradient(of:at:h:)`), the
    /// book's `numerical_gradient(self, x, t)`: two evaluations of the loss per parameter element,
    /// so only for small nets and batches.
    public func numericalGradient(_ x: NDArray, _ targets: Targets, h: Double = 1e-4) -> Parameters {
        var grads: Parameters = [:]
        for (name, value) in params {
            let all = Array(0..<value.count)
            grads[name] = numericalGradient(x, targets, of: name, positions: all, h: h).reshaped(value.shape)
        }
        return grads
    }

    /// ∂loss/∂p at the flat `positions` of the parameter `name` only, as a 1-D array: a sample of
    /// a parameter too large to check whole.
    public func numericalGradient(
        _ x: NDArray, _ targets: Targets, of name: String, positions: [Int], h: Double = 1e-4
    ) -> NDArray {
        guard let value = params[name] else {
            preconditionFailure("no parameter named \(name) in \(params.keys.sorted())")
        }
        return NeuralNet.numericalGradient(
            of: { W in
                var network = self
                network.params[name] = W
                return network.loss(x, targets, training: true)
            }, at: value, positions: positions, h: h)
    }
}
