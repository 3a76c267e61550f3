import NeuralNet
import NumSwift
import Testing

@Test func weightDecayPenalisesOnlyWeightsByHand() {
    let parameters: [String: NDArray] = [
        "W1": NDArray([[1, -2], [3, 0]]), "b1": [5, 5], "W2": NDArray([[0.5]]), "gamma1": [4, 4], "beta1": [1, 1],
    ]
    // L2: ½ · 0.1 · (1 + 4 + 9 + 0 + 0.25); L1: 0.1 · (1 + 2 + 3 + 0 + 0.5). Biases, γ and β do not count.
    #expect(Swift.abs(WeightDecay.l2(0.1).penalty(of: parameters) - 0.7125) < 1e-15)
    #expect(Swift.abs(WeightDecay.l1(0.1).penalty(of: parameters) - 0.65) < 1e-15)
    #expect(WeightDecay.none.penalty(of: parameters) == 0)

    var gradients = parameters.mapValues { NDArray.ones($0.shape) }
    WeightDecay.l1(0.1).addGradient(to: &gradients, parameters: parameters)
    #expect(gradients["W1"] == NDArray([[1.1, 0.9], [1.1, 1]]))
    #expect(gradients["W2"] == NDArray([[1.1]]))
    #expect(gradients["b1"] == [1, 1] && gradients["gamma1"] == [1, 1])

    var l2Gradients = parameters.mapValues { NDArray.zeros($0.shape) }
    WeightDecay.l2(0.1).addGradient(to: &l2Gradients, parameters: parameters)
    #expect(maxRelativeError(l2Gradients["W1"]!, NDArray([[0.1, -0.2], [0.3, 0]])) < 1e-15)
    #expect(l2Gradients["b1"] == [0, 0])
}

@Test(arguments: [WeightDecay.l2(0.3), .l1(0.05), .l2(1e-3), .l1(2)])
func weightDecayGradientPassesTheGradientCheck(decay: WeightDecay) {
    var generator = SeededGenerator(seed: 9)
    // Away from 0, where |W| has its kink.
    let weight = awayFromZero(NDArray.randn([4, 3], using: &generator))
    let numerical = numericalGradient(of: { decay.penalty($0) }, at: weight)
    let error = maxRelativeError(decay.gradient(weight), numerical)
    #expect(error < gradientTolerance, "\(decay): relative error \(error)")
}

@Test func weightDecayDescribesItself() {
    #expect(WeightDecay.l2(0.1).description == "L2 λ=0.1")
    #expect(WeightDecay.l1(0.001).description == "L1 λ=0.001")
    #expect(WeightDecay.none.description == "none")
}
