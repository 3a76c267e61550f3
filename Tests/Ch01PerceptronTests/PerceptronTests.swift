import NumSwift
import Testing

@testable import ch01_perceptron

@Suite struct LogicGateTruthTables {
    /// The truth tables written out by hand, row by row: (x1, x2, AND, NAND, OR, XOR).
    static let rows: [(Double, Double, Double, Double, Double, Double)] = [
        (0, 0, 0, 1, 0, 0),
        (0, 1, 0, 1, 1, 1),
        (1, 0, 0, 1, 1, 1),
        (1, 1, 1, 0, 1, 0),
    ]

    @Test(arguments: rows)
    func singlePerceptronGates(row: (Double, Double, Double, Double, Double, Double)) {
        let (x1, x2, and, nand, or, _) = row
        #expect(LogicGate.and.perceptron!(x1, x2) == and)
        #expect(LogicGate.nand.perceptron!(x1, x2) == nand)
        #expect(LogicGate.or.perceptron!(x1, x2) == or)
    }

    @Test(arguments: rows)
    func twoLayerXOR(row: (Double, Double, Double, Double, Double, Double)) {
        let (x1, x2, _, nand, or, xor) = row
        let (s1, s2, y) = TwoLayerXOR().evaluate(x1, x2)
        #expect(s1 == nand)
        #expect(s2 == or)
        #expect(y == xor)
    }

    @Test func tablesListedByTheGatesMatchTheHandWrittenOnes() {
        #expect(LogicGate.and.truthTable == Self.rows.map(\.2))
        #expect(LogicGate.nand.truthTable == Self.rows.map(\.3))
        #expect(LogicGate.or.truthTable == Self.rows.map(\.4))
        #expect(LogicGate.xor.truthTable == Self.rows.map(\.5))
        #expect(LogicGate.xor.perceptron == nil)
    }

    @Test func weightedSumOfTheBooksExample() {
        // 0.5·1 + 0.5·1 − 0.7 = 0.3 > 0, so AND fires on (1, 1); at (1, 0): 0.5 − 0.7 = −0.2.
        let and = LogicGate.and.perceptron!
        #expect(Swift.abs(and.weightedSum([1, 1]) - 0.3) < 1e-15)
        #expect(Swift.abs(and.weightedSum([1, 0]) + 0.2) < 1e-15)
    }

    @Test func stepIsZeroAtZero() {
        // A weighted sum of exactly 0 does not fire: the threshold is strict.
        #expect(Perceptron(weights: [1, -1], bias: 0)(1, 1) == 0)
    }
}

@Suite struct XORGridSearch {
    @Test func noPerceptronOnTheGridComputesXOR() {
        let result = gridSearch(table: LogicGate.xor.truthTable, step: 0.1)
        #expect(result.tried == 21 * 21 * 21)
        #expect(result.bestRowsRight == 3)
        #expect(rowsRight(result.firstBest, table: LogicGate.xor.truthTable) == 3)
        // The first in search order is i = (−10, 1, 0): 00 → 0, 01 → 1, 10 → 0 (wrong), 11 → 0.
        #expect(result.firstBest == Perceptron(weights: [-1, 0.1], bias: 0))
    }

    /// Counts on the integer grid i1, i2, ib ∈ −10…10 (step 0.1), from an independent
    /// exact-integer enumeration (a few lines of Python over range(-10, 11)).
    @Test(arguments: [
        (LogicGate.and, 4, 220), (.nand, 4, 165), (.or, 4, 385), (.xor, 3, 1320),
    ])
    func countsOnTheDefaultGridAreExact(gate: LogicGate, bestRows: Int, count: Int) {
        let result = gridSearch(table: gate.truthTable, step: 0.1)
        #expect(result.bestRowsRight == bestRows)
        #expect(result.bestCount == count)
    }

    @Test func aPointOnTheLineDoesNotFire() {
        // w = (0.1, 0.1), b = −0.1 puts (0, 1) and (1, 0) exactly on the line (sum 0, output 0)
        // and (1, 1) above it: AND, and the first AND in search order (indices 1, 1, −1). A grid
        // of −1 + i·0.1 in floating point makes 0.1 as 0.10000000000000009 and misses the tie.
        let result = gridSearch(table: LogicGate.and.truthTable, step: 0.1)
        #expect(result.firstBest == Perceptron(weights: [0.1, 0.1], bias: -0.1))
    }

    @Test func theGridContainsPerceptronsForTheSeparableGates() {
        for gate in [LogicGate.and, .nand, .or] {
            #expect(gridSearch(table: gate.truthTable, step: 0.5).bestRowsRight == 4, "\(gate.name)")
        }
    }

    @Test func aCoarseGridIsCountedByHand() {
        // Step 1 gives the values −1, 0, 1: 27 perceptrons. For AND, step(w1 + w2 + b) must be 1
        // and the other three 0: b ≤ 0, w1 + b ≤ 0, w2 + b ≤ 0, w1 + w2 + b > 0. With b = 0 the
        // last needs w1 + w2 > 0 but the middle ones w1, w2 ≤ 0: none. With b = −1: w1, w2 ≤ 1 and
        // w1 + w2 > 1, so w1 = w2 = 1: one perceptron. b = 1 breaks the first. So exactly one.
        let result = gridSearch(table: LogicGate.and.truthTable, step: 1)
        #expect(result.tried == 27)
        #expect(result.bestRowsRight == 4)
        #expect(result.bestCount == 1)
        #expect(result.firstBest == Perceptron(weights: [1, 1], bias: -1))
    }
}

@Suite struct PerceptronLearningRule {
    let learning = PerceptronLearning(learningRate: 0.1, maximumEpochs: 100)

    @Test(arguments: [LogicGate.and, .or, .nand])
    func convergesOnSeparableGatesFromZero(gate: LogicGate) {
        let (history, converged) = learning.train(from: Perceptron(weights: [0, 0], bias: 0), table: gate.truthTable)
        #expect(converged)
        #expect(history.last!.rowsRight == 4)
        #expect(rowsRight(history.last!.perceptron, table: gate.truthTable) == 4)
    }

    @Test func firstEpochOnANDWorkedByHand() {
        // From w = (0, 0), b = 0 with η = 0.1, rows 00, 01, 10, 11 with targets 0, 0, 0, 1:
        // 00: sum 0 → y 0, right.   01: y 0, right.   10: y 0, right.
        // 11: sum 0 → y 0, target 1 → w = (0.1, 0.1), b = 0.1. One mistake.
        let (history, _) = learning.train(from: Perceptron(weights: [0, 0], bias: 0), table: LogicGate.and.truthTable)
        #expect(history[0].number == 0)
        #expect(history[1].mistakes == 1)
        #expect(history[1].perceptron == Perceptron(weights: [0.1, 0.1], bias: 0.1))
        // Epoch 2: 00 sum 0.1 → 1 wrong: b = 0.  01: sum 0.1 → 1 wrong: w2 = 0, b = −0.1.
        // 10: sum 0.1 − 0.1 = 0 → 0 right.  11: sum 0.1 + 0 − 0.1 = 0 → 0 wrong: w = (0.2, 0.1), b = 0.
        #expect(history[2].mistakes == 3)
        #expect(Swift.abs(history[2].perceptron.weights[0] - 0.2) < 1e-12)
        #expect(Swift.abs(history[2].perceptron.weights[1] - 0.1) < 1e-12)
        #expect(Swift.abs(history[2].perceptron.bias) < 1e-12)
    }

    @Test func stopsAtOnceWhenTheStartIsAlreadyRight() {
        let (history, converged) = learning.train(from: LogicGate.or.perceptron!, table: LogicGate.or.truthTable)
        #expect(converged)
        #expect(history.count == 1)
    }

    @Test(arguments: [0 as UInt64, 1, 2, 3])
    func neverConvergesOnXOR(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let start = Perceptron(
            weights: [generator.nextUniform() - 0.5, generator.nextUniform() - 0.5], bias: generator.nextUniform() - 0.5
        )
        let (history, converged) = learning.train(from: start, table: LogicGate.xor.truthTable)
        #expect(!converged)
        #expect(history.count == 101)
        #expect(history.allSatisfy { $0.rowsRight <= 3 })
    }
}
