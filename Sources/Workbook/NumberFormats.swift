import NumSwift
import TermPlot

// The number formats every chapter prints with. Each is a name for one `NumberFormat` rule, so
// that the same kind of number looks the same in every chapter. All are locale-independent.

/// A number as short as it is exact, as C's `%g`: up to `significant` significant digits
/// (0.1, 2.30259, 1e-05). For inputs, rates and values in tables.
public func short(_ x: Double, significant: Int = 6) -> String {
    NumberFormat.general(x, significant: significant)
}

/// A number in scientific notation with `digits` digits after the point (1.2e-07 for the default
/// 1). For errors, differences and other numbers whose size is the point.
public func sci(_ x: Double, digits: Int = 1) -> String {
    NumberFormat.scientific(x, digits: digits)
}

/// A number with `digits` decimals (0.9746 for the default 4). For accuracies, losses and scores.
public func fixed(_ x: Double, digits: Int = 4) -> String {
    NumberFormat.fixed(x, digits: digits)
}

/// A fraction as a percentage with two decimals: 97.46%.
public func percent(_ x: Double) -> String {
    NumberFormat.fixed(100 * x, digits: 2) + "%"
}
