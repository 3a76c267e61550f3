import NumSwift
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Adam (Kingma and Ba, 2015), Algorithm 1: momentum on the gradient and RMSprop's scaling,
/// both as leaky averages, corrected for starting at zero:
///
///     t ← t + 1
///     m ← β₁ m + (1 − β₁) g
///     v ← β₂ v + (1 − β₂) g ⊙ g
///     m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
///     W ← W − η m̂ / (√v̂ + ε)
///
/// Without the correction the first averages would be biased towards 0 (m₁ = 0.1 g). With it,
/// m̂₁ = g and v̂₁ = g², so the first step is η g/(|g| + ε): about η in every coordinate, whatever
/// the scale of the gradient. Defaults as in the paper: η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
/// The step count t is kept per parameter, so a parameter first seen later starts its own correction.
public struct Adam: PerParameterOptimizer {
    /// The step size η (the paper's α).
    public var learningRate: Double
    /// The decay β₁ in [0, 1) of the first-moment average m.
    public var beta1: Double
    /// The decay β₂ in [0, 1) of the second-moment average v.
    public var beta2: Double
    /// ε, added to √v̂ before dividing.
    public var epsilon: Double
    /// The moments and step count of every parameter, by name.
    public var states: [String: State] = [:]

    /// The moment estimates of one parameter.
    public struct State: Sendable {
        /// m, the running mean of g, shaped like the parameter.
        public var firstMoment: NDArray
        /// v, the running mean of g², shaped like the parameter.
        public var secondMoment: NDArray
        /// t, the number of steps taken so far.
        public var stepCount: Int
    }

    /// Adam with step size `learningRate`, moment decays `beta1`, `beta2` and guard `epsilon`.
    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    /// m = v = 0, t = 0.
    public func initialState(like parameter: NDArray) -> State {
        State(firstMoment: .zeros(like: parameter), secondMoment: .zeros(like: parameter), stepCount: 0)
    }

    /// t ← t + 1; m ← β₁ m + (1 − β₁) g; v ← β₂ v + (1 − β₂) g²; W ← W − η m̂ / (√v̂ + ε).
    public func step(_ parameter: inout NDArray, gradient: NDArray, state: inout State) {
        state.stepCount += 1
        let t = Double(state.stepCount)
        let (eta, b1, b2, eps) = (learningRate, beta1, beta2, epsilon)
        let correction1 = 1 - pow(b1, t)
        let correction2 = 1 - pow(b2, t)
        gradient.withUnsafeBufferPointer { g in
            state.firstMoment.withUnsafeMutableBufferPointer { m in
                state.secondMoment.withUnsafeMutableBufferPointer { v in
                    parameter.withUnsafeMutableBufferPointer { w in
                        for i in 0..<w.count {
                            m[i] = b1 * m[i] + (1 - b1) * g[i]
                            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                            let mHat = m[i] / correction1
                            let vHat = v[i] / correction2
                            w[i] -= eta * mHat / (vHat.squareRoot() + eps)
                        }
                    }
                }
            }
        }
    }
}
