import NumSwift

/// Rosenblatt's perceptron learning rule, applied one row of the truth table at a time:
///
///     y = step(w · x + b),   w ← w + η (t − y) x,   b ← b + η (t − y)
///
/// A row the perceptron already gets right (t = y) changes nothing; a wrong one moves the
/// decision line towards classifying it correctly. If the rows are linearly separable the
/// rule stops changing after finitely many mistakes (the perceptron convergence theorem);
/// otherwise it never settles.
struct PerceptronLearning: Sendable {
    /// The state after one epoch (one pass over the four rows, in table order).
    struct Epoch: Equatable, Sendable {
        /// 0 for the starting weights, then 1, 2, …
        var number: Int
        /// The perceptron at the end of the epoch.
        var perceptron: Perceptron
        /// Rows the perceptron got wrong during the epoch (each one caused an update).
        var mistakes: Int
        /// Rows the perceptron at the end of the epoch gets right.
        var rowsRight: Int
    }

    /// The step size η.
    var learningRate: Double
    /// The most epochs the rule may take before giving up.
    var maximumEpochs: Int

    /// Runs the rule from `start` on `table` until the perceptron gets all four rows right
    /// (it has converged: a further pass would make no mistake and change nothing) or
    /// `maximumEpochs` have passed. The history starts with epoch 0, the starting weights.
    func train(from start: Perceptron, table: [Double]) -> (history: [Epoch], converged: Bool) {
        var perceptron = start
        var history = [Epoch(number: 0, perceptron: start, mistakes: 0, rowsRight: rowsRight(start, table: table))]
        if history[0].rowsRight == table.count { return (history, true) }
        for number in 1...Swift.max(maximumEpochs, 1) {
            var mistakes = 0
            for (input, target) in zip(gateInputs, table) {
                let x: NDArray = [input.x1, input.x2]
                let error = target - perceptron(x)
                guard error != 0 else { continue }
                mistakes += 1
                perceptron.weights += learningRate * error * x
                perceptron.bias += learningRate * error
            }
            history.append(
                Epoch(
                    number: number, perceptron: perceptron, mistakes: mistakes,
                    rowsRight: rowsRight(perceptron, table: table)))
            if history[number].rowsRight == table.count { return (history, true) }
        }
        return (history, false)
    }
}
