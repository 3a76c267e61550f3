import Testing

@testable import TermPlot
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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
