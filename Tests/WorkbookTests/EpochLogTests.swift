import Testing
import Workbook

@Test func longRunsPrintTheFirstEveryKthAndTheLastEpoch() {
    let hundred = EpochLog(total: 100)
    #expect(hundred.every == 20)
    #expect((1...100).filter(hundred.shows) == [1, 20, 40, 60, 80, 100])
    #expect((1...21).filter(EpochLog(total: 21).shows) == [1, 5, 10, 15, 20, 21])
    #expect(
        hundred.note(figure: "Figure 5.2")
            == "(epoch 1, the multiples of 20 and the last are shown; Figure 5.2 shows them all)")
}

@Test func shortRunsPrintEveryEpochAndNeedNoNote() {
    let short = EpochLog(total: 5)
    #expect(short.every == 1 && (1...5).allSatisfy(short.shows))
    #expect(short.note(figure: "Figure 5.2") == nil)
}
