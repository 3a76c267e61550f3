/// A plain-ASCII canvas cell of 3×3 sub-pixels. Each pattern of lit sub-pixels is drawn with
/// the character whose shape is nearest to it, so a steep stroke becomes `|`, a rising one
/// `/`, a flat one `_`, `-` or `'` by its height in the cell: a curve reads as a curve, not as
/// scattered dots.
enum AsciiDots {
    /// The bit of the sub-pixel at column `x` and row `y` (both 0...2) of a cell: row-major.
    static func bit(x: Int, y: Int) -> UInt16 { 1 << UInt16(y * 3 + x) }

    /// The character for a pattern of lit sub-pixels (9 bits, row-major from the top left).
    static func glyph(_ bits: UInt16) -> Unicode.Scalar { table[Int(bits & 0x1FF)] }

    /// The characters of crowded cells (crossings, dense strokes): a line draws them, but they
    /// also make good markers, so a plot must never show one in both roles.
    static let crowdedGlyphs: Set<Unicode.Scalar> = ["+", "x", "#"]

    /// What a crowded cell is drawn with when its usual character is some series' marker: the
    /// first of these that no series uses.
    static let crowdedSubstitutes: [Unicode.Scalar] = ["#", "x", "+", "&", "$", "~"]

    /// The character for a pattern, with a crowded glyph that is one of `markers` replaced by
    /// the first crowded substitute that is not: a line never looks like another series' marker.
    static func glyph(_ bits: UInt16, avoiding markers: Set<Unicode.Scalar>) -> Unicode.Scalar {
        let character = glyph(bits)
        guard crowdedGlyphs.contains(character), markers.contains(character) else { return character }
        return crowdedSubstitutes.first { !markers.contains($0) } ?? character
    }

    /// The shapes characters are matched against, each drawn as three rows of three sub-pixels.
    /// Earlier entries win ties, so the commonest stroke shapes come first.
    static let shapes: [(pattern: String, character: Unicode.Scalar)] = [
        ("... ### ...", "-"), ("... ... ###", "_"), ("### ... ...", "-"),
        (".#. .#. .#.", "|"), ("#.. #.. #..", "|"), ("..# ..# ..#", "|"),
        ("..# .#. #..", "/"), ("#.. .#. ..#", "\\"),
        (".#. #.. ...", "/"), ("... ..# .#.", "/"), ("..# .#. ...", "/"), ("... .#. #..", "/"),
        ("#.. .#. ...", "\\"), ("... #.. .#.", "\\"), (".#. ..# ...", "\\"), ("... .#. ..#", "\\"),
        ("... ... .#.", "."), ("... ... #..", "."), ("... ... ..#", "."), ("... ... ##.", "."), ("... ... .##", "."),
        (".#. ... ...", "'"), ("#.. ... ...", "'"), ("..# ... ...", "'"), ("##. ... ...", "'"), (".## ... ...", "'"),
        ("... .#. ...", "-"), ("... #.. ...", "-"), ("... ..# ...", "-"), ("... ##. ...", "-"), ("... .## ...", "-"),
        (".#. ### .#.", "+"), ("#.# .#. #.#", "x"), ("### ### ###", "#"), ("### #.# ###", "#"),
    ]

    /// The nearest shape's character for each of the 512 patterns (fewest differing sub-pixels).
    private static let table: [Unicode.Scalar] = {
        let masks = shapes.map { shape in
            shape.pattern.filter { $0 != " " }.enumerated().reduce(UInt16(0)) { mask, dot in
                dot.element == "#" ? mask | (1 << UInt16(dot.offset)) : mask
            }
        }
        return (0..<512).map { pattern in
            guard pattern != 0 else { return " " }
            var best = 0
            var bestDistance = Int.max
            for (index, mask) in masks.enumerated() {
                let distance = (UInt16(pattern) ^ mask).nonzeroBitCount
                if distance < bestDistance {
                    best = index
                    bestDistance = distance
                }
            }
            return shapes[best].character
        }
    }()
}
