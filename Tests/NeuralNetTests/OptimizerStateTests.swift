import NeuralNet
import NumSwift
import Testing

@Test func stateIsKeptPerParameterName() {
    // "b" joins at the second update: its Adam correction starts at its own step 1,
    // so it moves by η·sign(g) exactly as "a" did on its first step.
    var adam = Adam(learningRate: 0.1)
    var parameters: [String: NDArray] = ["a": [1], "b": [1]]
    adam.update(&parameters, gradients: ["a": [2]])
    #expect(abs(parameters["a"]!.scalar - 0.9) < 1e-8)
    #expect(parameters["b"]!.scalar == 1)
    adam.update(&parameters, gradients: ["a": [2], "b": [-4]])
    #expect(adam.states["a"]?.stepCount == 2)
    #expect(adam.states["b"]?.stepCount == 1)
    #expect(abs(parameters["b"]!.scalar - 1.1) < 1e-8)
}

@Test func resetStateForgetsTheVelocity() {
    var momentum = Momentum(learningRate: 0.1, momentum: 0.9)
    var parameters: [String: NDArray] = ["w": [0]]
    momentum.update(&parameters, gradients: ["w": [1]])
    momentum.resetState()
    #expect(momentum.states.isEmpty)
    momentum.update(&parameters, gradients: ["w": [1]])
    // Without the reset the second step would be −0.19; after it, −0.1 again.
    #expect(abs(parameters["w"]!.scalar - -0.2) < 1e-15)
}

@Test func optimizerKindNamesAreLowercaseAndRoundTrip() {
    #expect(
        OptimizerKind.allCases.map(\.rawValue)
            == ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam", "adamw"])
    #expect(OptimizerKind(rawValue: "adamw") == .adamw)
    #expect(OptimizerKind(rawValue: "Adam") == nil)
    #expect(OptimizerKind.rmsprop.displayName == "RMSprop")
}

@Test(arguments: OptimizerKind.allCases)
func optimizerKindMakesItsOptimizer(kind: OptimizerKind) {
    let optimizer = kind.makeOptimizer(learningRate: 0.125)
    #expect(optimizer.learningRate == 0.125)
    let expectedType: String =
        switch kind {
        case .sgd: "SGD"
        case .momentum: "Momentum"
        case .nesterov: "Nesterov"
        case .adagrad: "AdaGrad"
        case .rmsprop: "RMSprop"
        case .adadelta: "AdaDelta"
        case .adam: "Adam"
        case .adamw: "AdamW"
        }
    #expect(String(describing: type(of: optimizer)) == expectedType)
}

@Test func defaultHyperParametersAreThePapers() {
    let adam = Adam()
    #expect(adam.learningRate == 0.001 && adam.beta1 == 0.9 && adam.beta2 == 0.999 && adam.epsilon == 1e-8)
    let adaDelta = AdaDelta()
    #expect(adaDelta.learningRate == 1 && adaDelta.decay == 0.95 && adaDelta.epsilon == 1e-6)
    #expect(RMSprop().decay == 0.9)
    #expect(OptimizerKind.adadelta.defaultLearningRate == 1)
    #expect(OptimizerKind.sgd.defaultLearningRate == 0.01)
}
