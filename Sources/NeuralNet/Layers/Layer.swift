import NumSwift

/// A layer of a network: `forward` computes the output and keeps what `backward` will need;
/// `backward` turns ∂L/∂output into ∂L/∂input and records the gradients of the layer's parameters.
///
/// Layers are structs with `mutating` methods rather than classes. The cache is part of the
/// layer's value, so a copy of a network is an independent snapshot (its parameters and caches
/// cannot be changed through another reference), which is what numerical gradients and
/// "keep the best weights" need; nothing is shared by accident, as the book's in-place
/// `dout[mask] = 0` in ReLU shows can happen with references. The price is that a layer must be
/// updated where it lives (`layers[i].forward(…)`), never through a copy.
///
/// Parameters and their gradients are keyed by stable names ("W1", "b1", …) given when the
/// layer is made, so optimizers and gradient checks can walk a whole network by name.
/// `training` tells layers that behave differently when training (dropout, batch norm) which
/// mode they are in; the layers here ignore it.
public protocol Layer: Sendable {
    /// The output for input `x`, caching what `backward` needs.
    mutating func forward(_ x: NDArray, training: Bool) -> NDArray
    /// ∂L/∂input from ∂L/∂output, using the cache of the last `forward`; never modifies `dout`.
    mutating func backward(_ dout: NDArray) -> NDArray
    /// The learnable parameters by name; empty for layers without any.
    var parameters: [String: NDArray] { get set }
    /// Hands the parameters over for an update in place: afterwards the caller may hold the only
    /// reference to each array, so an optimizer writes into it without a copy. The layer is unusable
    /// until it gets them back through `parameters`.
    ///
    /// The default returns `parameters`, which the layer still shares, so the first write to each
    /// array copies it: right, only slower. Layers with large parameters let go of theirs.
    mutating func takeParameters() -> [String: NDArray]
    /// ∂L/∂parameter by name from the last `backward`; empty before it and for layers without parameters.
    var gradients: [String: NDArray] { get }
}

extension Layer {
    /// No parameters: activation layers.
    public var parameters: [String: NDArray] {
        get { [:] }
        set {
            precondition(newValue.isEmpty, "this layer has no parameters, got \(newValue.keys.sorted())")
        }
    }

    /// The parameters, still shared with the layer.
    public mutating func takeParameters() -> [String: NDArray] { parameters }

    /// No gradients: activation layers.
    public var gradients: [String: NDArray] { [:] }
}

/// Checks that `backward` comes after `forward`: the cache must exist and match `dout`'s shape.
func cached(_ value: NDArray?, matching dout: NDArray, in layer: String) -> NDArray {
    guard let value else { preconditionFailure("\(layer).backward called before forward") }
    precondition(
        value.shape == dout.shape,
        "\(layer).backward: dout has shape \(Shape.describe(dout.shape)), the forward output had \(Shape.describe(value.shape))"
    )
    return value
}
