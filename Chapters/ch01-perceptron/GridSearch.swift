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

/// Tries every perceptron whose w1, w2 and b lie on the grid −n·step, …, −step, 0, step, …, n·step
/// with n = ⌊limit / step⌋, and counts the rows of `table` each gets right.
///
/// A perceptron on the grid is (i1·step, i2·step, ib·step) for integers i1, i2, ib, and since
/// step > 0 and the inputs are 0 or 1, step(w1·x1 + w2·x2 + b) = step(i1·x1 + i2·x2 + ib). The
/// search decides on those integer sums, so a point that lies exactly on a line (a sum of 0)
/// never fires, where in floating point 0.1 + 0.2 − 0.3 is not 0 and would be decided by rounding.
///
/// `afterEachPlane` is called after each value of w1 with the number of values done: (2n + 1)²
/// perceptrons each, for a progress report.
func gridSearch(
    table: [Double], step: Double, limit: Double = 1, afterEachPlane: (Int) -> Void = { _ in }
) -> GridSearchResult {
    precondition(step > 0 && limit > 0, "grid search needs a positive step and limit, got \(step) and \(limit)")
    precondition(table.count == gateInputs.count, "a truth table has \(gateInputs.count) rows, got \(table.count)")
    let n = Int((limit / step + 1e-9).rounded(.down))
    let indices = -n...n
    let rows = zip(gateInputs, table).map { input, target in (x1: Int(input.x1), x2: Int(input.x2), target: target) }
    var result = GridSearchResult(
        tried: 0, bestRowsRight: -1, bestCount: 0, firstBest: Perceptron(weights: [0, 0], bias: 0))
    for i1 in indices {
        for i2 in indices {
            for ib in indices {
                // A plain loop rather than `rows.filter { … }.count`: the grid holds millions of
                // perceptrons at small steps, and the filter would build an array for each.
                var right = 0
                for row in rows {
                    let fires: Double = i1 * row.x1 + i2 * row.x2 + ib > 0 ? 1 : 0
                    if fires == row.target { right += 1 }
                }
                result.tried += 1
                if right > result.bestRowsRight {
                    result.bestRowsRight = right
                    result.bestCount = 1
                    result.firstBest = Perceptron(
                        weights: [Double(i1) * step, Double(i2) * step], bias: Double(ib) * step)
                } else if right == result.bestRowsRight {
                    result.bestCount += 1
                }
            }
        }
        afterEachPlane(i1 + n + 1)
    }
    return result
}
