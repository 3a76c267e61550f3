import NumSwift

/// The gradient of a scalar function f at x by central differences, element by element:
/// ∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / 2h.
///
/// The error of the central difference falls as h² until rounding in f takes over, which is why
/// the book settles on h = 1e-4 rather than a "smaller is better" 1e-50 (which rounds to 0 change).
/// Each element is perturbed in a private copy and restored before the next one, so f always
/// sees x with exactly one element moved. Costs 2 × x.count evaluations of f.
public func numericalGradient(of f: (NDArray) -> Double, at x: NDArray, h: Double = 1e-4) -> NDArray {
    numericalGradient(of: f, at: x, positions: Array(0..<x.count), h: h).reshaped(x.shape)
}

/// ∂f/∂xᵢ by central differences for the flat positions i in `positions` only, in their order, as
/// a 1-D array: 2 × positions.count evaluations of f instead of 2 × x.count, to check a random
/// sample of a parameter too large to check whole.
public func numericalGradient(of f: (NDArray) -> Double, at x: NDArray, positions: [Int], h: Double = 1e-4)
    -> NDArray
{
    precondition(h > 0, "numericalGradient needs a positive step h, got \(h)")
    var point = x
    var gradient: [Double] = []
    for i in positions {
        let original = point[flat: i]
        point[flat: i] = original + h
        let above = f(point)
        point[flat: i] = original - h
        let below = f(point)
        point[flat: i] = original
        gradient.append((above - below) / (2 * h))
    }
    return NDArray(gradient)
}
