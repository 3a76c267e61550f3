import NumSwift

// Gradient clipping bounds the size of one update when a gradient explodes (a steep cliff in the
// loss, a too-large learning rate), without changing the updates of ordinary steps.
// Summing goes over the parameter names in sorted order: a dictionary's order changes from run
// to run, and a different order of additions could change the last bit of the norm.

/// The global norm ‖g‖ = √(Σ over every parameter and element g²): the length of all the
/// gradients seen as one long vector.
///
/// When a gradient explodes (|g| ≳ 1e154) its square overflows, and the plain sum would say
/// ‖g‖ = inf exactly when clipping is needed; the norm is then computed as s·√(Σ (g/s)²),
/// s the largest |g|. Ordinary gradients take the plain sum, as NumPy's `np.linalg.norm` does.
public func globalNorm(_ gradients: [String: NDArray]) -> Double {
    let names = gradients.keys.sorted()
    func sumOfSquares(scaledBy scale: Double) -> Double {
        var total = 0.0
        for name in names {
            for g in gradients[name]!.scalars {
                let scaled = g / scale
                total += scaled * scaled
            }
        }
        return total
    }
    let plain = sumOfSquares(scaledBy: 1).squareRoot()
    guard plain.isInfinite else { return plain }
    let largest = gradients.values.map { abs($0).max() }.max() ?? 0
    guard largest.isFinite else { return largest }
    return largest * sumOfSquares(scaledBy: largest).squareRoot()
}

/// Clipping by global norm (Pascanu, Mikolov and Bengio, 2013): if ‖g‖ > c, every gradient is
/// scaled by c / ‖g‖, so the global norm becomes c and the direction of the update is kept;
/// gradients with ‖g‖ ≤ c are left untouched. Returns ‖g‖ before clipping (to log or to detect
/// divergence). A non-finite norm leaves the gradients as they are: scaling cannot repair a NaN.
@discardableResult
public func clipByGlobalNorm(_ gradients: inout [String: NDArray], maxNorm: Double) -> Double {
    precondition(maxNorm > 0, "clipByGlobalNorm needs a positive maxNorm, got \(maxNorm)")
    let norm = globalNorm(gradients)
    guard norm > maxNorm, norm.isFinite else { return norm }
    let scale = maxNorm / norm
    for name in gradients.keys {
        gradients[name]! *= scale
    }
    return norm
}

/// Clipping by value: every element is clamped to [−c, c]. Cheaper than clipping by norm but it
/// changes the direction of the update (large components shrink, small ones do not). Returns the
/// global norm ‖g‖ before clipping.
@discardableResult
public func clipByValue(_ gradients: inout [String: NDArray], maxValue: Double) -> Double {
    precondition(maxValue > 0, "clipByValue needs a positive maxValue, got \(maxValue)")
    let norm = globalNorm(gradients)
    for name in gradients.keys {
        gradients[name]!.formMap { Swift.min(Swift.max($0, -maxValue), maxValue) }
    }
    return norm
}

/// How to clip gradients before an update: by their global norm or element by element.
public enum GradientClipping: Sendable, Equatable, CustomStringConvertible {
    /// Scale all gradients by c/‖g‖ when ‖g‖ > c (`clipByGlobalNorm`).
    case byGlobalNorm(Double)
    /// Clamp every element to [−c, c] (`clipByValue`).
    case byValue(Double)

    /// Clips `gradients` in place; returns the global norm ‖g‖ before clipping and whether the
    /// gradients were changed.
    @discardableResult
    public func apply(to gradients: inout [String: NDArray]) -> (norm: Double, clipped: Bool) {
        switch self {
        case .byGlobalNorm(let maxNorm):
            let norm = clipByGlobalNorm(&gradients, maxNorm: maxNorm)
            return (norm, norm > maxNorm && norm.isFinite)
        case .byValue(let maxValue):
            let before = gradients.values.contains { $0.scalars.contains { Swift.abs($0) > maxValue } }
            return (clipByValue(&gradients, maxValue: maxValue), before)
        }
    }

    /// "norm 5", "value 0.1": for tables and legends.
    public var description: String {
        switch self {
        case .byGlobalNorm(let c): "norm \(NumberFormat.general(c))"
        case .byValue(let c): "value \(NumberFormat.general(c))"
        }
    }
}
