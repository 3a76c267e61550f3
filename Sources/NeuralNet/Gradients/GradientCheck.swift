import NumSwift

/// The worst relative error between two gradients, maxᵢ |aᵢ − nᵢ| / max(1e-8, |aᵢ| + |nᵢ|).
///
/// Relative, so large and small gradients are judged alike; the 1e-8 floor keeps two tiny
/// gradients (both ≈ 0) from dividing by zero. In Double a correct backward pass checked with
/// central differences gives about 1e-7 or less; 1e-2 or more means a bug.
public func maxRelativeError(_ analytic: NDArray, _ numerical: NDArray) -> Double {
    precondition(
        analytic.shape == numerical.shape,
        "maxRelativeError: shapes \(Shape.describe(analytic.shape)) and \(Shape.describe(numerical.shape)) differ")
    var worst = 0.0
    for (a, n) in zip(analytic.scalars, numerical.scalars) {
        let error = Swift.abs(a - n) / Swift.max(1e-8, Swift.abs(a) + Swift.abs(n))
        // A NaN anywhere must fail the check, not vanish in a comparison.
        if error.isNaN { return .nan }
        worst = Swift.max(worst, error)
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
        return GradientComparison(
            name: name,
            meanAbsoluteDifference: abs(a - n).mean(),
            maxRelativeError: NeuralNet.maxRelativeError(a, n))
    }
}
