import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text of an axis tick: the fewest digits that tell neighbouring ticks apart.
enum TickLabel {
    /// A short label for the tick at `x`, given the spacing `step` between ticks of a 1-2-5
    /// sequence: 0.5, 1, 20, 1e-05, 2e+06.
    static func text(_ x: Double, step: Double) -> String {
        guard x.isFinite else { return NumberFormat.describe(x) }
        if x == 0 { return "0" }
        let magnitude = Swift.max(Swift.abs(x), Swift.abs(step))
        if magnitude >= 1e6 || magnitude < 1e-4 {
            return trimmedScientific(x)
        }
        // Ticks are 1, 2 or 5 times a power of ten apart, so that power says how many decimals are needed.
        let decimals = step > 0 ? Swift.max(0, -Int((log10(step) + 1e-9).rounded(.down))) : 0
        return NumberFormat.fixed(x, digits: Swift.min(decimals, 10))
    }

    /// Scientific notation with trailing zeros of the mantissa removed: 2.50e+06 → 2.5e+06.
    static func trimmedScientific(_ x: Double, maximumDigits: Int = 6) -> String {
        let text = NumberFormat.scientific(x, digits: maximumDigits)
        guard let e = text.firstIndex(of: "e") else { return text }
        var mantissa = String(text[..<e])
        if mantissa.contains(".") {
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
            if mantissa.hasSuffix(".") { mantissa.removeLast() }
        }
        return mantissa + text[e...]
    }
}
