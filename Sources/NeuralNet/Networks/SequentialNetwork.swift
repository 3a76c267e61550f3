import NumSwift

/// A network whose behaviour is that of a `Sequential` it holds: the named architectures
/// (`TwoLayerNet`, `MultiLayerNet`) only decide how the stack is built.
public protocol SequentialNetwork: Network {
    /// The layers the network runs.
    var sequential: Sequential { get set }
}

extension SequentialNetwork {
    /// The parameters of the underlying stack.
    public var parameters: [String: NDArray] {
        get { sequential.parameters }
        set { sequential.parameters = newValue }
    }

    /// The scores of the underlying stack.
    public func predict(_ x: NDArray, training: Bool) -> NDArray {
        sequential.predict(x, training: training)
    }

    /// The loss and backprop gradients of the underlying stack.
    public func lossAndGradient(_ x: NDArray, _ targets: Targets) -> (loss: Double, gradients: [String: NDArray]) {
        sequential.lossAndGradient(x, targets)
    }

    /// A training iteration of the underlying stack, keeping its layers' state.
    public mutating func trainingStep(_ x: NDArray, _ targets: Targets) -> (loss: Double, gradients: [String: NDArray])
    {
        sequential.trainingStep(x, targets)
    }

    /// The in-place update of the underlying stack.
    public mutating func update(by optimizer: inout some Optimizer, gradients: [String: NDArray]) {
        sequential.update(by: &optimizer, gradients: gradients)
    }

    /// The weight-decay term of the underlying stack.
    public var regularizationLoss: Double { sequential.regularizationLoss }
}
