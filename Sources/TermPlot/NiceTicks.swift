import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tick marks at "nice" numbers: 1, 2 or 5 times a power of ten apart, as a person
/// would place them by hand (0, 0.5, 1, 1.5 rather than 0, 0.37, 0.74).
struct NiceTicks: Equatable {
    /// The tick values, increasing.
    var values: [Double]
    /// The distance between neighbouring ticks.
    var step: Double

    /// The 1-2-5 step closest above `span / count`: step(span: 7, count: 5) → 2.
    static func step(span: Double, count: Int) -> Double {
        precondition(span > 0 && span.isFinite, "a tick step needs a positive finite span, got \(span)")
        let raw = span / Double(Swift.max(1, count))
        let power = pow(10, (log10(raw)).rounded(.down))
        let normalised = raw / power
        // A hair of tolerance so that 0.2/0.1 = 2.0000000000000004 still counts as 2.
        let nice: Double =
            normalised <= 1 + 1e-9 ? 1 : normalised <= 2 + 1e-9 ? 2 : normalised <= 5 + 1e-9 ? 5 : 10
        return nice * power
    }

    /// About `count` ticks inside `lower...upper`.
    static func inside(_ lower: Double, _ upper: Double, count: Int) -> NiceTicks {
        let step = step(span: upper - lower, count: count)
        let first = (lower / step - 1e-9).rounded(.up)
        let last = (upper / step + 1e-9).rounded(.down)
        return NiceTicks(values: ticks(from: first, to: last, step: step), step: step)
    }

    /// The range `lower...upper` widened outwards to the nearest ticks, and those ticks.
    static func covering(_ lower: Double, _ upper: Double, count: Int) -> (range: ClosedRange<Double>, ticks: NiceTicks)
    {
        let step = step(span: upper - lower, count: count)
        let first = (lower / step + 1e-9).rounded(.down)
        let last = (upper / step - 1e-9).rounded(.up)
        let ticks = NiceTicks(values: ticks(from: first, to: last, step: step), step: step)
        return (first * step...last * step, ticks)
    }

    /// `first·step, (first+1)·step, …, last·step`, each computed from its integer multiple so
    /// that rounding errors do not pile up; −0 becomes 0.
    private static func ticks(from first: Double, to last: Double, step: Double) -> [Double] {
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: 1).map { $0 * step + 0 }
    }

    /// The tick labels, with as few digits as tell them apart.
    var labels: [String] { values.map { TickLabel.text($0, step: step) } }
}
