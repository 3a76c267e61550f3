/// The eight-colour ANSI foreground codes a plot uses; every terminal knows them.
enum ANSIColor: UInt8, Sendable {
    case red = 31
    case green = 32
    case yellow = 33
    case blue = 34
    case magenta = 35
    case cyan = 36
    case gray = 90

    /// The colours given to series in order; the reader's eye separates these best.
    static let series: [ANSIColor] = [.blue, .red, .green, .magenta, .cyan, .yellow]

    /// The colour of the series at `index`, cycling through `series`.
    static func series(_ index: Int) -> ANSIColor { series[index % series.count] }

    /// The escape that switches to this colour.
    var start: String { "\u{1B}[\(rawValue)m" }

    /// The escape that restores the terminal's default colour.
    static let reset = "\u{1B}[0m"

    /// `text` in this colour when `enabled`, unchanged otherwise.
    func paint(_ text: String, enabled: Bool) -> String {
        enabled && !text.isEmpty ? start + text + ANSIColor.reset : text
    }
}
