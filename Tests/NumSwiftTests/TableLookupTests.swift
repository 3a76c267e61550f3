import Testing

@testable import NumSwift

@Suite struct TableLookupTests {
    /// A table whose entries differ in their last bits from any formula a loop might use instead.
    let table = (0..<256).map { Double($0) / 255 }

    @Test func everyElementIsItsCodesTableEntry() {
        let codes: [UInt8] = [0, 255, 7, 128, 7, 1]
        let array = NDArray(shape: [2, 3], lookingUp: codes[...], in: table)
        #expect(array.shape == [2, 3])
        #expect(array.scalars == codes.map { table[Int($0)] })
    }

    @Test func aSliceIsReadFromItsOwnStart() {
        let codes: [UInt8] = [9, 9, 3, 4, 9]
        #expect(NDArray(shape: [2], lookingUp: codes[2..<4], in: table).scalars == [table[3], table[4]])
        #expect(NDArray(shape: [0, 5], lookingUp: codes[0..<0], in: table).shape == [0, 5])
    }
}
