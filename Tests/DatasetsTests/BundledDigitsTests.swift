import Foundation
import Testing

@testable import Datasets

@Test func sha256MatchesTheStandardsExamples() {
    // FIPS 180-4 examples ("abc" and the empty message).
    #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    // 56 bytes: the padding spills into a second block.
    #expect(
        SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
}

/// The sums printed by Data/convert_digits.py and listed in Data/README.md.
@Test(arguments: [
    ("train-images-idx3-ubyte", "6c79919002e3ed11143953d311140d576ca9ddd7c446e4f6b3f180db3f338586"),
    ("train-labels-idx1-ubyte", "997d8237ea59870b42f811eaad3e13914b38ab6a9a5e9ad6affdff0f34e7cfdc"),
    ("t10k-images-idx3-ubyte", "88da4b2d933ed942b8ea93f24d8e589c9c9c227961c9f5667c8e9f8f818b642b"),
    ("t10k-labels-idx1-ubyte", "6ff66f7ef309c514bc431118f706c8249a50930d6256e9191340a2d710351535"),
])
func bundledDigitsMatchTheirPublishedChecksums(file: String, sha256: String) throws {
    let path = DataLocation.packageRoot + "/Data/digits/" + file
    #expect(SHA256.hex(try readBytes(path)) == sha256)
}

@Test func bundledDigitsHaveTheDocumentedSplit() throws {
    let digits = try loadDataset(.digits)
    #expect(digits.train.count == 1442)
    #expect(digits.test.count == 355)
    #expect([digits.train.rows, digits.train.columns, digits.test.rows, digits.test.columns] == [8, 8, 8, 8] as [Int])
    #expect(digits.train.maximumPixel == 16)
    #expect(digits.train.classCount == 10)
}

/// Label counts per class, from Data/README.md (counted from the source CSV).
@Test func bundledDigitsHaveTheDocumentedLabelHistogram() throws {
    let digits = try loadDataset(.digits)
    func histogram(_ labels: [Int]) -> [Int] { (0..<10).map { k in labels.count { $0 == k } } }
    #expect(histogram(digits.train.labels) == [143, 146, 142, 147, 145, 146, 145, 144, 140, 144])
    #expect(histogram(digits.test.labels) == [35, 36, 35, 36, 36, 36, 36, 35, 34, 36])
    #expect(Array(digits.train.labels.prefix(10)) == Array(0...9))
    #expect(Array(digits.test.labels.prefix(10)) == [5, 0, 9, 8, 7, 1, 2, 6, 3, 4])
}

@Test func bundledDigitsFirstImageIsTheSourcesFirstRow() throws {
    let digits = try loadDataset(.digits)
    // The first line of digits.csv.gz, a zero.
    let expected: [UInt8] = [
        0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12, 0, 0, 8, 8, 0,
        0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0, 0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0,
    ]
    #expect(Array(digits.train.image(0)) == expected)
    #expect(digits.train.labels[0] == 0)
    // Pixel sums (NumPy over the IDX files): 450,566 for training, 111,152 for test.
    #expect(digits.train.pixels.reduce(0) { $0 + Int($1) } == 450_566)
    #expect(digits.test.pixels.reduce(0) { $0 + Int($1) } == 111_152)
}

@Test func packageRootIsTheFolderHoldingPackageSwift() {
    #expect(FileManager.default.fileExists(atPath: DataLocation.packageRoot + "/Package.swift"))
}
