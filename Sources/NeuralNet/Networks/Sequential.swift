import NumSwift

/// Layers applied one after another, ending in softmax-with-loss: the engine behind
/// `TwoLayerNet` and `MultiLayerNet`, and a way to build other stacks.
///
/// Forward runs the layers in order; backward starts from the loss layer's gradient and runs
/// them in reverse, each turning ∂L/∂output into ∂L/∂input (the chain rule, one layer at a time).
public struct Sequential: Network {
    /// The layers, input side first.
    public private(set) var layers: [any Layer]
    private var lossLayer = SoftmaxWithLoss()

    /// A stack of layers whose parameter names are all different.
    public init(_ layers: [any Layer]) {
        let names = layers.flatMap(\.parameters.keys)
        precondition(Set(names).count == names.count, "parameter names must be unique, got \(names.sorted())")
        self.layers = layers
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

    /// The scores of the last layer; the copy's caches are discarded.
    public func predict(_ x: NDArray, training: Bool) -> NDArray {
        var copy = self
        return copy.forward(x, training: training)
    }

    /// Forward through all layers and the loss, then backward through all of them in reverse.
    public func lossAndGradient(_ x: NDArray, _ targets: Targets) -> (loss: Double, gradients: [String: NDArray]) {
        var copy = self
        let loss = copy.lossLayer.forward(copy.forward(x, training: true), targets)
        var dout = copy.lossLayer.backward()
        for i in copy.layers.indices.reversed() {
            dout = copy.layers[i].backward(dout)
        }
        var gradients: [String: NDArray] = [:]
        for layer in copy.layers { gradients.merge(layer.gradients) { first, _ in first } }
        return (loss, gradients)
    }

    private mutating func forward(_ x: NDArray, training: Bool) -> NDArray {
        var output = x
        for i in layers.indices {
            output = layers[i].forward(output, training: training)
        }
        return output
    }
}
