import Testing

@testable import TermPlot

@Test func aConstantSeriesIsDrawnAcrossTheMiddle() {
    let text = LinePlot().line(x: [0, 1, 2, 3], y: [5, 5, 5, 5]).render(RenderOptions(width: 40, height: 9))
    let rows = text.split(separator: "\n").map(String.init)
    // Nine body rows from 5.5 down to 4.5: the line is on the fifth, labelled 5.0.
    #expect(rows[0].hasPrefix("5.5 +") && rows[8].hasPrefix("4.5 +"), "\(text)")
    #expect(rows[4] == "5.0 +" + String(repeating: "-", count: 35), "\(text)")
}

@Test func aNaNBreaksTheLine() {
    let options = RenderOptions(width: 43, height: 3)
    let whole = LinePlot(yRange: -1...1).line(x: [0, 1, 2, 3, 4], y: [0, 0, 0, 0, 0]).render(options)
    let broken = LinePlot(yRange: -1...1).line(x: [0, 1, 2, 3, 4], y: [0, 0, .nan, 0, 0]).render(options)
    let middle = { (text: String) in String(text.split(separator: "\n")[1].dropFirst(" 0 +".count)) }
    #expect(middle(whole) == String(repeating: "-", count: 39))
    // The segments 0-1 and 3-4 remain; those touching x = 2 are gone.
    #expect(
        middle(broken) == String(repeating: "-", count: 10) + String(repeating: " ", count: 19)
            + String(repeating: "-", count: 10))
}

@Test func infinitiesAndAllNaNSeriesDoNotCrash() {
    let text = LinePlot()
        .line(x: [0, 1, 2], y: [.infinity, 1, -.infinity])
        .line(x: [.nan, .nan], y: [.nan, .nan])
        .scatter(x: [1], y: [.nan])
        .render(.plain)
    #expect(text.contains("|"))
}

@Test func pointsOutsideTheRangeAreClipped() {
    let text = LinePlot(xRange: 0...1, yRange: 0...1).scatter(
        x: [0.5, 3, -2, 0.5], y: [0.5, 0.5, 0.5, 7], marker: "o"
    )
    .render(.plain)
    #expect(text.filter { $0 == "o" }.count == 1)
}

@Test func withoutColourSeriesDifferByMarkerShownInTheLegend() {
    let plot = LinePlot().line([1, 2, 3], label: "first").line([3, 2, 1], label: "second")
        .scatter(x: [1], y: [2], label: "third")
    let text = plot.render(.plain)
    #expect(text.contains("- first   o second   + third"))
    #expect(text.contains("o"))
    #expect(!text.contains("\u{1B}"))
}

@Test func withColourEachSeriesHasItsOwnColour() {
    let text = LinePlot().line([1, 2, 3], label: "a").line([3, 2, 1], label: "b").render(RenderOptions(color: true))
    #expect(text.contains("\u{1B}[34m") && text.contains("\u{1B}[31m"))
}

@Test func aSampledFunctionCoversItsRange() {
    let plot = LinePlot().function(over: 0...2, samples: 5) { $0 * $0 }
    #expect(plot.series[0].x == [0, 0.5, 1, 1.5, 2])
    #expect(plot.series[0].y == [0, 0.25, 1, 2.25, 4])
    let logarithmic = LinePlot(xScale: .log10).function(over: 0.001...10, samples: 5) { $0 }
    #expect(logarithmic.series[0].x.map { ($0 * 1e6).rounded() / 1e6 } == [0.001, 0.01, 0.1, 1, 10])
}

@Test func labelledReferenceLinesAndContoursAreExplainedInTheLegend() {
    let plot = LinePlot().line([1, 2, 3], label: "loss")
        .verticalLine(1, label: "suggested rate").horizontalLine(2, label: "target").verticalLine(1.5)
        .contour(Contour(x: 0...2, y: 1...3, label: "levels of f") { x, y in x * x + y * y })
    let ascii = plot.render(.plain)
    #expect(ascii.contains("- loss   . levels of f   - target   : suggested rate"), "\(ascii)")
    let unicode = plot.render(RenderOptions(charset: .unicode))
    #expect(unicode.contains("─ loss   · levels of f   ┄ target   ┆ suggested rate"), "\(unicode)")
    // An unlabelled line is drawn but not named.
    let unlabelled = LinePlot().line([1, 2, 3], label: "loss").verticalLine(1).render(.plain)
    let legend = unlabelled.split(separator: "\n").last.map { $0.trimmingPrefix(while: \.isWhitespace) }
    #expect(unlabelled.contains(":") && legend == "- loss", "\(unlabelled)")
}
