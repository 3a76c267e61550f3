#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Number formatting that does not depend on the locale: always a point as the decimal
/// separator and no grouping, whatever the reader's settings (C's printf in the "C" locale,
/// which a Swift program keeps unless it calls `setlocale`).
public enum NumberFormat {
    /// `x` with `digits` digits after the point: fixed(3.14159, digits: 2) → "3.14".
    public static func fixed(_ x: Double, digits: Int) -> String {
        printf("%.\(clamp(digits))f", x)
    }

    /// `x` in scientific notation with `digits` mantissa decimals: scientific(1234, digits: 2) → "1.23e+03".
    public static func scientific(_ x: Double, digits: Int) -> String {
        printf("%.\(clamp(digits))e", x)
    }

    /// `x` with `significant` significant digits, fixed or scientific, trailing zeros removed (C's %g).
    public static func general(_ x: Double, significant: Int = 6) -> String {
        printf("%.\(Swift.max(1, clamp(significant)))g", x)
    }

    /// NaN and the infinities as NumPy spells them; finite numbers in %g.
    public static func describe(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return general(x)
    }

    /// Pads `text` with spaces to `width` characters, on the left (right-aligned) by default.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = true) -> String {
        let missing = width - text.count
        guard missing > 0 else { return text }
        let padding = String(repeating: " ", count: missing)
        return alignRight ? padding + text : text + padding
    }

    private static func clamp(_ digits: Int) -> Int { Swift.min(Swift.max(digits, 0), 40) }

    private static func printf(_ format: String, _ x: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let written = withVaList([x]) { arguments in
            vsnprintf(&buffer, buffer.count, format, arguments)
        }
        precondition(written >= 0 && written < buffer.count, "number formatting failed for \(format)")
        return String(decoding: buffer[..<Int(written)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
