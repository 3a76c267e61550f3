// Comparisons give masks: arrays of 1.0 where the comparison holds and 0.0 elsewhere,
// so a mask can multiply a gradient directly (ReLU's backward pass is `dout * (x .> 0)`).

extension NDArray {
    /// 1 where lhs > rhs, else 0 (with broadcasting).
    public static func .> (lhs: NDArray, rhs: NDArray) -> NDArray { broadcasting(lhs, rhs) { $0 > $1 ? 1 : 0 } }
    /// 1 where lhs < rhs, else 0 (with broadcasting).
    public static func .< (lhs: NDArray, rhs: NDArray) -> NDArray { broadcasting(lhs, rhs) { $0 < $1 ? 1 : 0 } }
    /// 1 where lhs ≥ rhs, else 0 (with broadcasting).
    public static func .>= (lhs: NDArray, rhs: NDArray) -> NDArray { broadcasting(lhs, rhs) { $0 >= $1 ? 1 : 0 } }
    /// 1 where lhs ≤ rhs, else 0 (with broadcasting).
    public static func .<= (lhs: NDArray, rhs: NDArray) -> NDArray { broadcasting(lhs, rhs) { $0 <= $1 ? 1 : 0 } }
    /// 1 where lhs = rhs, else 0 (with broadcasting).
    public static func .== (lhs: NDArray, rhs: NDArray) -> NDArray { broadcasting(lhs, rhs) { $0 == $1 ? 1 : 0 } }
    /// 1 where lhs ≠ rhs, else 0 (with broadcasting).
    public static func .!= (lhs: NDArray, rhs: NDArray) -> NDArray { broadcasting(lhs, rhs) { $0 != $1 ? 1 : 0 } }

    /// 1 where the element is greater than `rhs`, else 0.
    public static func .> (lhs: NDArray, rhs: Double) -> NDArray { lhs.map { $0 > rhs ? 1 : 0 } }
    /// 1 where the element is less than `rhs`, else 0.
    public static func .< (lhs: NDArray, rhs: Double) -> NDArray { lhs.map { $0 < rhs ? 1 : 0 } }
    /// 1 where the element is at least `rhs`, else 0.
    public static func .>= (lhs: NDArray, rhs: Double) -> NDArray { lhs.map { $0 >= rhs ? 1 : 0 } }
    /// 1 where the element is at most `rhs`, else 0.
    public static func .<= (lhs: NDArray, rhs: Double) -> NDArray { lhs.map { $0 <= rhs ? 1 : 0 } }
    /// 1 where the element equals `rhs`, else 0.
    public static func .== (lhs: NDArray, rhs: Double) -> NDArray { lhs.map { $0 == rhs ? 1 : 0 } }
    /// 1 where the element differs from `rhs`, else 0.
    public static func .!= (lhs: NDArray, rhs: Double) -> NDArray { lhs.map { $0 != rhs ? 1 : 0 } }

    /// Picks from `x` where `condition` is non-zero and from `y` elsewhere (np.where), with broadcasting.
    public static func `where`(_ condition: NDArray, _ x: NDArray, _ y: NDArray) -> NDArray {
        let shape = Shape.broadcastOrFail(Shape.broadcastOrFail(condition.shape, x.shape), y.shape)
        let c = condition.broadcast(to: shape).scalars
        let xs = x.broadcast(to: shape).scalars
        let ys = y.broadcast(to: shape).scalars
        return NDArray(shape: shape, scalars: c.indices.map { c[$0] != 0 ? xs[$0] : ys[$0] })
    }

    /// True when every element is finite (no NaN, no ±inf).
    public var isFinite: Bool { scalars.allSatisfy(\.isFinite) }
}
