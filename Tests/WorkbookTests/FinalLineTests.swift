import Foundation
import Testing

@testable import Workbook

@Suite struct FinalLineText {
    @Test func fieldsInTheOrderGiven() {
        let line = FinalLine(
            dataset: "digits",
            [.number("train_acc", 0.97994), .number("test_acc", 0.9746), .count("epochs", 100), .seconds(0.84)])
        #expect(line.description == "final: dataset=digits train_acc=0.9799 test_acc=0.9746 epochs=100 seconds=0.8")
    }

    @Test func textMissingNumbersAndBareWords() {
        let line = FinalLine(
            dataset: "mnist", [.text("optimizer", "sgd"), .number("test_acc", nil), .word("diverged")])
        #expect(line.description == "final: dataset=mnist optimizer=sgd test_acc=- diverged")
    }
}

@Suite struct NumberFormatsUsed {
    @Test func eachFormatAsItsDocumentationSays() {
        #expect(short(0.1) == "0.1")
        #expect(short(log(10.0)) == "2.30259")
        #expect(short(0.0012345, significant: 3) == "0.00123")
        #expect(sci(4.5678e-13) == "4.6e-13")
        #expect(sci(6.93e-08, digits: 2) == "6.93e-08")
        #expect(fixed(0.97456) == "0.9746")
        #expect(percent(0.9746) == "97.46%")
    }
}
