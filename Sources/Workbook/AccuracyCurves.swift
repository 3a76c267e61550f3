import NeuralNet
import TermPlot

/// A training run's accuracy after each epoch, on the training set and on the test set, as two
/// plots side by side on the same axes. Overlaid, the two curves lie almost on top of each other
/// and one hides the other; side by side, both show.
///
///     accuracyCurves(of: history).show(figures, width: 72, height: 8)
public func accuracyCurves(of history: TrainingHistory) -> HStack {
    let epochs = history.evaluations.map { Double($0.epoch) }
    return HStack(
        [
            LinePlot(title: "train", xLabel: "epoch", yLabel: "accuracy", yRange: 0...1)
                .line(x: epochs, y: history.trainAccuracies, marker: "*"),
            LinePlot(title: "test", xLabel: "epoch", yLabel: "accuracy", yRange: 0...1)
                .line(x: epochs, y: history.testAccuracies, marker: "o"),
        ], gap: 2)
}
