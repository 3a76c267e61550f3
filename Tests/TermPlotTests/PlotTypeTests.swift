import NumSwift
import Testing

@testable import TermPlot
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

@Test func histogramCountsFollowNumPy() {
    // np.histogram([1, 2, 2, 3, 3, 3, 4], bins=3) -> [1, 2, 4], edges [1, 2, 3, 4]
    let histogram = Histogram([1, 2, 2, 3, 3, 3, 4], bins: 3)
    #expect(histogram.counts == [1, 2, 4])
    #expect(histogram.edges == [1, 2, 3, 4])
    // np.histogram([0, 0.5, 1, 1.5, 2], bins=2, range=(0.5, 1.5)) -> [1, 2]
    #expect(Histogram([0, 0.5, 1, 1.5, 2], bins: 2, range: 0.5...1.5).counts == [1, 2])
    // One distinct value: NumPy's range v-0.5...v+0.5.
    #expect(Histogram([3, 3], bins: 2).edges == [2.5, 3, 3.5])
    #expect(Histogram([.nan, 1, .infinity], bins: 1, range: 0...2).counts == [1])
}

@Test func barChartBarsAreProportional() {
    let text = BarChart(labels: ["a", "bb"], values: [2, 1]).render(RenderOptions(width: 16))
    // 16 columns = label 2 + " |" + bar 10 + " " + value 1.
    #expect(text == "a  |########## 2\nbb |#####      1")
}

@Test func imageUsesTwoCharactersPerPixel() {
    let text = ImagePlot([[0, 1], [0.5, 0]]).render(.plain)
    #expect(text == "+----+\n|  @@|\n|++  |\n+----+")
}

@Test func imageFromAFlatArrayIsSquare() {
    let image = ImagePlot(NDArray([0, 1, 1, 0] as [Double]))
    #expect(image.pixels == [[0, 1], [1, 0]])
}

@Test func confusionMatrixPlotShowsCountsTotalsAndAccuracy() {
    // Actual [0, 0, 1, 1, 1] predicted as [0, 1, 1, 1, 0].
    let matrix = ConfusionMatrixPlot(counts: [[1, 1], [1, 2]])
    #expect(matrix.accuracy == 0.6)
    let expected = """
        true\\pred  0  1  total
        ----------------------
                0  1  1      2
                1  1  2      3
        accuracy: 0.6000 (3/5)
        """
    #expect(matrix.render(.plain) == expected)
}

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

@Test func environmentDecidesCharsetAndColour() {
    let terminal = RenderOptions.resolve(variables: [:], outputIsTerminal: true)
    #expect(terminal.color && terminal.charset == .ascii)
    #expect(!RenderOptions.resolve(variables: ["NO_COLOR": "1"], outputIsTerminal: true).color)
    #expect(RenderOptions.resolve(variables: ["NO_COLOR": ""], outputIsTerminal: true).color)
    #expect(!RenderOptions.resolve(variables: [:], outputIsTerminal: false).color)
    #expect(RenderOptions.resolve(variables: ["PLOT_CHARSET": "unicode"], outputIsTerminal: false).charset == .unicode)
    let flag = RenderOptions.resolve(variables: ["PLOT_CHARSET": "unicode"], outputIsTerminal: false, charset: .ascii)
    #expect(flag.charset == .ascii)
}

@Test func arrowFieldPointsEachArrowTheWayItsVectorPoints() {
    // -(x, y) on a 3×3 grid over [-1, 1]²: every arrow points at the origin, where the vector is 0.
    let field = ArrowField(x: -1...1, y: -1...1, columns: 3, rows: 3) { x, y in (-x, -y) }
    let expected = [
        " 1 | \\ v /",
        " 0 | > o <",
        "-1 | / ^ \\",
        "   +-------",
        "    -1 0 1",
    ].joined(separator: "\n")
    #expect(field.render(.plain) == expected)
    let unicode = field.render(RenderOptions(charset: .unicode))
    #expect(unicode.split(separator: "\n")[1] == " 0 │ → · ←")
}

@Test func arrowFieldRoundsToTheNearestOfEightDirections() {
    // 30° is nearer 45° than 0°; 20° is nearer 0°; -100° is nearer -90° (south).
    let degrees = { (angle: Double) in (cos(angle * Double.pi / 180), sin(angle * Double.pi / 180)) }
    let (a, b) = degrees(30)
    #expect(ArrowField.arrow(a, b, zeroLength: 1e-12, charset: .ascii) == "/")
    let (c, d) = degrees(20)
    #expect(ArrowField.arrow(c, d, zeroLength: 1e-12, charset: .ascii) == ">")
    let (e, f) = degrees(-100)
    #expect(ArrowField.arrow(e, f, zeroLength: 1e-12, charset: .unicode) == "↓")
    #expect(ArrowField.arrow(.nan, 1, zeroLength: 1e-12, charset: .ascii) == "o")
}
