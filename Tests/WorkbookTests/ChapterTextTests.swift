import Testing

@testable import Workbook

@Suite struct ChapterTextLayout {
    @Test func sectionHeaderHasARuleAsLongAsItself() {
        #expect(ChapterText.section("1.3", "The XOR problem") == "1.3 The XOR problem\n-------------------")
    }

    @Test func bannerIsFramedByRules() {
        let lines = ChapterText.banner(number: 1, title: "The perceptron", width: 20).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1] == "Chapter 1  The perceptron")
        #expect(lines[0] == lines[2])
        #expect(lines[0].allSatisfy { $0 == "=" })
        #expect(lines[0].count == "Chapter 1  The perceptron".count)
    }

    @Test func paragraphsAreWrappedAtTheWidth() {
        let text = """
            one two three
            four five six seven

            eight
            """
        #expect(ChapterText.paragraphs(text, width: 14) == "one two three\nfour five six\nseven\n\neight")
    }

    @Test func aLineIsFilledExactlyToTheWidth() {
        #expect(ChapterText.paragraphs("abc def ghi", width: 7) == "abc def\nghi")
    }

    @Test func indentedLinesAreKeptVerbatim() {
        let text = "Here is the rule:\n    y = step(w1*x1 + w2*x2 + b)   \nand more text"
        #expect(
            ChapterText.paragraphs(text, width: 40)
                == "Here is the rule:\n\n    y = step(w1*x1 + w2*x2 + b)\n\nand more text")
    }

    @Test func aLongWordGetsItsOwnLine() {
        #expect(ChapterText.paragraphs("a abcdefghij b", width: 5) == "a\nabcdefghij\nb")
    }

    @Test func messagesBecomeOneLine() {
        #expect(oneLine("cannot read\n  Data/x.idx:\n\nno such file") == "cannot read Data/x.idx: no such file")
    }

    @Test func stopwatchSecondsFromDuration() {
        #expect(Stopwatch.seconds(.milliseconds(1500)) == 1.5)
        #expect(Stopwatch.seconds(.zero) == 0)
    }
}

@Suite struct ChapterTextLists {
    @Test func listItemsWrapWithAHangingIndent() {
        let text = """
            Points:
            - one two three
            four
            - five
            """
        #expect(ChapterText.paragraphs(text, width: 12) == "Points:\n\n- one two\n  three four\n- five")
    }

    @Test func aDashInsideALineIsNotAnItem() {
        #expect(ChapterText.paragraphs("a - b", width: 20) == "a - b")
    }
}
