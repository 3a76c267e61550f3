// The options several chapters share, declared once: each chapter that has the option takes it
// from here, with its own default and a help line saying what the option does in that chapter.

extension Option where Value == Int {
    /// `--epochs N`: how long a chapter's training runs, in passes over its training set.
    /// `help` says which run it lengthens.
    public static func epochs(default value: Int, in range: ClosedRange<Int> = 1...100_000, help: String)
        -> Option<Int>
    {
        .int("epochs", default: value, in: range, help: help)
    }

    /// `--width N`: how wide the chapter's figures are drawn, in terminal columns. The default is
    /// the width of the chapter's widest figure; `Figures` scales every figure with it.
    public static func width(
        default value: Int, in range: ClosedRange<Int> = 40...400,
        help: String = "the width of the widest figure, in terminal columns (the others scale with it)"
    ) -> Option<Int> {
        .int("width", default: value, in: range, help: help)
    }
}

extension Option where Value == Double {
    /// `--lr X`: the learning rate η, the step size of gradient descent. `help` says which run it sets.
    public static func learningRate(default value: Double, in range: ClosedRange<Double> = 1e-9...1e3, help: String)
        -> Option<Double>
    {
        .double("lr", default: value, in: range, help: help)
    }
}

extension Option where Value == Bool {
    /// `--quick`: a shorter run, for tests and CI. `help` says what it shortens.
    public static func quick(help: String) -> Option<Bool> {
        .flag("quick", help: help)
    }
}
