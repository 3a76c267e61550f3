/// The characters a plot is drawn with.
///
/// Plain ASCII is the default: it copies into any file, terminal or e-mail unchanged.
/// Unicode (braille dots, block elements) is finer but needs a font that has the glyphs,
/// so it is opt-in, by a chapter's `--unicode` flag or by `PLOT_CHARSET=unicode`.
public enum Charset: String, Sendable, CaseIterable {
    case ascii, unicode

    /// The name of the environment variable that selects the charset.
    static let environmentVariable = "PLOT_CHARSET"

    /// The charset the environment asks for: `.unicode` when `PLOT_CHARSET` is `unicode`
    /// (in any letter case), `.ascii` otherwise.
    public static func preferred(environment: [String: String]) -> Charset {
        environment[environmentVariable]?.lowercased() == "unicode" ? .unicode : .ascii
    }
}
