import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How data values are placed along an axis.
public enum AxisScale: Sendable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios: position ∝ log10(value); values ≤ 0 are not drawn.
    case log10

    /// The position of `value` on this scale: the value itself, or its log10 (NaN for values ≤ 0).
    func transform(_ value: Double) -> Double {
        switch self {
        case .linear: return value
        case .log10: return value > 0 ? decimalLogarithm(value) : .nan
        }
    }

    /// The value at a position: the inverse of `transform`.
    func inverse(_ position: Double) -> Double {
        switch self {
        case .linear: return position
        case .log10: return pow(10, position)
        }
    }
}

/// The C library's `log10` (exact at powers of ten), named so that it is not mistaken for the case `.log10`.
private func decimalLogarithm(_ x: Double) -> Double { log10(x) }

/// One axis ready to draw: its range and ticks in transformed (position) space and their labels.
struct Axis {
    /// The scale values were transformed with.
    var scale: AxisScale
    /// The positions at the two ends of the axis.
    var lower: Double
    var upper: Double
    /// The positions of the ticks and their labels.
    var ticks: [(position: Double, label: String)]

    /// The axis for data positions (already transformed) between `dataLower` and `dataUpper`,
    /// or exactly `fixed` when given; about `tickCount` ticks.
    ///
    /// An empty or one-valued range is widened so that a constant series sits in the middle.
    static func make(
        scale: AxisScale, dataLower: Double?, dataUpper: Double?, fixed: ClosedRange<Double>?, tickCount: Int
    ) -> Axis {
        if let fixed {
            var lower = scale.transform(fixed.lowerBound)
            let upper = scale.transform(fixed.upperBound)
            precondition(upper.isFinite, "an axis range must be finite and positive on a log scale: \(fixed)")
            if !lower.isFinite { lower = upper - 1 }
            let (low, high) = widened(lower, upper)
            return make(scale: scale, lower: low, upper: high, tickCount: tickCount, loose: false)
        }
        let (low, high) = widened(dataLower ?? 0, dataUpper ?? 1)
        return make(scale: scale, lower: low, upper: high, tickCount: tickCount, loose: true)
    }

    /// A range with room in it: `v...v` becomes `v−|v|/10 ... v+|v|/10` (or −1...1 for 0).
    private static func widened(_ lower: Double, _ upper: Double) -> (Double, Double) {
        guard upper <= lower else { return (lower, upper) }
        let margin = lower == 0 ? 1 : Swift.abs(lower) / 10
        return (lower - margin, lower + margin)
    }

    private static func make(scale: AxisScale, lower: Double, upper: Double, tickCount: Int, loose: Bool) -> Axis {
        switch scale {
        case .linear:
            if loose {
                let (range, ticks) = NiceTicks.covering(lower, upper, count: tickCount)
                return Axis(
                    scale: scale, lower: range.lowerBound, upper: range.upperBound,
                    ticks: Array(zip(ticks.values, ticks.labels)))
            }
            let ticks = NiceTicks.inside(lower, upper, count: tickCount)
            return Axis(scale: scale, lower: lower, upper: upper, ticks: Array(zip(ticks.values, ticks.labels)))
        case .log10:
            // Whole decades; every k-th decade when there are more than the axis has room for.
            let low = loose ? (lower + 1e-9).rounded(.down) : lower
            let high = loose ? Swift.max((upper - 1e-9).rounded(.up), low + 1) : upper
            let decades = Array(stride(from: (low - 1e-9).rounded(.up), through: (high + 1e-9).rounded(.down), by: 1))
            let every = Swift.max(1, (decades.count + tickCount - 1) / Swift.max(1, tickCount))
            let ticks = decades.enumerated().filter { $0.offset % every == 0 }.map { decade in
                let value = pow(10, decade.element)
                return (decade.element, TickLabel.text(value, step: value))
            }
            return Axis(scale: scale, lower: low, upper: high, ticks: ticks)
        }
    }

    /// Where `position` falls among `count` pixels (0 at `lower`, count−1 at `upper`), unrounded.
    func pixel(_ position: Double, count: Int) -> Double {
        (position - lower) / (upper - lower) * Double(count - 1)
    }
}
