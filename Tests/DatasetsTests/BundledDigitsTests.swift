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
    ("train-images-idx3-ubyte", "41e463fb11442353328aed136a72ca93512604a7ae6e294205756d54294c7502"),
    ("train-labels-idx1-ubyte", "f8a600b73e2c056aa42316260206e6643bd33e96bd71cfb8e32b94f76fac4f93"),
    ("t10k-images-idx3-ubyte", "ee7550fe34409fc27d844b52fd0408fab403b2cc523bb34baa4ebd95b760d882"),
    ("t10k-labels-idx1-ubyte", "cf2c8a23974df0c99eb3f36ff34c02acb9be1c84aca7280211ef04bea1135360"),
])
func bundledDigitsMatchTheirPublishedChecksums(file: String, sha256: String) throws {
    let path = DataLocation.packageRoot + "/Data/digits/" + file
    #expect(SHA256.hex(try readBytes(path)) == sha256)
}

@Test func bundledDigitsHaveTheDocumentedSplit() throws {
    let digits = try loadDataset(.digits)
    #expect(digits.train.count == 1437)
    #expect(digits.test.count == 360)
    #expect([digits.train.rows, digits.train.columns, digits.test.rows, digits.test.columns] == [8, 8, 8, 8] as [Int])
    #expect(digits.train.maximumPixel == 16)
    #expect(digits.train.classCount == 10)
}

/// Label counts per class, from Data/README.md (counted from the source CSV).
@Test func bundledDigitsHaveTheDocumentedLabelHistogram() throws {
    let digits = try loadDataset(.digits)
    func histogram(_ labels: [Int]) -> [Int] { (0..<10).map { k in labels.count { $0 == k } } }
    #expect(histogram(digits.train.labels) == [143, 146, 142, 146, 144, 145, 144, 143, 141, 143])
    #expect(histogram(digits.test.labels) == [35, 36, 35, 37, 37, 37, 37, 36, 33, 37])
    #expect(Array(digits.train.labels.prefix(10)) == Array(0...9))
    #expect(Array(digits.test.labels.prefix(10)) == [2, 3, 4, 5, 6, 7, 8, 9, 0, 9])
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
    // Pixel sums (NumPy over the IDX files): 449,372 for training, 112,346 for test.
    #expect(digits.train.pixels.reduce(0) { $0 + Int($1) } == 449_372)
    #expect(digits.test.pixels.reduce(0) { $0 + Int($1) } == 112_346)
}

@Test func packageRootIsTheFolderHoldingPackageSwift() {
    #expect(FileManager.default.fileExists(atPath: DataLocation.packageRoot + "/Package.swift"))
}
