/// Unicode braille patterns as a 2×4 dot canvas cell. The character for a set of dots is
/// U+2800 plus one bit per raised dot; the bits follow the dots' historical numbering:
///
///     dot 1 (0x01)  dot 4 (0x08)        pixel (0,0)  (1,0)
///     dot 2 (0x02)  dot 5 (0x10)              (0,1)  (1,1)
///     dot 3 (0x04)  dot 6 (0x20)              (0,2)  (1,2)
///     dot 7 (0x40)  dot 8 (0x80)              (0,3)  (1,3)
enum BrailleDots {
    /// The bit of the sub-pixel at column `x` (0...1) and row `y` (0...3) of a cell.
    static func bit(x: Int, y: Int) -> UInt16 {
        // Dots 1-6 run down the left column then the right; dots 7 and 8 were added below later.
        y < 3 ? 1 << UInt16(3 * x + y) : (x == 0 ? 0x40 : 0x80)
    }

    /// The braille character with exactly the dots in `bits` raised (U+2800 when none is).
    static func glyph(_ bits: UInt16) -> Unicode.Scalar {
        Unicode.Scalar(0x2800 + UInt32(bits & 0xFF))!
    }
}
