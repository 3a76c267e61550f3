/// The options of every chapter that trains: `--epochs N`, `--lr X` and `--quick`.
///
/// An option group is a pair: `options(…)` declares the options with this chapter's defaults,
/// and `init(_:)` reads their values back after parsing. Groups are joined by concatenating
/// their declarations:
///
///     let parser = OptionParser(
///         program: "ch05-backprop", summary: "…", defaultSeed: 5,
///         options: TrainingOptions.options(epochs: 20, learningRate: 0.1) + [.flag("check", help: "…")])
///     let parsed = parser.parseOrExit()
///     let training = TrainingOptions(parsed)
public struct TrainingOptions: Sendable, Equatable {
    /// Passes over the training set (`--epochs`).
    public var epochs: Int
    /// The step size η of gradient descent (`--lr`).
    public var learningRate: Double
    /// A shorter run, for tests and CI (`--quick`); each chapter says what it shortens.
    public var quick: Bool

    /// The declarations of `--epochs`, `--lr` and `--quick` with the given defaults.
    public static func options(epochs: Int, learningRate: Double, maximumEpochs: Int = 10_000) -> [Option] {
        [
            .int("epochs", default: epochs, in: 1...maximumEpochs, help: "passes over the training set"),
            .double("lr", default: learningRate, in: 1e-9...1e3, help: "learning rate (step size)"),
            .flag("quick", help: "a shorter run, for tests and CI"),
        ]
    }

    /// The values of `--epochs`, `--lr` and `--quick`, which must have been declared with `options`.
    public init(_ parsed: ParsedOptions) {
        epochs = parsed.int("epochs")
        learningRate = parsed.double("lr")
        quick = parsed.flag("quick")
    }
}
