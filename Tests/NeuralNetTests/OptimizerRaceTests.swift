import NeuralNet
import NumSwift
import Testing

// The classic race on f(x, y) = x²/20 + y² from (−7, 2), 30 updates each. The endpoints were
// computed independently with NumPy from the update rules (same hyper-parameters, ε included).

private struct Runner: Sendable, CustomStringConvertible {
    let description: String
    let expected: (x: Double, y: Double)
    let run: @Sendable () -> NDArray
}

private func race(_ optimizer: some Optimizer) -> NDArray {
    var optimizer = optimizer
    var parameters: [String: NDArray] = ["p": [-7, 2]]
    for _ in 0..<30 {
        let p = parameters["p"]!
        optimizer.update(&parameters, ["p": [p[0] / 10, 2 * p[1]]])
    }
    return parameters["p"]!
}

private let runners: [Runner] = [
    Runner(description: "SGD lr 0.95", expected: (-0.3503929957523197, 0.0847823165504322)) {
        race(SGD(learningRate: 0.95))
    },
    Runner(description: "Momentum lr 0.1", expected: (0.896413858493733, 0.08808560171506971)) {
        race(Momentum(learningRate: 0.1))
    },
    Runner(description: "AdaGrad lr 1.5", expected: (-0.1201622546863445, 2.486384688590262e-17)) {
        race(AdaGrad(learningRate: 1.5))
    },
    Runner(description: "Adam lr 0.3", expected: (0.13601461732623224, 0.3182453888963097)) {
        race(Adam(learningRate: 0.3))
    },
    Runner(description: "Nesterov lr 0.1", expected: (0.6896149016966209, -0.0006799058361172026)) {
        race(Nesterov(learningRate: 0.1))
    },
    Runner(description: "RMSprop lr 0.3", expected: (-0.15391095882764508, 3.005221507818537e-17)) {
        race(RMSprop(learningRate: 0.3))
    },
    Runner(description: "AdaDelta", expected: (-6.858960953739965, 1.8617678678721312)) {
        race(AdaDelta())
    },
    Runner(description: "AdaDelta, step times 50", expected: (-2.2771002432284755, 0.01638872961456867)) {
        race(AdaDelta(learningRate: 50))
    },
]

@Test(arguments: runners)
private func classicRaceEndsWhereNumPySays(runner: Runner) {
    let end = runner.run()
    #expect(abs(end[0] - runner.expected.x) < 1e-12, "\(runner): x = \(end[0])")
    #expect(abs(end[1] - runner.expected.y) < 1e-12, "\(runner): y = \(end[1])")
}
