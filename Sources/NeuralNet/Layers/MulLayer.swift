/// The multiplication node of a computational graph, on plain numbers: forward z = x · y;
/// backward ∂L/∂x = ∂L/∂z · y, ∂L/∂y = ∂L/∂z · x (each input's gradient is the other input).
///
/// Chapter 5's shopping example: 2 apples at 100 each, then 10% tax.
public struct MulLayer: Sendable {
    private var inputs: (x: Double, y: Double)?

    /// A node with an empty cache.
    public init() {}

    /// x · y, remembering both inputs.
    public mutating func forward(_ x: Double, _ y: Double) -> Double {
        inputs = (x, y)
        return x * y
    }

    /// (dout · y, dout · x).
    public func backward(_ dout: Double) -> (dx: Double, dy: Double) {
        guard let inputs else { preconditionFailure("MulLayer.backward called before forward") }
        return (dout * inputs.y, dout * inputs.x)
    }
}
