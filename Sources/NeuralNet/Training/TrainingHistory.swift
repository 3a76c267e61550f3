import NumSwift

/// The accuracies measured at the end of one epoch (or at the end of a run that stops mid-epoch).
public struct EpochEvaluation: Sendable, Equatable {
    /// The epoch just completed, counting from 1.
    public let epoch: Int
    /// The number of iterations done so far.
    public let iteration: Int
    /// The mean training loss over this epoch's iterations.
    public let meanLoss: Double
    /// Accuracy on the whole training set.
    public let trainAccuracy: Double
    /// Accuracy on the test set, when one was given.
    public let testAccuracy: Double?
    /// Mean cross-entropy on the test set (without any weight penalty), when one was given.
    public let testLoss: Double?
    /// Accuracy on the validation set that early stopping watches, when there is one.
    public let validationAccuracy: Double?
}

/// Where and how a run diverged: the loss stopped being a finite number.
public struct Divergence: Sendable, Equatable {
    /// The iteration (counting from 1) whose loss was NaN or infinite.
    public let iteration: Int
    /// That loss.
    public let loss: Double
    /// The learning rate in use.
    public let learningRate: Double

    /// A sentence for the reader: what happened and what to try.
    public var message: String {
        // Short enough for one terminal line: the chapters print it as it is.
        "diverged at iteration \(iteration): loss \(NumberFormat.describe(loss)) at learning rate "
            + "\(NumberFormat.general(learningRate)); try a smaller one, e.g. \(NumberFormat.general(learningRate / 10))"
    }
}

/// What a training run recorded: the loss of every iteration and an evaluation after every
/// epoch, the book's `train_loss_list`, `train_acc_list` and `test_acc_list` in one value.
public struct TrainingHistory: Sendable, Equatable {
    /// The mini-batch loss of every iteration, in order (the last one non-finite if the run diverged).
    public private(set) var losses: [Double] = []
    /// One evaluation per completed epoch, plus one at the end of a run that stopped mid-epoch.
    public private(set) var evaluations: [EpochEvaluation] = []
    /// Set when a loss was NaN or infinite; a training loop stops there.
    public private(set) var divergence: Divergence?
    /// The epoch whose network the run ended with, when early stopping went back to its best one.
    public var restoredEpoch: Int?

    /// An empty history.
    public init() {}

    /// The training accuracy of each evaluation.
    public var trainAccuracies: [Double] { evaluations.map(\.trainAccuracy) }
    /// The test accuracy of each evaluation (empty without a test set).
    public var testAccuracies: [Double] { evaluations.compactMap(\.testAccuracy) }
    /// The test loss of each evaluation (empty without a test set).
    public var testLosses: [Double] { evaluations.compactMap(\.testLoss) }
    /// The validation accuracy of each evaluation (empty without early stopping).
    public var validationAccuracies: [Double] { evaluations.compactMap(\.validationAccuracy) }
    /// The number of iterations run.
    public var iterations: Int { losses.count }

    /// Appends the loss of the iteration just run; a NaN or infinite loss at `learningRate`
    /// records the run's `divergence`.
    public mutating func record(loss: Double, learningRate: Double) {
        losses.append(loss)
        if !loss.isFinite && divergence == nil {
            divergence = Divergence(iteration: losses.count, loss: loss, learningRate: learningRate)
        }
    }

    /// Appends the evaluation of the epoch just ended (its mean loss is that of the iterations
    /// since the last evaluation) and returns it.
    @discardableResult
    public mutating func recordEpoch(
        trainAccuracy: Double, testAccuracy: Double?, testLoss: Double? = nil, validationAccuracy: Double? = nil,
        batchesPerEpoch: Int
    ) -> EpochEvaluation {
        let since = evaluations.last?.iteration ?? 0
        let epochLosses = losses[since...]
        let evaluation = EpochEvaluation(
            epoch: (losses.count + batchesPerEpoch - 1) / batchesPerEpoch, iteration: losses.count,
            meanLoss: epochLosses.reduce(0, +) / Double(epochLosses.count), trainAccuracy: trainAccuracy,
            testAccuracy: testAccuracy, testLoss: testLoss, validationAccuracy: validationAccuracy)
        evaluations.append(evaluation)
        return evaluation
    }
}

/// What a training loop reports while it runs.
public enum TrainingEvent: Sendable, CustomStringConvertible {
    /// An epoch ended and was evaluated.
    case epochEnded(EpochEvaluation, totalEpochs: Int)
    /// The loss stopped being finite; the run stops.
    case diverged(Divergence)

    /// One line: `epoch  3/10  iteration   54  loss 0.2143  train_acc 0.9412  test_acc 0.9305`,
    /// or the divergence message.
    public var description: String {
        switch self {
        case .epochEnded(let e, let total):
            let width = String(total).count
            var line = "epoch \(NumberFormat.pad(String(e.epoch), to: width))/\(total)  iteration \(e.iteration)"
            line += "  loss \(NumberFormat.fixed(e.meanLoss, digits: 4))"
            line += "  train_acc \(NumberFormat.fixed(e.trainAccuracy, digits: 4))"
            if let test = e.testAccuracy { line += "  test_acc \(NumberFormat.fixed(test, digits: 4))" }
            return line
        case .diverged(let divergence):
            return divergence.message
        }
    }
}
