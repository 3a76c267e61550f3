import NumSwift

/// SGD with (heavy-ball) momentum (Polyak, 1964), in the form of Sutskever et al. (2013):
///
///     v ← μ v − η g
///     W ← W + v
///
/// The velocity v accumulates past steps, so a direction the gradient keeps pointing in speeds up
/// (under a constant gradient g the step tends to −η g/(1 − μ), ten times SGD's for μ = 0.9)
/// while components that flip sign cancel. The learning rate multiplies
/// each new gradient as it enters v, so a schedule changes the step gradually, not the whole
/// velocity at once. Defaults: η = 0.01, μ = 0.9.
public struct Momentum: PerParameterOptimizer {
    /// The step size η.
    public var learningRate: Double
    /// The momentum coefficient μ in [0, 1): the fraction of the velocity kept each step.
    public var momentum: Double
    /// The velocity v of every parameter, by name.
    public var states: [String: State] = [:]

    /// The velocity of one parameter.
    public struct State: Sendable {
        /// v, shaped like the parameter.
        public var velocity: NDArray

        /// v = 0, shaped like `parameter`.
        public init(like parameter: NDArray) {
            velocity = .zeros(like: parameter)
        }
    }

    /// Momentum SGD with step size `learningRate` and coefficient `momentum`.
    public init(learningRate: Double = 0.01, momentum: Double = 0.9) {
        self.learningRate = learningRate
        self.momentum = momentum
    }

    /// v = 0.
    public func initialState(like parameter: NDArray) -> State {
        State(like: parameter)
    }

    /// v ← μ v − η g; W ← W + v.
    public func step(_ parameter: inout NDArray, gradient: NDArray, state: inout State) {
        let (eta, mu) = (learningRate, momentum)
        gradient.withUnsafeBufferPointer { g in
            state.velocity.withUnsafeMutableBufferPointer { v in
                parameter.withUnsafeMutableBufferPointer { w in
                    for i in 0..<w.count {
                        v[i] = mu * v[i] - eta * g[i]
                        w[i] += v[i]
                    }
                }
            }
        }
    }
}
