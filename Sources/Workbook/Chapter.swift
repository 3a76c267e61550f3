/// A chapter's printed frame: its banner, numbered section headers and prose.
///
///     let chapter = Chapter(number: 1, title: "The perceptron")
///     chapter.printBanner()
///     chapter.printSection(3, "The XOR problem")   // prints "1.3 The XOR problem" and a rule
///     chapter.printParagraphs("A perceptron adds …")
public struct Chapter: Sendable {
    /// The chapter's number, the first part of every section label.
    public let number: Int
    /// The chapter's title.
    public let title: String
    /// The width prose is wrapped at.
    public let width: Int

    /// A chapter with the given number and title; prose is wrapped at `width` columns.
    public init(number: Int, title: String, width: Int = ChapterText.defaultWidth) {
        self.number = number
        self.title = title
        self.width = width
    }

    /// Prints the title banner and a blank line.
    ///
    /// The layout convention: every block (banner, prose, table) ends with a blank line and every
    /// section header starts with one, so sections stand two blank lines apart.
    public func printBanner() {
        print(ChapterText.banner(number: number, title: title, width: width))
        print()
    }

    /// Prints a blank line, the header "`number`.`section` `title`" and a rule under it.
    public func printSection(_ section: Int, _ title: String) {
        print()
        print(ChapterText.section("\(number).\(section)", title))
    }

    /// Prints prose wrapped at the chapter's width, followed by a blank line.
    public func printParagraphs(_ text: String) {
        print(ChapterText.paragraphs(text, width: width))
        print()
    }
}
