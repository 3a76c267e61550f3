import Datasets
import NeuralNet
import NumSwift
import Workbook

/// What a training run with regularisers ended with: its history, and the accuracies and losses
/// of the network it returned (after early stopping went back to its best epoch, if it did).
struct RegularizedRun {
    /// The training set's accuracy after each epoch.
    let trainAccuracies: [Double]
    /// The test set's accuracy after each epoch.
    let testAccuracies: [Double]
    /// The test set's mean cross-entropy after each epoch.
    let testLosses: [Double]
    /// The epochs run (fewer than asked when early stopping ended the run).
    let epochs: Int
    /// The epoch whose parameters the network ends with (the last one, or early stopping's best).
    let keptEpoch: Int
    /// Accuracies of the network as returned.
    let finalTrainAccuracy: Double
    let finalTestAccuracy: Double
    /// Mean cross-entropy (without any penalty) of the network as returned.
    let finalTrainLoss: Double
    let finalTestLoss: Double
    /// The train-test gap of the network as returned: training accuracy minus test accuracy.
    var finalGap: Double { finalTrainAccuracy - finalTestAccuracy }
}

extension RegularizedRun {
    /// The summary of `history`, a run of `train` that returned `network`.
    init(
        history: TrainingHistory, network: some Network, trainingSet: some LabeledDataset, testSet: some LabeledDataset
    ) {
        trainAccuracies = history.trainAccuracies
        testAccuracies = history.testAccuracies
        testLosses = history.testLosses
        epochs = history.evaluations.count
        keptEpoch = history.restoredEpoch ?? epochs
        (finalTrainAccuracy, finalTrainLoss) = evaluate(of: network, on: trainingSet)
        (finalTestAccuracy, finalTestLoss) = evaluate(of: network, on: testSet)
    }
}

/// What each regulariser did to the train-test gap and to the test accuracy, compared with the
/// same net trained without one, told in a sentence whatever the numbers turn out to be.
struct CureVerdicts {
    /// The run without a regulariser.
    let plain: RegularizedRun
    /// The runs with one regulariser each, by name.
    let cures: [(name: String, record: RegularizedRun)]

    /// Differences smaller than this (half a test image in 355, about) count as no change.
    static let tolerance = 0.005

    /// The cures that narrow the gap and lift the test accuracy, those that narrow it only by
    /// lowering the training accuracy, and those that leave it as wide or wider.
    var groups: (helping: [String], onlyNarrowing: [String], notNarrowing: [String]) {
        var groups: (helping: [String], onlyNarrowing: [String], notNarrowing: [String]) = ([], [], [])
        for (name, record) in cures {
            // The numbers are in the table just above the paragraph: the names suffice here.
            let description = name
            if record.finalGap > plain.finalGap - Self.tolerance {
                groups.notNarrowing.append(description)
            } else if record.finalTestAccuracy > plain.finalTestAccuracy + Self.tolerance {
                groups.helping.append(description)
            } else {
                groups.onlyNarrowing.append(description)
            }
        }
        return groups
    }

    /// A paragraph comparing every cure with `plainName`'s run.
    func paragraph(plainName: String) -> String {
        let (helping, onlyNarrowing, notNarrowing) = groups
        var sentences = [
            "Against \(plainName) (the first row):"
        ]
        if !helping.isEmpty {
            let verbs = helping.count == 1 ? "narrows the gap and lifts" : "narrow the gap and lift"
            sentences.append("\(Self.list(helping)) \(verbs) the test accuracy.")
        }
        if !onlyNarrowing.isEmpty {
            let verb = onlyNarrowing.count == 1 ? "narrows" : "narrow"
            sentences.append(
                "\(Self.list(onlyNarrowing)) \(verb) the gap only by pulling the training accuracy down, and the "
                    + "test accuracy does not rise with it.")
        }
        if !notNarrowing.isEmpty {
            let verbs =
                notNarrowing.count == 1
                ? "leaves the gap as wide or wider: on this data it does"
                : "leave the gap as wide or wider: on this data they do"
            sentences.append("\(Self.list(notNarrowing)) \(verbs) not help.")
        }
        if let best = cures.max(by: { $0.record.finalTestAccuracy < $1.record.finalTestAccuracy }),
            best.record.finalTestAccuracy > plain.finalTestAccuracy + Self.tolerance
        {
            let points = fixed(100 * (best.record.finalTestAccuracy - plain.finalTestAccuracy), digits: 1)
            sentences.append("The best, \(best.name), is worth \(points) points of test accuracy.")
        }
        return sentences.joined(separator: " ")
    }

    /// "A", "A and b", "A, b and c": the items as the start of a sentence.
    static func list(_ items: [String]) -> String {
        let text = items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
