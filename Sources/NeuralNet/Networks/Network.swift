import NumSwift

/// A classifier trained by gradient descent: it maps a batch of samples to class scores and,
/// for a batch with targets, gives the loss and the gradient of every named parameter.
///
/// Networks are values: `predict`, `loss` and the gradients work on a private copy of the layers'
/// caches and leave the network unchanged; only the parameters are written, by an optimizer
/// (`update(by:gradients:)`, or `parameters` directly), and `trainingStep` keeps what layers
/// learn while training besides their parameters (batch norm's running statistics, the position
/// of dropout's mask generator).
public protocol Network: Sendable {
    /// Every learnable parameter by its stable name ("W1", "b1", …).
    var parameters: [String: NDArray] { get set }
    /// The class scores (before softmax) of a batch, shape (N, classes).
    func predict(_ x: NDArray, training: Bool) -> NDArray
    /// The mean cross-entropy loss of a batch and ∂loss/∂parameter for every parameter, by backprop.
    func lossAndGradient(_ x: NDArray, _ targets: Targets) -> (loss: Double, gradients: [String: NDArray])
    /// `lossAndGradient` for a training iteration, keeping the state the training pass changes
    /// in layers (a copy would forget it, and dropout would then draw the same mask every time).
    mutating func trainingStep(_ x: NDArray, _ targets: Targets) -> (loss: Double, gradients: [String: NDArray])
    /// The regularisation term of the loss, e.g. weight decay's (λ/2) Σ W²; 0 without one.
    var regularizationLoss: Double { get }
    /// Lets `optimizer` update the parameters from `gradients`, in place where the network can
    /// hand them over without sharing them (a training step then copies no weights).
    mutating func update(by optimizer: inout some Optimizer, gradients: [String: NDArray])
}

extension Network {
    /// Networks without training-time state: the loss and gradients of a copy.
    public mutating func trainingStep(_ x: NDArray, _ targets: Targets) -> (loss: Double, gradients: [String: NDArray])
    {
        lossAndGradient(x, targets)
    }

    /// Through `parameters`: the optimizer's first write to each array copies it, because the
    /// network still holds it.
    public mutating func update(by optimizer: inout some Optimizer, gradients: [String: NDArray]) {
        optimizer.update(&parameters, gradients: gradients)
    }

    /// No regularisation term.
    public var regularizationLoss: Double { 0 }

    /// The class scores of a batch in inference mode.
    public func predict(_ x: NDArray) -> NDArray { predict(x, training: false) }

    /// The mean cross-entropy of softmax(scores) against `targets` plus `regularizationLoss`
    /// (what `lossAndGradient` differentiates).
    public func loss(_ x: NDArray, _ targets: Targets, training: Bool = false) -> Double {
        crossEntropy(logits: predict(x, training: training), targets).value + regularizationLoss
    }

    /// ∂loss/∂parameter for every parameter, by backpropagation.
    public func gradient(_ x: NDArray, _ targets: Targets) -> [String: NDArray] {
        lossAndGradient(x, targets).gradients
    }

    /// The fraction of samples whose highest score is their label.
    public func accuracy(_ x: NDArray, labels: [Int]) -> Double {
        NeuralNet.accuracy(predicted: predict(x).argmaxPerRow(), actual: labels)
    }

    /// ∂loss/∂parameter for every parameter by central differences (`numericalGradient(of:at:h:)`):
    /// two evaluations of the loss per parameter element, so only for small nets and batches.
    public func numericalGradient(_ x: NDArray, _ targets: Targets, h: Double = 1e-4) -> [String: NDArray] {
        var gradients: [String: NDArray] = [:]
        for (name, value) in parameters {
            gradients[name] = NeuralNet.numericalGradient(
                of: { perturbed in
                    var network = self
                    network.parameters[name] = perturbed
                    return network.loss(x, targets, training: true)
                }, at: value, h: h)
        }
        return gradients
    }
}
