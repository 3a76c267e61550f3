/// The optimizers of chapter 6 by name, so a chapter can take `--optimizer adam` and loop over all.
///
/// The raw value is the lowercase name a reader types; `OptimizerKind(rawValue:)` parses it and
/// `allCases` lists the choices for a usage message.
public enum OptimizerKind: String, CaseIterable, Sendable {
    case sgd, momentum, nesterov, adagrad, rmsprop, adadelta, adam, adamw

    /// The name as written in the literature ("AdaGrad", "RMSprop"), for tables and legends.
    public var displayName: String {
        switch self {
        case .sgd: "SGD"
        case .momentum: "Momentum"
        case .nesterov: "Nesterov"
        case .adagrad: "AdaGrad"
        case .rmsprop: "RMSprop"
        case .adadelta: "AdaDelta"
        case .adam: "Adam"
        case .adamw: "AdamW"
        }
    }

    /// The learning rate the optimizer's `init` uses when none is given (1 for AdaDelta: a plain multiplier).
    public var defaultLearningRate: Double {
        makeOptimizer().learningRate
    }

    /// A fresh optimizer of this kind with its default hyper-parameters, and `learningRate` if given.
    public func makeOptimizer(learningRate: Double? = nil) -> any Optimizer {
        var optimizer: any Optimizer =
            switch self {
            case .sgd: SGD()
            case .momentum: Momentum()
            case .nesterov: Nesterov()
            case .adagrad: AdaGrad()
            case .rmsprop: RMSprop()
            case .adadelta: AdaDelta()
            case .adam: Adam()
            case .adamw: AdamW()
            }
        if let learningRate {
            optimizer.learningRate = learningRate
        }
        return optimizer
    }
}
