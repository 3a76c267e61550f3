import NumSwift

/// Layers applied one after another, ending in softmax-with-loss: the engine behind
/// `TwoLayerNet` and `MultiLayerNet`, and a way to build other stacks.
///
/// Forward runs the layers in order; backward starts from the loss layer's gradient and runs
/// them in reverse, each turning ∂L/∂output into ∂L/∂input (the chain rule, one layer at a time).
/// A weight decay adds its penalty to the loss and its term to the weights' gradients.
/// ∂L/∂x of the first layer would be the gradient with respect to the data, which nothing uses,
/// so an affine first layer is told not to compute it (`AffineLayer.needsInputGradient`).
public struct Sequential: Network {
    /// The layers, input side first.
    public private(set) var layers: [any Layer]
    /// The penalty on the weights ("W1", "W2", …) added to the loss.
    public var weightDecay: WeightDecay
    private var lossLayer = SoftmaxWithLoss()

    /// A stack of layers whose parameter names are all different.
    public init(_ layers: [any Layer], weightDecay: WeightDecay = .none) {
        let names = layers.flatMap(\.parameters.keys)
        precondition(Set(names).count == names.count, "parameter names must be unique, got \(names.sorted())")
        self.layers = layers
        if var first = layers.first as? AffineLayer {
            first.needsInputGradient = false
            self.layers[0] = first
        }
        self.weightDecay = weightDecay
    }

    /// Every layer's parameters, merged by name; setting requires exactly the same names.
    public var parameters: [String: NDArray] {
        get {
            var all: [String: NDArray] = [:]
            for layer in layers { all.merge(layer.parameters) { first, _ in first } }
            return all
        }
        set {
            var remaining = Set(newValue.keys)
            for i in layers.indices {
                let names = layers[i].parameters.keys
                if names.isEmpty { continue }
                layers[i].parameters = Dictionary(
                    uniqueKeysWithValues: names.map { name in
                        guard let value = newValue[name] else {
                            preconditionFailure("parameter \(name) is missing from \(newValue.keys.sorted())")
                        }
                        remaining.remove(name)
                        return (name, value)
                    })
            }
            precondition(remaining.isEmpty, "this network has no parameters named \(remaining.sorted())")
        }
    }

    /// Takes every layer's parameters (`Layer.takeParameters`), so that `optimizer` holds the only
    /// reference to each array and updates it in place, then gives them back.
    ///
    /// Going through `parameters` instead (get, update, set) would copy every weight matrix each
    /// step, since the layers keep sharing the arrays while the optimizer writes to them.
    public mutating func update(by optimizer: inout some Optimizer, gradients: [String: NDArray]) {
        var all: [String: NDArray] = [:]
        var names: [[String]] = []
        for i in layers.indices {
            let taken = layers[i].takeParameters()
            names.append(Array(taken.keys))
            all.merge(taken) { first, _ in first }
        }
        optimizer.update(&all, gradients: gradients)
        for i in layers.indices where !names[i].isEmpty {
            var own: [String: NDArray] = [:]
            for name in names[i] { own[name] = all.removeValue(forKey: name) }
            layers[i].parameters = own
        }
    }

    /// The scores of the last layer; the copy's caches are discarded.
    public func predict(_ x: NDArray, training: Bool) -> NDArray {
        var copy = self
        return copy.forward(x, training: training)
    }

    /// The loss and gradients of a copy: this network is left exactly as it was.
    public func lossAndGradient(_ x: NDArray, _ targets: Targets) -> (loss: Double, gradients: [String: NDArray]) {
        var copy = self
        return copy.trainingStep(x, targets)
    }

    /// Forward through all layers and the loss, then backward through all of them in reverse,
    /// keeping what the layers update in training mode (running statistics, dropout's generator).
    public mutating func trainingStep(_ x: NDArray, _ targets: Targets) -> (loss: Double, gradients: [String: NDArray])
    {
        let loss = lossLayer.forward(forward(x, training: true), targets)
        var dout = lossLayer.backward()
        for i in layers.indices.reversed() {
            dout = layers[i].backward(dout)
        }
        var gradients: [String: NDArray] = [:]
        for layer in layers { gradients.merge(layer.gradients) { first, _ in first } }
        weightDecay.addGradient(to: &gradients, parameters: parameters)
        return (loss + regularizationLoss, gradients)
    }

    /// The weight decay's penalty on the current weights.
    public var regularizationLoss: Double { weightDecay.penalty(of: parameters) }

    private mutating func forward(_ x: NDArray, training: Bool) -> NDArray {
        var output = x
        for i in layers.indices {
            output = layers[i].forward(output, training: training)
        }
        return output
    }
}
