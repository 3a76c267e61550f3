/// A line of text built character by character, each with an optional colour; runs of one
/// colour share a single pair of escapes and spaces are never coloured.
struct StyledLine {
    private var text = String.UnicodeScalarView()
    private var current: ANSIColor?

    /// Adds one character in `color` (nil: the terminal's default).
    mutating func append(_ character: Unicode.Scalar, color: ANSIColor?) {
        let color = character == " " ? nil : color
        if color != current {
            if current != nil { text.append(contentsOf: ANSIColor.reset.unicodeScalars) }
            if let color { text.append(contentsOf: color.start.unicodeScalars) }
            current = color
        }
        text.append(character)
    }

    /// Adds text in `color`.
    mutating func append(_ string: String, color: ANSIColor?) {
        for character in string.unicodeScalars { append(character, color: color) }
    }

    /// The line, with the colour reset at its end if one is still on.
    func finished() -> String {
        var text = text
        if current != nil { text.append(contentsOf: ANSIColor.reset.unicodeScalars) }
        return String(text)
    }
}
