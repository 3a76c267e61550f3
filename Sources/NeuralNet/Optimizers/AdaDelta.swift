import NumSwift

/// AdaDelta (Zeiler, 2012): RMSprop whose step size comes from the running size of its own past
/// steps instead of a learning rate:
///
///     E[g²]  ← ρ E[g²] + (1 − ρ) g ⊙ g
///     Δ      = −(√(E[Δ²] + ε) / √(E[g²] + ε)) ⊙ g
///     E[Δ²]  ← ρ E[Δ²] + (1 − ρ) Δ ⊙ Δ
///     W      ← W + η Δ
///
/// The ratio of the two root-mean-squares has the units of W over the units of g, so Δ has the
/// units of W whatever the scale of the loss (the paper's "correct units"): multiplying the loss
/// by 1000 leaves the steps nearly unchanged. There is no learning rate in the paper; here
/// `learningRate` is a plain multiplier η on the applied step, 1 by default, which is exactly
/// Zeiler's rule. E[Δ²] records the unscaled Δ, so η (or a schedule acting on it) damps the
/// steps without feeding back into the rule. Defaults as in the paper: ρ = 0.95, ε = 1e-6.
/// With E[Δ²] = 0 the first steps have size about √(ε / (1 − ρ)) ≈ 0.0045: AdaDelta starts slowly.
public struct AdaDelta: PerParameterOptimizer {
    /// A multiplier η on the step; 1 is the paper's AdaDelta.
    public var learningRate: Double
    /// The decay ρ in [0, 1) of both running averages.
    public var decay: Double
    /// ε inside both square roots; it also sets the size of the first steps.
    public var epsilon: Double
    /// The two running averages of every parameter, by name.
    public var states: [String: State] = [:]

    /// The running mean squares of one parameter's gradients and steps.
    public struct State: Sendable {
        /// E[g²], shaped like the parameter.
        public var meanSquareGradient: NDArray
        /// E[Δ²], shaped like the parameter.
        public var meanSquareStep: NDArray
    }

    /// AdaDelta with average decay `decay`, guard `epsilon` and step multiplier `learningRate`.
    public init(learningRate: Double = 1, decay: Double = 0.95, epsilon: Double = 1e-6) {
        self.learningRate = learningRate
        self.decay = decay
        self.epsilon = epsilon
    }

    /// E[g²] = E[Δ²] = 0.
    public func initialState(like parameter: NDArray) -> State {
        State(meanSquareGradient: .zeros(like: parameter), meanSquareStep: .zeros(like: parameter))
    }

    /// E[g²] ← ρ E[g²] + (1 − ρ) g²; Δ = −√(E[Δ²] + ε)/√(E[g²] + ε) g; E[Δ²] ← ρ E[Δ²] + (1 − ρ) Δ²; W ← W + η Δ.
    public func step(_ parameter: inout NDArray, gradient: NDArray, state: inout State) {
        let (eta, rho, eps) = (learningRate, decay, epsilon)
        gradient.withUnsafeBufferPointer { g in
            state.meanSquareGradient.withUnsafeMutableBufferPointer { sg in
                state.meanSquareStep.withUnsafeMutableBufferPointer { sd in
                    parameter.withUnsafeMutableBufferPointer { w in
                        for i in 0..<w.count {
                            sg[i] = rho * sg[i] + (1 - rho) * g[i] * g[i]
                            let delta = -(sd[i] + eps).squareRoot() / (sg[i] + eps).squareRoot() * g[i]
                            sd[i] = rho * sd[i] + (1 - rho) * delta * delta
                            w[i] += eta * delta
                        }
                    }
                }
            }
        }
    }
}
