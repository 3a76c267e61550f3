import NumSwift

/// Nesterov's accelerated gradient (Nesterov, 1983) as a momentum method (Sutskever et al., 2013),
/// in the reformulation of Bengio, Boulanger-Lewandowski and Pascanu (2013):
///
///     v ← μ v − η g
///     W ← W + μ v − η g          (with the new v)
///
/// Classical Nesterov takes the gradient at the look-ahead point W + μ v. Tracking the look-ahead
/// point itself as the parameter turns that into the rule above, which needs only the gradient at
/// the current parameters, as every other optimizer here does. Compared with `Momentum`, the step
/// applies the velocity once more (μ v) and the fresh gradient directly (−η g), so it corrects
/// earlier when the gradient turns. Defaults: η = 0.01, μ = 0.9.
public struct Nesterov: PerParameterOptimizer {
    /// The step size η.
    public var learningRate: Double
    /// The momentum coefficient μ in [0, 1).
    public var momentum: Double
    /// The velocity v of every parameter, by name.
    public var states: [String: State] = [:]

    /// The velocity of one parameter: the same state as `Momentum` keeps, so either can resume the other's.
    public typealias State = Momentum.State

    /// Nesterov momentum with step size `learningRate` and coefficient `momentum`.
    public init(learningRate: Double = 0.01, momentum: Double = 0.9) {
        self.learningRate = learningRate
        self.momentum = momentum
    }

    /// v = 0.
    public func initialState(like parameter: NDArray) -> State {
        Momentum.State(like: parameter)
    }

    /// v ← μ v − η g; W ← W + μ v − η g.
    public func step(_ parameter: inout NDArray, gradient: NDArray, state: inout State) {
        let (eta, mu) = (learningRate, momentum)
        gradient.withUnsafeBufferPointer { g in
            state.velocity.withUnsafeMutableBufferPointer { v in
                parameter.withUnsafeMutableBufferPointer { w in
                    for i in 0..<w.count {
                        v[i] = mu * v[i] - eta * g[i]
                        w[i] += mu * v[i] - eta * g[i]
                    }
                }
            }
        }
    }
}
