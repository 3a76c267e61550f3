import NumSwift

/// The worst relative error between two gradients, maxᵢ |aᵢ − nᵢ| / max(1e-8, |aᵢ| + |nᵢ|).
///
/// Relative, so large and small gradients are judged alike; the 1e-8 floor keeps two tiny
/// gradients (both ≈ 0) from dividing by zero. In Double a correct backward pass checked with
/// central differences gives about 1e-7 or less; 1e-2 or more means a bug.
public func maxRelativeError(_ analytic: NDArray, _ numerical: NDArray) -> Double {
    worstRelativeError(analytic, numerical).error
}

/// The worst relative error (see `maxRelativeError`) and the element where it occurs, by its
/// position in row-major order (the first such element; nil for empty arrays, or where a NaN is).
///
/// Where matters because rounding sets a floor on the absolute error (about 1e-12 for a loss
/// near 1 and h = 1e-4): on a gradient element of size 1e-8 that floor alone is a relative error
/// of 1e-4, while on an element of size 1 it is 1e-12.
public func worstRelativeError(_ analytic: NDArray, _ numerical: NDArray) -> (error: Double, index: Int?) {
    precondition(
        analytic.shape == numerical.shape,
        "maxRelativeError: shapes \(Shape.describe(analytic.shape)) and \(Shape.describe(numerical.shape)) differ")
    var worst = (error: 0.0, index: Int?.none)
    for (index, (a, n)) in zip(analytic.scalars, numerical.scalars).enumerated() {
        let error = Swift.abs(a - n) / Swift.max(1e-8, Swift.abs(a) + Swift.abs(n))
        // A NaN anywhere must fail the check, not vanish in a comparison.
        if error.isNaN { return (.nan, index) }
        if worst.index == nil || error > worst.error { worst = (error, index) }
    }
    return worst
}

/// How one parameter's backprop gradient compares with its numerical gradient.
public struct GradientComparison: Sendable {
    /// The parameter's name, e.g. "W1".
    public let name: String
    /// mean |a − n| over the parameter's elements.
    public let meanAbsoluteDifference: Double
    /// max |a − n| / max(1e-8, |a| + |n|), see `maxRelativeError`.
    public let maxRelativeError: Double
    /// |a| of the backprop gradient at the element with the worst relative error: a tiny
    /// gradient there explains a large relative error by rounding alone (0 for an empty parameter).
    public let magnitudeAtWorst: Double
}

/// Compares two sets of named gradients, parameter by parameter, in `ParameterNames.ordered` order.
/// Both sets must have the same names and shapes.
public func compareGradients(analytic: [String: NDArray], numerical: [String: NDArray]) -> [GradientComparison] {
    precondition(
        Set(analytic.keys) == Set(numerical.keys),
        "compareGradients: names differ, \(ParameterNames.ordered(analytic.keys)) vs \(ParameterNames.ordered(numerical.keys))"
    )
    return ParameterNames.ordered(analytic.keys).map { name in
        let a = analytic[name]!
        let n = numerical[name]!
        let worst = worstRelativeError(a, n)
        return GradientComparison(
            name: name,
            meanAbsoluteDifference: abs(a - n).mean(),
            maxRelativeError: worst.error,
            magnitudeAtWorst: worst.index.map { Swift.abs(a.scalars[$0]) } ?? 0)
    }
}
