import Testing

@testable import TermPlot

@Test(arguments: [
    (10.0, 5, 2.0), (1.0, 5, 0.2), (7.0, 5, 2.0), (100.0, 4, 50.0), (0.003, 3, 0.001), (12.0, 12, 1.0),
])
func niceStepsAreOneTwoOrFive(span: Double, count: Int, step: Double) {
    #expect(NiceTicks.step(span: span, count: count) == step)
}

@Test func coveringWidensToTicks() {
    let (range, ticks) = NiceTicks.covering(0.0067, 0.993, count: 5)
    #expect(range == 0...1)
    #expect(ticks.labels == ["0", "0.2", "0.4", "0.6", "0.8", "1.0"])
}

@Test func ticksAroundZeroHaveNoNegativeZero() {
    let (_, ticks) = NiceTicks.covering(-1, 1, count: 4)
    #expect(ticks.labels == ["-1.0", "-0.5", "0", "0.5", "1.0"])
}

@Test func logAxisTicksAreDecades() {
    let axis = Axis.make(scale: .log10, dataLower: -2.3, dataUpper: 0.4, fixed: nil, tickCount: 5)
    #expect(axis.lower == -3 && axis.upper == 1)
    #expect(axis.ticks.map(\.label) == ["0.001", "0.01", "0.1", "1", "10"])
}

@Test func logScaleDropsValuesAtOrBelowZero() {
    #expect(AxisScale.log10.transform(100) == 2)
    #expect(AxisScale.log10.transform(0).isNaN)
    #expect(AxisScale.log10.transform(-1).isNaN)
}

@Test func aConstantRangeIsWidenedAroundItsValue() {
    let axis = Axis.make(scale: .linear, dataLower: 5, dataUpper: 5, fixed: nil, tickCount: 4)
    #expect(axis.lower < 5 && axis.upper > 5)
    #expect(axis.lower + axis.upper == 10)
}
