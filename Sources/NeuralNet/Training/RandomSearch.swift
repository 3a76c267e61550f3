import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A range [low, high] sampled uniformly in log space: log x ~ U(log low, log high).
///
/// For scale parameters such as the learning rate or the weight decay, 1e-4 and 1e-3 differ as
/// much as 1e-2 and 1e-1; a log-uniform draw gives each decade the same number of trials, where a
/// uniform one would put 90 % of them in the top decade (the book's `10 ** np.random.uniform(-6, -2)`).
public struct LogUniformRange: Sendable, Equatable {
    /// The smallest value.
    public let low: Double
    /// The largest value.
    public let high: Double

    /// A range with 0 < low ≤ high.
    public init(_ low: Double, _ high: Double) {
        precondition(low > 0 && low <= high, "LogUniformRange needs 0 < low ≤ high, got \(low) and \(high)")
        self.low = low
        self.high = high
    }

    /// exp(U(log low, log high)).
    public func sample(using generator: inout SeededGenerator) -> Double {
        exp(generator.nextUniform(low: log(low), high: log(high)))
    }
}

/// One named hyper-parameter and the range it is drawn from.
public struct SearchDimension: Sendable, Equatable {
    /// The name, e.g. "learning rate".
    public let name: String
    /// The range of values.
    public let range: LogUniformRange

    /// A dimension called `name` over `range`.
    public init(_ name: String, _ range: LogUniformRange) {
        self.name = name
        self.range = range
    }
}

/// The hyper-parameters of one trial, and a seed for whatever the trial draws at random
/// (its initial weights, its batches), so that every trial is reproducible on its own.
public struct TrialParameters: Sendable, Equatable {
    /// The trial's number, from 1.
    public let trial: Int
    /// The names of the hyper-parameters, in the search's order.
    public let names: [String]
    /// Their values, in the same order.
    public let values: [Double]
    /// A seed for this trial's own random draws.
    public let seed: UInt64

    /// The value of the hyper-parameter called `name`.
    public subscript(name: String) -> Double {
        guard let index = names.firstIndex(of: name) else {
            preconditionFailure("no hyper-parameter named \(name); the trial has \(names)")
        }
        return values[index]
    }
}

/// A trial's parameters and the validation accuracy they reached.
public struct TrialResult: Sendable, Equatable {
    /// The parameters tried.
    public let parameters: TrialParameters
    /// The accuracy on the validation split.
    public let validationAccuracy: Double
}

/// Random search (Bergstra and Bengio, 2012): every trial draws each hyper-parameter independently
/// from its range. With only a few parameters mattering much, random points try many more distinct
/// values of each than a grid of the same size, whose points repeat every value along each axis.
///
/// The search is judged on a validation split, never the test set: choosing hyper-parameters by
/// the test score would fit them to the test set and make its score an optimistic estimate.
public struct RandomSearch: Sendable {
    /// The hyper-parameters searched.
    public let dimensions: [SearchDimension]

    /// A search over the given dimensions (distinct names).
    public init(_ dimensions: [SearchDimension]) {
        precondition(!dimensions.isEmpty, "RandomSearch needs at least one dimension")
        precondition(
            Set(dimensions.map(\.name)).count == dimensions.count,
            "RandomSearch dimension names must differ, got \(dimensions.map(\.name))")
        self.dimensions = dimensions
    }

    /// The parameters of `count` trials, all drawn from `seed`: the same seed gives the same trials.
    public func trials(_ count: Int, seed: UInt64) -> [TrialParameters] {
        precondition(count > 0, "RandomSearch needs at least one trial, got \(count)")
        var generator = SeededGenerator(seed: seed)
        return (1...count).map { trial in
            let values = dimensions.map { $0.range.sample(using: &generator) }
            return TrialParameters(trial: trial, names: dimensions.map(\.name), values: values, seed: generator.next())
        }
    }

    /// Runs `evaluate` (parameters → validation accuracy) on `count` trials drawn from `seed` and
    /// returns the results best first (ties and NaN: by trial number, NaN last).
    public func run(
        trials count: Int, seed: UInt64, evaluate: (TrialParameters) throws -> Double
    ) rethrows -> [TrialResult] {
        try trials(count, seed: seed)
            .map { TrialResult(parameters: $0, validationAccuracy: try evaluate($0)) }
            .sorted(by: Self.bestFirst)
    }

    /// Higher accuracy first; NaN after every number; equal accuracies in trial order.
    static func bestFirst(_ a: TrialResult, _ b: TrialResult) -> Bool {
        let (x, y) = (a.validationAccuracy, b.validationAccuracy)
        if x.isNaN != y.isNaN { return y.isNaN }
        if x != y && !x.isNaN { return x > y }
        return a.parameters.trial < b.parameters.trial
    }
}
