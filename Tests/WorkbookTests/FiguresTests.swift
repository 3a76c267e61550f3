import TermPlot
import Testing

@testable import Workbook

@Suite struct FiguresSizing {
    @Test func atTheDefaultWidthEveryFigureKeepsItsOwnWidth() {
        let figures = Figures(charset: .ascii, width: 100, designWidth: 100)
        #expect(figures.scaled(100) == 100)
        #expect(figures.scaled(72) == 72)
        #expect(figures.options(height: 6) == RenderOptions(charset: .ascii, width: 100, height: 6))
        #expect(figures.options(width: 72, height: 14).width == 72)
    }

    @Test func anotherWidthScalesEveryFigureInProportion() {
        let figures = Figures(charset: .unicode, width: 50, designWidth: 100)
        #expect(figures.scaled(100) == 50)
        #expect(figures.scaled(72) == 36)
        #expect(figures.scaled(1) == 1)  // rounded, never below one column
        #expect(figures.options(width: 80, height: 3) == RenderOptions(charset: .unicode, width: 40, height: 3))
    }

    @Test func madeFromTheParsedWidthOption() throws {
        let width = Option.width(default: 72)
        let parser = OptionParser(program: "p", summary: "s", defaultSeed: 1, options: [width])
        guard case .run(let parsed) = try parser.parse(["--width", "144", "--unicode"]) else {
            Issue.record("expected options")
            return
        }
        let figures = Figures(parsed, width: width)
        #expect(figures.charset == .unicode)
        #expect(figures.width == 144 && figures.designWidth == 72)
        #expect(figures.scaled(60) == 120)
    }

    @Test func aRenderedFigureIsNoWiderThanItsScaledWidth() {
        let figures = Figures(charset: .ascii, width: 40, designWidth: 80)
        let plot = LinePlot(title: "a line").line([1, 3, 2, 5], label: "y")
        let lines = plot.render(figures.options(height: 8)).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 })
    }
}
