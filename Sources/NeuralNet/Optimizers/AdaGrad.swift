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
public struct AdaGrad: Optimizer {
    /// The step size η.
    public var learningRate: Double
    /// ε, added to √h before dividing.
    public var epsilon: Double
    /// h, the sum of every past g ⊙ g, one per parameter.
    public private(set) var sumOfSquares: Parameters = [:]

    /// AdaGrad with step size `learningRate` and guard `epsilon`.
    public init(learningRate: Double = 0.01, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.epsilon = epsilon
    }

    /// h ← h + g ⊙ g;  W ← W − η g / (√h + ε).
    public mutating func update(_ params: inout Parameters, _ grads: Parameters) {
        let (lr, eps) = (learningRate, epsilon)
        for (key, g) in grads {
            sumOfSquares[key, default: .zeros(like: g)].update(with: g) { h, g in h + g * g }
            params[key]!.update(with: g, sumOfSquares[key]!) { W, g, h in W - lr * g / (h.squareRoot() + eps) }
        }
    }
}
