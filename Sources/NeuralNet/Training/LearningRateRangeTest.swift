import Datasets
import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The learning-rate range test (Smith, 2017, "Cyclical learning rates", section 3.3; the
/// "LR finder"): train for a few hundred mini-batches while the rate grows exponentially from
/// η_min to η_max,
///
///     η(k) = η_min · (η_max / η_min)^(k / (n − 1)),   k = 0, 1, …, n − 1,
///
/// and watch the loss. At tiny rates it barely moves; over a band of rates it falls fast; past
/// some rate it turns up and explodes. A good rate lies in the falling band, below the minimum.
///
/// The losses of single mini-batches are noisy, so the curve read is their exponential moving
/// average with bias correction (as Adam's moments): a_k = β a_{k−1} + (1 − β) L_k, smoothed
/// L̂_k = a_k / (1 − β^(k+1)). The test stops early once L̂ exceeds `stopFactor` times its lowest
/// value (the loss has exploded; more steps only show that again) or a loss is not finite.
public struct LearningRateRangeTest: Sendable {
    /// η_min, the rate of the first mini-batch.
    public var minimumRate: Double
    /// η_max, the rate of the last mini-batch.
    public var maximumRate: Double
    /// n, the number of mini-batches (updates) at most.
    public var steps: Int
    /// β, the weight of the past in the moving average of the loss.
    public var smoothing: Double
    /// The test stops when the smoothed loss exceeds this many times its lowest value.
    public var stopFactor: Double

    /// A test from `minimumRate` to `maximumRate` over `steps` mini-batches.
    public init(
        minimumRate: Double = 1e-5, maximumRate: Double = 10, steps: Int = 300, smoothing: Double = 0.9,
        stopFactor: Double = 4
    ) {
        precondition(
            minimumRate > 0 && maximumRate > minimumRate,
            "the range test needs 0 < minimumRate < maximumRate, got \(minimumRate) and \(maximumRate)")
        precondition(steps >= 2, "the range test needs at least 2 steps, got \(steps)")
        precondition((0..<1).contains(smoothing), "smoothing must lie in [0, 1), got \(smoothing)")
        precondition(stopFactor > 1, "stopFactor must exceed 1, got \(stopFactor)")
        self.minimumRate = minimumRate
        self.maximumRate = maximumRate
        self.steps = steps
        self.smoothing = smoothing
        self.stopFactor = stopFactor
    }

    /// The rates as a schedule over mini-batches: exponential growth by (η_max/η_min)^(1/(n − 1)) per step.
    public var schedule: ExponentialDecay {
        ExponentialDecay(initialRate: minimumRate, factor: pow(maximumRate / minimumRate, 1 / Double(steps - 1)))
    }

    /// What a range test measured and what it suggests.
    public struct Result: Sendable, Equatable {
        /// The rate of every mini-batch run.
        public var rates: [Double]
        /// The loss of every mini-batch run (at the rate of the same index, before that update).
        public var losses: [Double]
        /// The bias-corrected moving average of `losses`.
        public var smoothedLosses: [Double]
        /// Whether the test stopped before `steps` because the loss exploded.
        public var stoppedEarly: Bool

        /// A result from recorded values (the test makes these; tests of the suggestion rule may too).
        public init(rates: [Double], losses: [Double], smoothedLosses: [Double], stoppedEarly: Bool) {
            precondition(
                rates.count == losses.count && losses.count == smoothedLosses.count,
                "a range test result needs as many rates as losses, got \(rates.count), \(losses.count) "
                    + "and \(smoothedLosses.count)")
            self.rates = rates
            self.losses = losses
            self.smoothedLosses = smoothedLosses
            self.stoppedEarly = stoppedEarly
        }

        /// The index of the lowest smoothed loss (the test must have run at least one mini-batch).
        public var minimumIndex: Int {
            guard let index = smoothedLosses.indices.min(by: { smoothedLosses[$0] < smoothedLosses[$1] }) else {
                preconditionFailure("the range test recorded no loss: the very first one was not finite")
            }
            return index
        }

        /// The rate at which the smoothed loss was lowest.
        public var minimumLossRate: Double { rates[minimumIndex] }

        /// The suggested rate: a tenth of the rate at the lowest smoothed loss. At the minimum the
        /// rate is already at the edge of instability (a little more and the loss climbs); one
        /// decade lower sits on the falling part of the curve, where the loss still drops fast.
        public var suggestedRate: Double { minimumLossRate / 10 }
    }

    /// The bias-corrected exponential moving average of `losses` with weight `smoothing` on the past.
    public static func smoothed(_ losses: [Double], smoothing beta: Double) -> [Double] {
        var average = MovingAverage(beta: beta)
        return losses.map { average.add($0) }
    }

    /// a ← β a + (1 − β) x, read as a / (1 − βᵏ) after k values, so that it does not start biased to 0.
    struct MovingAverage {
        let beta: Double
        var average = 0.0
        var betaPower = 1.0

        /// Adds `x` and returns the corrected average.
        mutating func add(_ x: Double) -> Double {
            average = beta * average + (1 - beta) * x
            betaPower *= beta
            return average / (1 - betaPower)
        }
    }

    /// Runs the test on a copy of `network` with a copy of `optimizer` (neither is changed):
    /// shuffled epochs of `batchSize`, one update per mini-batch at the schedule's rate.
    public func run<N: Network>(
        network: N, optimizer: any Optimizer, on trainingSet: some LabeledDataset, batchSize: Int,
        generator: inout SeededGenerator
    ) -> Result {
        precondition(trainingSet.count > 0, "cannot run a range test on an empty data set")
        var network = network
        var scheduled = ScheduledOptimizer(optimizer, schedule: schedule)
        var result = Result(rates: [], losses: [], smoothedLosses: [], stoppedEarly: false)
        var batches: [[Int]] = []
        var average = MovingAverage(beta: smoothing)
        var lowest = Double.infinity
        for step in 0..<steps {
            if batches.isEmpty {
                batches = Sampling.shuffledBatches(count: trainingSet.count, batchSize: batchSize, using: &generator)
                    .reversed()
            }
            let batch = trainingSet.batch(batches.removeLast())
            let (loss, grads) = network.gradient(batch.features, .classIndices(batch.labels))
            guard loss.isFinite else {
                result.stoppedEarly = true
                break
            }
            let smoothedLoss = average.add(loss)
            result.rates.append(schedule.rate(at: step))
            result.losses.append(loss)
            result.smoothedLosses.append(smoothedLoss)
            lowest = Swift.min(lowest, smoothedLoss)
            if smoothedLoss > stopFactor * lowest {
                result.stoppedEarly = step < steps - 1
                break
            }
            scheduled.update(&network.params, grads)
        }
        return result
    }
}
