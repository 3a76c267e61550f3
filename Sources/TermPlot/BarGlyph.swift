/// The characters bars are built from: `#` in ASCII, block elements in eighths in Unicode.
enum BarGlyph {
    /// The cell of a vertical bar that covers `fill` of it from the bottom (≥ 1 full, ≤ 0 empty).
    static func vertical(fill: Double, charset: Charset) -> Unicode.Scalar {
        if charset == .ascii { return fill >= 0.5 ? "#" : " " }
        let eighths = Int((Swift.min(Swift.max(fill, 0), 1) * 8).rounded())
        return eighths == 0 ? " " : Unicode.Scalar(0x2580 + UInt32(eighths))!  // ▁ (U+2581) … █ (U+2588)
    }

    /// A horizontal bar `length` cells long, the last cell in eighths in Unicode.
    static func horizontal(length: Double, charset: Charset) -> String {
        let length = Swift.max(0, length)
        if charset == .ascii { return String(repeating: "#", count: Int(length.rounded())) }
        let eighths = Int((length * 8).rounded())
        let partial = eighths % 8
        // ▏ (U+258F) is one eighth, ▉ (U+2589) seven eighths.
        return String(repeating: "█", count: eighths / 8)
            + (partial == 0 ? "" : String(Unicode.Scalar(0x2590 - UInt32(partial))!))
    }
}
