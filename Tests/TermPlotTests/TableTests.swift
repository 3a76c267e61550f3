import Testing

@testable import TermPlot

@Test func tableAlignsNumbersRightAndTextLeft() {
    let table = Table(headers: ["gate", "x1", "y"], rows: [["AND", "0", "0"], ["NAND", "1", "1"]])
    #expect(table.render() == "gate  x1  y\n-----------\nAND    0  0\nNAND   1  1")
}

@Test func tableHasNoTrailingSpaces() {
    let table = Table(headers: ["name", "note"], rows: [["a", ""], ["bb", "x"]])
    #expect(table.render().split(separator: "\n").allSatisfy { !$0.hasSuffix(" ") })
}
