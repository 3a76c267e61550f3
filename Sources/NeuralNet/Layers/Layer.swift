import NumSwift

/// Named arrays: a network's parameters ("W1", "b1", "gamma1", …) or their gradients, the book's
/// `params` and `grads` dictionaries.
public typealias Parameters = [String: NDArray]

/// A layer of a network, as the book's `common/layers.py` has them: `forward` computes the output
/// and caches what `backward` will need; `backward` turns ∂L/∂output into ∂L/∂input.
///
/// A layer owns no parameters. It knows their names ("W1", "b1") and reads them from the network's
/// one dictionary, which `forward` and `backward` are handed; `backward` writes the gradient of each
/// of its parameters into `grads` under the same name. So a weight matrix lives in exactly one
/// place, the network's `params`, and an optimizer updates it there in place.
///
/// Layers are structs: a copy of a network is an independent snapshot with its own caches, and
/// nothing is shared by accident (the book's in-place `dout[mask] = 0` in ReLU changes the caller's
/// array; here `backward` never modifies `dout`). `training` tells the layers that behave
/// differently when training (dropout, batch norm) which mode they are in; the others ignore it.
public protocol Layer: Sendable {
    /// The output for input `x`, reading this layer's parameters from `params` and caching what
    /// `backward` needs.
    mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray
    /// ∂L/∂input from ∂L/∂output (`dout`), using the cache of the last `forward`; stores
    /// ∂L/∂p of each of this layer's parameters p in `grads`. Never modifies `dout`.
    mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray
}

/// Checks that `backward` comes after `forward`: the cache must exist and match `dout`'s shape.
func cached(_ value: NDArray?, matching dout: NDArray, in layer: String) -> NDArray {
    guard let value else { preconditionFailure("\(layer).backward called before a forward pass in training mode") }
    precondition(
        value.shape == dout.shape,
        "\(layer).backward: dout has shape \(Shape.describe(dout.shape)), the forward output had \(Shape.describe(value.shape))"
    )
    return value
}

/// The parameter `name` from `params`; stops with the names there are when it is missing.
func parameter(_ name: String, in params: Parameters, of layer: String) -> NDArray {
    guard let value = params[name] else {
        preconditionFailure("\(layer) needs parameter \(name), the network has \(params.keys.sorted())")
    }
    return value
}
