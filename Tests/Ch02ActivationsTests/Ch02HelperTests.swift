import Foundation
import NeuralNet
import Testing

@testable import ch02_activations

@Test func sigmoidSlopesAtZeroGiveAQuarterPerLayer() {
    let sums = [Double](repeating: 0, count: 20)
    for layers in [1, 5, 20] {
        let product = slopeProduct(.sigmoid, sums: sums, layers: layers)
        #expect(Swift.abs(product / pow(0.25, Double(layers)) - 1) < 1e-12, "\(layers) layers")
    }
    // Away from 0 each slope is smaller still, so the product falls below the bound.
    #expect(slopeProduct(.sigmoid, sums: [1, -2, 0.5], layers: 3) < pow(0.25, 3))
}

@Test func reluSlopesPassOrBlock() {
    #expect(slopeProduct(.relu, sums: [0.5, 2, 3], layers: 3) == 1)
    #expect(slopeProduct(.relu, sums: [0.5, -2, 3], layers: 3) == 0)
    #expect(slopeProduct(.tanh, sums: [0, 0], layers: 2) == 1)
    #expect(slopeProduct(.sigmoid, sums: [3, 0], layers: 0) == 1)
}

@Test func valueTableHasARowPerPointAndAColumnPerActivation() {
    let table = valueTable([.step, .relu], at: [-1, 2]).description
    let lines = table.split(separator: "\n")
    #expect(lines.count == 4)  // header, rule, two rows
    #expect(lines[0].contains("step") && lines[0].contains("relu"))
    #expect(lines[3].split(separator: " ") == ["2", "1", "2"])
    let slopes = valueTable([.sigmoid], at: [0], derivative: true).description
    #expect(slopes.contains("sigmoid'") && slopes.contains("0.25"))
}
