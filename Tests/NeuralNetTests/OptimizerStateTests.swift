import NeuralNet
import NumSwift
import Testing

@Test func stateIsKeptPerParameterName() {
    // Each parameter has its own velocity: "b" joins at the second update and starts from v = 0.
    var momentum = Momentum(learningRate: 0.1, momentum: 0.9)
    var params: Parameters = ["a": [1], "b": [1]]
    momentum.update(&params, ["a": [2]])
    #expect(abs(params["a"]!.scalar - 0.8) < 1e-15)
    #expect(params["b"]!.scalar == 1)
    #expect(momentum.velocity["b"] == nil)
    momentum.update(&params, ["a": [2], "b": [-4]])
    #expect(abs(momentum.velocity["a"]!.scalar - (0.9 * -0.2 - 0.2)) < 1e-15)
    #expect(abs(momentum.velocity["b"]!.scalar - 0.4) < 1e-15)
    #expect(abs(params["b"]!.scalar - 1.4) < 1e-15)
}

@Test func adamCountsItsUpdates() {
    // The bias correction uses t, the number of updates (the book's self.iter).
    var adam = Adam(learningRate: 0.1)
    var params: Parameters = ["w": [1]]
    for t in 1...3 {
        adam.update(&params, ["w": [2]])
        #expect(adam.stepCount == t)
    }
    // A constant gradient: m̂ = g and v̂ = g² at every step, so every step is η·g/(|g| + ε) ≈ 0.1.
    #expect(abs(params["w"]!.scalar - 0.7) < 1e-8)
}

@Test func optimizersUpdateTheParametersInPlace() {
    // The dictionary holds the only reference to W: an update writes into W's own storage.
    var params: Parameters = ["W": NDArray.ones([300, 300])]
    var optimizer = SGD(learningRate: 0.5)
    optimizer.update(&params, ["W": NDArray.ones([300, 300])])
    #expect(params["W"]!.scalars.allSatisfy { $0 == 0.5 })
    var momentum = Momentum()
    momentum.update(&params, ["W": NDArray.ones([300, 300])])
    #expect(params["W"]!.shape == [300, 300])
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
