// Padding: a border of constant values around an array (np.pad with mode "constant").

extension NDArray {
    /// The array with `widths[axis].before` elements of `value` added before each axis and
    /// `widths[axis].after` after it, one pair per axis (np.pad(x, widths, constant_values=value)).
    ///
    /// A convolution pads only the two image axes of a batch (N, C, H, W):
    ///
    ///     x.padded([(0, 0), (0, 0), (1, 1), (1, 1)])   // (N, C, H + 2, W + 2), a border of zeros
    public func padded(_ widths: [(before: Int, after: Int)], value: Double = 0) -> NDArray {
        precondition(
            widths.count == rank,
            "padded: \(widths.count) pad widths for an array of shape \(Shape.describe(shape)), need one per axis")
        precondition(
            widths.allSatisfy { $0.before >= 0 && $0.after >= 0 }, "padded: pad widths must be ≥ 0, got \(widths)")
        let newShape = zip(shape, widths).map { length, width in width.before + length + width.after }
        var result = NDArray.full(newShape, value)
        guard count > 0 else { return result }
        // Each element moves to its multi-index shifted by the `before` widths.
        let newStrides = Shape.strides(newShape)
        let offset = zip(widths, newStrides).reduce(0) { $0 + $1.0.before * $1.1 }
        var index = [Int](repeating: 0, count: rank)
        for source in 0..<count {
            var target = offset
            for axis in 0..<rank { target += index[axis] * newStrides[axis] }
            result.storage[target] = storage[source]
            // Advance the multi-index in row-major order, like an odometer.
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < shape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return result
    }
}
