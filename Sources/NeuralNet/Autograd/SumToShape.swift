import NumSwift

/// The gradient of a broadcast operand: `gradient`, which has the result's shape, summed back to
/// the operand's `shape`.
///
/// Broadcasting uses one element of the operand in many places of the result (b of shape (n,) in
/// every row of x · W + b); like any fan-out, the gradients of all those uses add up. So: sum over
/// the leading axes the operand lacks, then over every axis where the operand has length 1 and the
/// result more, keeping that axis. (m, n) → (n,) sums the rows; (m, n) → (m, 1) sums each row;
/// (m, n) → () sums everything.
public func sumToShape(_ gradient: NDArray, _ shape: [Int]) -> NDArray {
    if gradient.shape == shape { return gradient }
    precondition(
        Shape.broadcast(gradient.shape, shape) == gradient.shape,
        "sumToShape: an operand of shape \(Shape.describe(shape)) does not broadcast to the result's "
            + "\(Shape.describe(gradient.shape))")
    var result = gradient
    for _ in 0..<(gradient.rank - shape.count) {
        result = result.sum(axis: 0)  // an axis the operand does not have at all
    }
    for (axis, length) in shape.enumerated() where length == 1 && result.shape[axis] != 1 {
        result = result.sum(axis: axis, keepDims: true)  // an axis of length 1, stretched
    }
    return result
}
