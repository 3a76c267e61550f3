import NumSwift
import TermPlot
import Testing

@testable import ch01_perceptron

@Suite struct DecisionBoundaryTests {
    @Test func andsLineIsXOnePlusXTwoEqualsOnePointFour() throws {
        // 0.5*x1 + 0.5*x2 - 0.7 = 0  <=>  x2 = 1.4 - x1: at x1 = -0.5, 1.9; at x1 = 1.5, -0.1.
        let line = try #require(decisionBoundary(LogicGate.and.perceptron!))
        #expect(line.x == [-0.5, 1.5])
        #expect(abs(line.y[0] - 1.9) < 1e-12 && abs(line.y[1] + 0.1) < 1e-12)
    }

    @Test func aPerceptronDeafToX2HasAVerticalLine() throws {
        let line = try #require(decisionBoundary(Perceptron(weights: [2, 0], bias: -1)))
        #expect(line.x == [0.5, 0.5] && line.y == [-0.5, 1.5])
        #expect(decisionBoundary(Perceptron(weights: [0, 0], bias: 1)) == nil)
    }

    @Test func theFigureMarksXORsOutputs() {
        let text = boundaryFigure("XOR", lines: [], outputs: LogicGate.xor.truthTable).render(.plain)
        let body = text.split(separator: "\n").filter { $0.contains("|") || $0.contains(" +") }
        #expect(body.joined().filter { $0 == "o" }.count == 2)
        #expect(body.joined().filter { $0 == "x" }.count == 2)
        #expect(text.contains("o output 1   x output 0"))
    }
}
