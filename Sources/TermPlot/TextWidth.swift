/// The width of text in terminal columns: ANSI escapes take none, East Asian wide
/// characters take two and everything else a plot writes (ASCII, braille, blocks, box
/// drawing) takes one. `String.count` would count escapes and `utf8.count` braille as three.
enum TextWidth {
    /// The columns `text` occupies in a terminal.
    static func columns(_ text: some StringProtocol) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                // A CSI sequence ends with a letter (`m` for colours).
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" {
                inEscape = true
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                width += isWide(scalar) ? 2 : 1
            }
        }
        return width
    }

    /// Whether a terminal gives `scalar` two columns (CJK ideographs, Hangul, full-width forms).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` after spaces that make it `width` columns wide.
    static func rightAligned(_ text: String, in width: Int) -> String {
        let missing = width - columns(text)
        return missing > 0 ? String(repeating: " ", count: missing) + text : text
    }

    /// `text` followed by spaces up to `width` columns.
    static func padded(_ text: String, to width: Int) -> String {
        let missing = width - columns(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }
}

extension String {
    /// The text without trailing spaces (plots never end a line with a space).
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
