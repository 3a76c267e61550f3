import NumSwift

/// The four inputs of a two-input logic gate, in the order truth tables list them.
let gateInputs: [(x1: Double, x2: Double)] = [(0, 0), (0, 1), (1, 0), (1, 1)]

/// The logic gates of the chapter, each with its truth table.
enum LogicGate: String, CaseIterable, Sendable {
    case and, nand, or, xor

    /// The gate's name as engineers write it: AND, NAND, OR, XOR.
    var name: String { rawValue.uppercased() }

    /// The output for the inputs 00, 01, 10, 11.
    var truthTable: [Double] {
        switch self {
        case .and: return [0, 0, 0, 1]
        case .nand: return [1, 1, 1, 0]
        case .or: return [0, 1, 1, 1]
        case .xor: return [0, 1, 1, 0]
        }
    }

    /// Weights and a bias that make a single perceptron compute the gate, chosen by hand;
    /// nil for XOR, which no single perceptron computes (section 1.3).
    ///
    /// AND fires only when both inputs are 1: 0.5 + 0.5 − 0.7 > 0, while 0.5 − 0.7 < 0.
    /// NAND is AND with every sign flipped. OR fires as soon as one input is 1: 0.5 − 0.2 > 0.
    var perceptron: Perceptron? {
        switch self {
        case .and: return Perceptron(weights: [0.5, 0.5], bias: -0.7)
        case .nand: return Perceptron(weights: [-0.5, -0.5], bias: 0.7)
        case .or: return Perceptron(weights: [0.5, 0.5], bias: -0.2)
        case .xor: return nil
        }
    }
}

/// XOR as two layers of perceptrons: the first layer computes s1 = NAND(x1, x2) and
/// s2 = OR(x1, x2), the second y = AND(s1, s2). "One or the other, but not both."
struct TwoLayerXOR: Sendable {
    let nand = LogicGate.nand.perceptron!
    let or = LogicGate.or.perceptron!
    let and = LogicGate.and.perceptron!

    /// The hidden layer's outputs (s1, s2) and the network's output y.
    func evaluate(_ x1: Double, _ x2: Double) -> (s1: Double, s2: Double, y: Double) {
        let s1 = nand(x1, x2)
        let s2 = or(x1, x2)
        return (s1, s2, and(s1, s2))
    }
}

/// How many of the four rows of `table` the perceptron gets right.
func rowsRight(_ perceptron: Perceptron, table: [Double]) -> Int {
    zip(gateInputs, table).filter { input, target in perceptron(input.x1, input.x2) == target }.count
}
