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
public struct AdamW: Optimizer {
    /// The decoupled weight decay λ; 0 makes AdamW exactly Adam.
    public var weightDecay: Double
    /// The Adam that takes the second half of each step (its η, β₁, β₂, ε and moments).
    public private(set) var adam: Adam

    /// AdamW with Adam's hyper-parameters and decoupled weight decay `weightDecay`.
    public init(
        learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
        weightDecay: Double = 0.01
    ) {
        adam = Adam(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
        self.weightDecay = weightDecay
    }

    /// The step size η, Adam's.
    public var learningRate: Double {
        get { adam.learningRate }
        set { adam.learningRate = newValue }
    }

    /// W ← W − η λ W, then Adam's update.
    public mutating func update(_ params: inout Parameters, _ grads: Parameters) {
        if weightDecay != 0 {
            for key in grads.keys {
                params[key]! *= 1 - learningRate * weightDecay
            }
        }
        adam.update(&params, grads)
    }
}
