/// The text layout of a chapter's output, as pure functions: a banner, section headers
/// with a rule under them, and prose paragraphs wrapped at a width.
public enum ChapterText {
    /// The width prose is wrapped at.
    public static let defaultWidth = 80

    /// The chapter's title between two rules of `=`:
    ///
    ///     ========================
    ///     Chapter 1  The perceptron
    ///     ========================
    public static func banner(number: Int, title: String, width: Int = defaultWidth) -> String {
        let heading = "Chapter \(number)  \(title)"
        let rule = String(repeating: "=", count: Swift.max(heading.count, Swift.min(width, 60)))
        return [rule, heading, rule].joined(separator: "\n")
    }

    /// A section header, `1.3 The XOR problem`, with a rule of `-` as long as the header under it.
    public static func section(_ label: String, _ title: String) -> String {
        let heading = "\(label) \(title)"
        return heading + "\n" + String(repeating: "-", count: heading.count)
    }

    /// Prose wrapped at `width` columns. Blank lines separate paragraphs; within a paragraph
    /// line breaks are just spaces, so source code can break lines anywhere. A line that starts
    /// with "- " starts a list item, wrapped with its continuation lines indented by two spaces.
    /// A line that starts with four spaces (a formula, a small example) is kept exactly as written.
    public static func paragraphs(_ text: String, width: Int = defaultWidth) -> String {
        var blocks: [String] = []
        var words: [Substring] = []
        var items: [[Substring]] = []
        var verbatim: [String] = []
        func flush() {
            if !words.isEmpty { blocks.append(wrap(words, width: width)) }
            if !items.isEmpty { blocks.append(items.map { wrapItem($0, width: width) }.joined(separator: "\n")) }
            if !verbatim.isEmpty { blocks.append(verbatim.joined(separator: "\n")) }
            words = []
            items = []
            verbatim = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("    ") {
                if verbatim.isEmpty { flush() }
                verbatim.append(String(line.reversed().drop { $0 == " " }.reversed()))
            } else if line.allSatisfy({ $0 == " " }) {
                flush()
            } else if line.hasPrefix("- ") {
                if items.isEmpty { flush() }
                items.append(line.dropFirst(2).split(separator: " "))
            } else if !items.isEmpty {
                items[items.count - 1] += line.split(separator: " ")
            } else {
                if !verbatim.isEmpty { flush() }
                words += line.split(separator: " ")
            }
        }
        flush()
        return blocks.joined(separator: "\n\n")
    }

    /// A list item: "- " and its words wrapped at `width`, later lines indented under the first word.
    static func wrapItem(_ words: [Substring], width: Int) -> String {
        let lines = wrap(words, width: Swift.max(width - 2, 1)).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }.joined(separator: "\n")
    }

    /// Words joined by single spaces, a new line started before a word that would pass `width`.
    /// A word longer than the width gets a line of its own.
    static func wrap(_ words: [Substring], width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in words {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
