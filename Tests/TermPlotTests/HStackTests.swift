import Testing

@testable import TermPlot

@Test func hstackPadsShortAndNarrowBlocks() {
    #expect(hstack(["ab\nc", "x\ny\nz"], gap: 1) == "ab x\nc  y\n   z")
}

@Test func hstackMeasuresBrailleAndEscapesAsTerminalColumns() {
    let braille = "⣿⣿\n⠁"
    let colored = "\u{1B}[34mab\u{1B}[0m\nc"
    #expect(hstack([braille, "|"], gap: 1) == "⣿⣿ |\n⠁")
    #expect(hstack([colored, "|"], gap: 1) == "\u{1B}[34mab\u{1B}[0m |\nc")
}

@Test func textWidthSkipsEscapesAndCountsWideCharactersTwice() {
    #expect(TextWidth.columns("\u{1B}[31m⠁⠂\u{1B}[0m") == 2)
    #expect(TextWidth.columns("学习率") == 6)
}
