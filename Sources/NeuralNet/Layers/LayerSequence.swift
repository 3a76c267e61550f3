import NumSwift

/// Layers applied one after another, as the book's networks keep them in an `OrderedDict`:
/// forward runs them input side first; backward runs them in reverse, each turning ∂L/∂output
/// into ∂L/∂input (the chain rule, one layer at a time).
extension Array where Element == any Layer {
    /// The output of the last layer for input `x`, each layer caching what its backward needs.
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        var output = x
        for i in indices {
            output = self[i].forward(output, params, training: training)
        }
        return output
    }

    /// ∂L/∂x of the first layer from ∂L/∂output of the last, storing every layer's parameter
    /// gradients in `grads`.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        var gradient = dout
        for i in indices.reversed() {
            gradient = self[i].backward(gradient, params, &grads)
        }
        return gradient
    }
}
