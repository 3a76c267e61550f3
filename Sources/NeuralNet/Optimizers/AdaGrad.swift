import NumSwift

/// AdaGrad (Duchi, Hazan and Singer, 2011): each element gets its own step size, shrinking with
/// the sum of its squared gradients so far:
///
///     h ← h + g ⊙ g
///     W ← W − η g / (√h + ε)
///
/// Elements with large or frequent gradients slow down first. Because h only grows, the steps
/// keep shrinking and can stop learning too early on long runs (RMSprop's reason to exist).
/// ε is the paper's δ added to the diagonal √h, which keeps the first division finite when
/// g = 0. Defaults: η = 0.01, ε = 1e-8 (the paper fixes neither).
public struct AdaGrad: PerParameterOptimizer {
    /// The step size η.
    public var learningRate: Double
    /// ε, added to √h before dividing.
    public var epsilon: Double
    /// The sum of squared gradients h of every parameter, by name.
    public var states: [String: State] = [:]

    /// The accumulated squared gradients of one parameter.
    public struct State: Sendable {
        /// h = Σ g ⊙ g over the steps so far, shaped like the parameter.
        public var sumOfSquares: NDArray
    }

    /// AdaGrad with step size `learningRate` and guard `epsilon`.
    public init(learningRate: Double = 0.01, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.epsilon = epsilon
    }

    /// h = 0.
    public func initialState(like parameter: NDArray) -> State {
        State(sumOfSquares: .zeros(like: parameter))
    }

    /// h ← h + g²; W ← W − η g / (√h + ε).
    public func step(_ parameter: inout NDArray, gradient: NDArray, state: inout State) {
        let (eta, eps) = (learningRate, epsilon)
        gradient.withUnsafeBufferPointer { g in
            state.sumOfSquares.withUnsafeMutableBufferPointer { h in
                parameter.withUnsafeMutableBufferPointer { w in
                    for i in 0..<w.count {
                        h[i] += g[i] * g[i]
                        w[i] -= eta * g[i] / (h[i].squareRoot() + eps)
                    }
                }
            }
        }
    }
}
