import NeuralNet

extension GradientCheckTable {
    /// Appends one row per parameter, in the book's order (W1, b1, W2, …): backprop's gradient
    /// against the numerical one, with the worst relative error and where it occurs as NeuralNet's
    /// gradient check measures them (`compareGradients`).
    public mutating func append(backprop: Parameters, numerical: Parameters) {
        for comparison in compareGradients(analytic: backprop, numerical: numerical) {
            append(
                GradientCheckRow(
                    name: comparison.name, backprop: backprop[comparison.name]!,
                    numerical: numerical[comparison.name]!, worstRelativeError: comparison.maxRelativeError,
                    gradientAtWorst: comparison.magnitudeAtWorst))
        }
    }
}
