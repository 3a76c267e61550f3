import NumSwift

/// RMSprop (Hinton, Srivastava and Swersky, 2012, Coursera lecture 6e): AdaGrad with a leaky
/// average of squared gradients, so old gradients are forgotten and the step does not die out:
///
///     s ← ρ s + (1 − ρ) g ⊙ g
///     W ← W − η g / (√s + ε)
///
/// Defaults: ρ = 0.9 as in the lecture; η = 0.001 (the lecture gives none; this is the usual
/// library default); ε = 1e-8.
public struct RMSprop: PerParameterOptimizer {
    /// The step size η.
    public var learningRate: Double
    /// The decay ρ in [0, 1) of the running average of g².
    public var decay: Double
    /// ε, added to √s before dividing.
    public var epsilon: Double
    /// The running average s of every parameter, by name.
    public var states: [String: State] = [:]

    /// The running mean square of one parameter's gradients.
    public struct State: Sendable {
        /// s ≈ E[g²], shaped like the parameter.
        public var meanSquare: NDArray
    }

    /// RMSprop with step size `learningRate`, average decay `decay` and guard `epsilon`.
    public init(learningRate: Double = 0.001, decay: Double = 0.9, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.decay = decay
        self.epsilon = epsilon
    }

    /// s = 0.
    public func initialState(like parameter: NDArray) -> State {
        State(meanSquare: .zeros(like: parameter))
    }

    /// s ← ρ s + (1 − ρ) g²; W ← W − η g / (√s + ε).
    public func step(_ parameter: inout NDArray, gradient: NDArray, state: inout State) {
        let (eta, rho, eps) = (learningRate, decay, epsilon)
        gradient.withUnsafeBufferPointer { g in
            state.meanSquare.withUnsafeMutableBufferPointer { s in
                parameter.withUnsafeMutableBufferPointer { w in
                    for i in 0..<w.count {
                        s[i] = rho * s[i] + (1 - rho) * g[i] * g[i]
                        w[i] -= eta * g[i] / (s[i].squareRoot() + eps)
                    }
                }
            }
        }
    }
}
