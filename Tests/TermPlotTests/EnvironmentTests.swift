import Testing

@testable import TermPlot

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
