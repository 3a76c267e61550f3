import NumSwift
import Testing

@testable import TermPlot

@Test func brailleCellMapsPixelsToDots() {
    // Dot 1 is the top-left pixel, dot 8 the bottom-right one (Unicode's braille numbering).
    #expect(BrailleDots.glyph(BrailleDots.bit(x: 0, y: 0)) == "⠁")
    #expect(BrailleDots.glyph(BrailleDots.bit(x: 1, y: 3)) == "⢀")
    #expect(BrailleDots.glyph(BrailleDots.bit(x: 0, y: 3)) == "⡀")
    #expect(BrailleDots.glyph(BrailleDots.bit(x: 1, y: 0)) == "⠈")
    #expect(BrailleDots.glyph(0) == "\u{2800}")
    #expect(BrailleDots.glyph(0xFF) == "⣿")
}

@Test func brailleCanvasPlacesPixelsInCells() {
    var canvas = Canvas(columns: 2, rows: 1, charset: .unicode)
    canvas.setPixel(0, 0, color: nil)
    canvas.setPixel(3, 3, color: nil)
    #expect(canvas.renderRows(color: false) == ["⠁⢀"])
}

@Test func asciiCellsReadAsStrokes() {
    func glyph(_ rows: String) -> Unicode.Scalar {
        let bits = rows.filter { $0 != " " }.enumerated().reduce(UInt16(0)) {
            $1.element == "#" ? $0 | 1 << $1.offset : $0
        }
        return AsciiDots.glyph(bits)
    }
    #expect(glyph("... ### ...") == "-")
    #expect(glyph("... ... ###") == "_")
    #expect(glyph(".#. .#. .#.") == "|")
    #expect(glyph("..# .#. #..") == "/")
    #expect(glyph("#.. .#. ..#") == "\\")
    #expect(glyph("... ... .#.") == ".")
    #expect(glyph(".#. ... ...") == "'")
    #expect(glyph("... ... ...") == " ")
}

@Test func bresenhamIncludesBothEndPoints() {
    #expect(
        bresenhamPoints(0, 0, 3, 0) == [Pixel(x: 0, y: 0), Pixel(x: 1, y: 0), Pixel(x: 2, y: 0), Pixel(x: 3, y: 0)])
    #expect(bresenhamPoints(2, 5, 2, 3) == [Pixel(x: 2, y: 3), Pixel(x: 2, y: 4), Pixel(x: 2, y: 5)])
    #expect(bresenhamPoints(0, 0, 2, 2) == [Pixel(x: 0, y: 0), Pixel(x: 1, y: 1), Pixel(x: 2, y: 2)])
    #expect(bresenhamPoints(4, 4, 4, 4) == [Pixel(x: 4, y: 4)])
    // A shallow line: one pixel per column, y stepping once half-way.
    #expect(bresenhamPoints(0, 0, 4, 1).map(\.x) == [0, 1, 2, 3, 4])
}

@Test(arguments: [1 as UInt64, 2, 3])
func bresenhamIsSymmetricAndConnected(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<300 {
        let (x0, y0, x1, y1) = (
            generator.nextInt(below: 41) - 20, generator.nextInt(below: 41) - 20, generator.nextInt(below: 41) - 20,
            generator.nextInt(below: 41) - 20
        )
        let forward = bresenhamPoints(x0, y0, x1, y1)
        let backward = bresenhamPoints(x1, y1, x0, y0)
        #expect(Set(forward) == Set(backward))
        #expect(Set(forward).contains(Pixel(x: x0, y: y0)) && Set(forward).contains(Pixel(x: x1, y: y1)))
        // As many pixels as the longer side spans, each a king's move from the last.
        #expect(forward.count == max(abs(x1 - x0), abs(y1 - y0)) + 1)
        for (a, b) in zip(forward, forward.dropFirst()) {
            #expect(max(abs(a.x - b.x), abs(a.y - b.y)) == 1)
        }
    }
}

@Test func clippingKeepsTheInsidePart() {
    let clipped = clipSegment((x: -10, y: 5), (x: 20, y: 5), xMin: 0, xMax: 10, yMin: 0, yMax: 10)
    #expect(clipped?.start.x == 0 && clipped?.end.x == 10)
    #expect(clipSegment((x: -10, y: -1), (x: 20, y: -1), xMin: 0, xMax: 10, yMin: 0, yMax: 10) == nil)
}

@Test func aSegmentToAFarPointIsClippedNotWalked() {
    var canvas = Canvas(columns: 4, rows: 2, charset: .ascii)
    canvas.line(from: (x: 0, y: 1), to: (x: 1e300, y: 1), color: nil)
    #expect(canvas.renderRows(color: false) == ["----", "    "])
}

@Test func crowdedLineCellsNeverShowAMarker() {
    // A full cell is "#", a plus-shaped one "+": both crowded glyphs.
    let full: UInt16 = 0x1FF
    let plus =
        AsciiDots.bit(x: 1, y: 0) | AsciiDots.bit(x: 0, y: 1) | AsciiDots.bit(x: 1, y: 1)
        | AsciiDots.bit(x: 2, y: 1) | AsciiDots.bit(x: 1, y: 2)
    #expect(AsciiDots.glyph(full, avoiding: []) == "#")
    #expect(AsciiDots.glyph(full, avoiding: ["#"]) == "x")
    #expect(AsciiDots.glyph(full, avoiding: ["#", "x", "+"]) == "&")
    #expect(AsciiDots.glyph(plus, avoiding: ["+"]) == "#")
    // Strokes keep their character whatever the markers.
    #expect(AsciiDots.glyph(AsciiDots.bit(x: 1, y: 2), avoiding: ["."]) == ".")

    var canvas = Canvas(columns: 2, rows: 1, charset: .ascii)
    for x in 0..<3 {
        for y in 0..<3 { canvas.setPixel(x, y, color: nil) }
    }
    canvas.reservedMarkers = ["#"]
    canvas.setMark(column: 1, row: 0, "#", color: nil)
    #expect(canvas.renderRows(color: false) == ["x#"])
}

@Test func aLinePlotsCrowdedCellsDifferFromTheOtherSeriesMarkers() {
    // A zigzag squeezed into a few columns crowds its cells into "#" (checked with an "o" marker);
    // once "#" is the other series' marker, only that marker and its legend entry show it.
    let zigzag = (0..<60).map { Double($0 % 2) }
    func render(marker: Character) -> String {
        LinePlot(yRange: -1...2)
            .line(x: zigzag.indices.map(Double.init), y: zigzag, label: "zigzag")
            .scatter(x: [30], y: [-0.8], label: "point", marker: marker)
            .render(RenderOptions(charset: .ascii, width: 24, height: 6))
    }
    #expect(render(marker: "o").filter { $0 == "#" }.count > 2)
    #expect(render(marker: "#").filter { $0 == "#" }.count == 2)
}
