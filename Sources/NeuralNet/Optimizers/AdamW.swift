import NumSwift

/// AdamW (Loshchilov and Hutter, 2019): Adam with weight decay decoupled from the gradient:
///
///     W ← W − η λ W                 (the decoupled decay, with the W before this step)
///     W ← W − η m̂ / (√v̂ + ε)        (Adam's step on the loss gradient alone)
///
/// Adding L2 regularisation ½λ‖W‖² to the loss would instead put λW into g, where Adam's
/// division by √v̂ rescales it per element: weights with large gradients would be decayed less.
/// Decoupling keeps the decay a uniform shrink by the factor (1 − ηλ) per step, as with SGD.
/// The paper writes the step as η_t(α m̂/(√v̂ + ε) + λW) with a schedule multiplier η_t; here the
/// single `learningRate` η plays both α and η_t (as most libraries do), so this λ is the paper's
/// λ divided by α. Defaults: Adam's (η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8) and λ = 0.01.
public struct AdamW: PerParameterOptimizer {
    /// The step size η.
    public var learningRate: Double
    /// The decay β₁ of the first-moment average.
    public var beta1: Double
    /// The decay β₂ of the second-moment average.
    public var beta2: Double
    /// ε, added to √v̂ before dividing.
    public var epsilon: Double
    /// The decoupled weight decay λ; 0 makes AdamW exactly Adam.
    public var weightDecay: Double
    /// The moments and step count of every parameter, by name (the same state as Adam's).
    public var states: [String: Adam.State] = [:]

    /// AdamW with Adam's hyper-parameters and decoupled weight decay `weightDecay`.
    public init(
        learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
        weightDecay: Double = 0.01
    ) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// The Adam rule AdamW adds its decay to.
    private var adam: Adam {
        Adam(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    }

    /// m = v = 0, t = 0.
    public func initialState(like parameter: NDArray) -> Adam.State {
        adam.initialState(like: parameter)
    }

    /// W ← (1 − ηλ) W, then Adam's step with the gradient unchanged.
    public func step(_ parameter: inout NDArray, gradient: NDArray, state: inout Adam.State) {
        if weightDecay != 0 {
            parameter *= 1 - learningRate * weightDecay
        }
        adam.step(&parameter, gradient: gradient, state: &state)
    }
}
