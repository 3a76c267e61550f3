/// Helpers for shapes: element counts, NumPy-style descriptions, broadcasting and axes.
public enum Shape {
    /// The number of elements in an array of this shape (1 for a scalar).
    public static func count(_ shape: [Int]) -> Int {
        shape.reduce(1, *)
    }

    /// A shape written as NumPy writes it: `(2,3)`, `(4,)`, `()`.
    public static func describe(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
    }

    /// Row-major strides in elements: the last axis has stride 1.
    static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = step
            step *= shape[axis]
        }
        return strides
    }

    /// The broadcast shape of two shapes, or nil when they are incompatible.
    ///
    /// NumPy's rule: align the shapes from the right; two lengths agree when they are equal
    /// or one of them is 1 (it stretches); a missing leading axis counts as 1.
    public static func broadcast(_ a: [Int], _ b: [Int]) -> [Int]? {
        let rank = max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let x = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let y = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if x == y || y == 1 {
                result[i] = x
            } else if x == 1 {
                result[i] = y
            } else {
                return nil
            }
        }
        return result
    }

    /// The broadcast shape of two shapes; stops with NumPy's message when they do not broadcast.
    @usableFromInline
    static func broadcastOrFail(_ a: [Int], _ b: [Int]) -> [Int] {
        guard let shape = broadcast(a, b) else { preconditionFailure(broadcastErrorMessage(a, b)) }
        return shape
    }

    /// NumPy's words for two shapes that do not broadcast:
    /// "operands could not be broadcast together with shapes (2,3) (4,)".
    public static func broadcastErrorMessage(_ a: [Int], _ b: [Int]) -> String {
        "operands could not be broadcast together with shapes \(describe(a)) \(describe(b))"
    }

    /// An axis in 0..<rank, with negative axes counted from the end; stops when out of range.
    @usableFromInline
    static func normalize(axis: Int, rank: Int) -> Int {
        let wrapped = axis < 0 ? axis + rank : axis
        precondition(
            wrapped >= 0 && wrapped < rank,
            "axis \(axis) is out of bounds for array of dimension \(rank)")
        return wrapped
    }
}
