import Testing

@testable import Workbook

@Test func aProgressLineSaysWhatIsDoneAndWhatIsLeft() {
    #expect(
        ProgressReporter.line(phase: "4.5 steps", done: 3, total: 5, elapsedSeconds: 37.2)
            == "4.5 steps: 3/5 (60%), 37 s elapsed, about 25 s left")
    #expect(ProgressReporter.line(phase: "x", done: 0, total: 4, elapsedSeconds: 2.5) == "x: 0/4 (0%), 2.5 s elapsed")
    #expect(
        ProgressReporter.line(phase: "x", done: 4, total: 4, elapsedSeconds: 75) == "x: 4/4 (100%), 1 min 15 s elapsed")
}

@Test func durationsReadAsAReaderReadsThem() {
    #expect(ProgressReporter.seconds(0.44) == "0.4 s")
    #expect(ProgressReporter.seconds(59.6) == "1 min 0 s")
    #expect(ProgressReporter.seconds(3_725) == "62 min 5 s")
    #expect(ProgressReporter.seconds(.infinity) == "? s")
    #expect(ProgressReporter.seconds(.nan) == "? s")
}

@Test func aShortPhaseReportsNothing() {
    var progress = ProgressReporter("quick", total: 3, onTerminal: false, quietSeconds: 60)
    for _ in 0..<5 { progress.advance() }
    #expect(progress.done == 3)
    progress.finish()  // nothing was reported, so nothing to finish (no output in the test log)
}
