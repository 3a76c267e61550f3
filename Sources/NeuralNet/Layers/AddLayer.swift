/// The addition node of a computational graph, on plain numbers: forward z = x + y;
/// backward ∂L/∂x = ∂L/∂y = ∂L/∂z (addition passes the gradient through unchanged).
public struct AddLayer: Sendable {
    /// An addition node; it needs no cache.
    public init() {}

    /// x + y.
    public func forward(_ x: Double, _ y: Double) -> Double { x + y }

    /// (dout, dout).
    public func backward(_ dout: Double) -> (dx: Double, dy: Double) { (dout, dout) }
}
