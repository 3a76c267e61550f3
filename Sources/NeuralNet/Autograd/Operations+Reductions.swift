import NumSwift

// Sums and means. A sum uses every element once with weight 1, so its backward spreads the
// incoming gradient back over the summed elements: a broadcast, the mirror of SumToShape.

extension Variable {
    /// s = Σᵢ xᵢ, a scalar;  ∂s/∂xᵢ = 1.
    public func sum() -> Variable {
        let shape = self.shape
        return Variable(NDArray(value.sum()), "sum", inputs: [self]) { g in [g.broadcast(to: shape)] }
    }

    /// The sums along `axis`;  ∂sⱼ/∂xᵢ = 1 for each xᵢ that went into sⱼ.
    public func sum(axis: Int, keepDims: Bool = false) -> Variable {
        let shape = self.shape
        precondition(
            (-rank..<rank).contains(axis), "sum(axis: \(axis)) of a value of shape \(Shape.describe(shape))")
        let axis = axis < 0 ? axis + rank : axis
        var keptShape = shape
        keptShape[axis] = 1
        return Variable(value.sum(axis: axis, keepDims: keepDims), "sum", inputs: [self]) { g in
            [g.reshaped(keptShape).broadcast(to: shape)]
        }
    }

    /// m = (1/n) Σᵢ xᵢ, a scalar;  ∂m/∂xᵢ = 1/n.
    public func mean() -> Variable {
        let shape = self.shape
        let n = Double(value.count)
        return Variable(NDArray(value.mean()), "mean", inputs: [self]) { g in [g.broadcast(to: shape) / n] }
    }

    /// The number of axes of the value.
    public var rank: Int { value.rank }
}
