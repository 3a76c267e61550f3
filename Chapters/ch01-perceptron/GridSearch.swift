import NumSwift

/// The outcome of trying every perceptron on a grid of weights and biases against one truth table.
struct GridSearchResult: Sendable {
    /// How many (w1, w2, b) triples were tried.
    var tried: Int
    /// The most rows any of them got right.
    var bestRowsRight: Int
    /// How many triples reached `bestRowsRight`.
    var bestCount: Int
    /// The first triple (in the search order w1, then w2, then b, each ascending) that did.
    var firstBest: Perceptron
}

/// Tries every perceptron whose w1, w2 and b lie on the grid −limit, −limit + step, …, limit
/// and counts the rows of `table` each gets right.
///
/// The grid points are computed as −limit + i·step from integers i, so they do not drift
/// the way a running sum of 0.1s does.
func gridSearch(table: [Double], step: Double, limit: Double = 1) -> GridSearchResult {
    precondition(step > 0 && limit > 0, "grid search needs a positive step and limit, got \(step) and \(limit)")
    let points = Int((2 * limit / step + 1e-9).rounded(.down)) + 1
    let values = (0..<points).map { -limit + Double($0) * step }
    var result = GridSearchResult(
        tried: 0, bestRowsRight: -1, bestCount: 0, firstBest: Perceptron(weights: [0, 0], bias: 0))
    for w1 in values {
        for w2 in values {
            for b in values {
                let perceptron = Perceptron(weights: [w1, w2], bias: b)
                let right = rowsRight(perceptron, table: table)
                result.tried += 1
                if right > result.bestRowsRight {
                    result.bestRowsRight = right
                    result.bestCount = 1
                    result.firstBest = perceptron
                } else if right == result.bestRowsRight {
                    result.bestCount += 1
                }
            }
        }
    }
    return result
}
