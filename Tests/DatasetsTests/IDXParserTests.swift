import Testing

@testable import Datasets

private typealias Files = IDXTestFiles

@Test func parsesAValidImageFile() throws {
    let bytes = Files.images(count: 2, rows: 2, columns: 3, pixels: [0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255])
    let images = try IDX.parseImages(bytes, file: "a")
    #expect(images.count == 2)
    #expect(images.rows == 2)
    #expect(images.columns == 3)
    #expect(images.pixels == [0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255])
}

@Test func parsesAValidLabelFile() throws {
    #expect(try IDX.parseLabels(Files.labels([3, 0, 9]), file: "l") == [3, 0, 9])
}

@Test func readsSizesBigEndian() throws {
    // 0x00000102 = 258 images of 1×1: a little-endian reader would see 0x02010000.
    let images = try IDX.parseImages(
        Files.images(count: 258, rows: 1, columns: 1, pixels: Array(repeating: 7, count: 258)), file: "f")
    #expect(images.count == 258)
}

/// A corrupt file, the error it must give, and words its message must contain.
struct CorruptCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let expected: IDXError
    let message: String
    var testDescription: String { name }
}

private let imageFile = "dir/train-images-idx3-ubyte"

let corruptImageFiles: [CorruptCase] = [
    CorruptCase(
        name: "empty", bytes: [], expected: .empty(file: imageFile, kind: .images),
        message: "dir/train-images-idx3-ubyte: the file is empty; expected an IDX image file (magic 0x00000803: "
            + "unsigned bytes, 3 axes; a header of 16 bytes, then one byte per pixel)"),
    CorruptCase(
        name: "shorter than the magic", bytes: [0, 0, 8],
        expected: .shortHeader(file: imageFile, kind: .images, fileBytes: 3),
        message: "dir/train-images-idx3-ubyte: 3 bytes, too short for the header of an IDX image file (magic 0x00000803"
    ),
    CorruptCase(
        name: "header cut short", bytes: Array(Files.images(count: 1, rows: 1, columns: 1, pixels: [0]).prefix(10)),
        expected: .shortHeader(file: imageFile, kind: .images, fileBytes: 10),
        message: "10 bytes, too short for the header of an IDX image file"),
    CorruptCase(
        name: "a label file instead", bytes: Files.labels([1, 2]),
        expected: .wrongMagic(file: imageFile, kind: .images, found: 0x0000_0801),
        message: "dir/train-images-idx3-ubyte: magic number 0x00000801, expected an IDX image file (magic 0x00000803"),
    CorruptCase(
        name: "still gzipped", bytes: [0x1F, 0x8B, 0x08, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        expected: .wrongMagic(file: imageFile, kind: .images, found: 0x1F8B_0808),
        message: "magic number 0x1f8b0808, expected an IDX image file (magic 0x00000803: unsigned bytes, 3 axes; "
            + "a header of 16 bytes, then one byte per pixel); the file looks gzip-compressed: gunzip it first"),
    CorruptCase(
        name: "truncated pixels",
        bytes: Files.images(count: 3, rows: 2, columns: 2, pixels: Array(repeating: 1, count: 8)),
        expected: .truncated(file: imageFile, kind: .images, dimensions: [3, 2, 2], expectedBytes: 28, fileBytes: 24),
        message: "dir/train-images-idx3-ubyte: truncated: the header promises 3 images of 2×2 pixels, 28 bytes in all, "
            + "but the file has 24 bytes"),
    CorruptCase(
        name: "sizes beyond any file", bytes: Files.images(count: .max, rows: .max, columns: .max, pixels: [1, 2]),
        expected: .truncated(
            file: imageFile, kind: .images, dimensions: [4_294_967_295, 4_294_967_295, 4_294_967_295],
            expectedBytes: .max, fileBytes: 18),
        message: "more bytes than any file can hold, but the file has 18 bytes"),
    CorruptCase(
        name: "bytes after the data", bytes: Files.images(count: 1, rows: 2, columns: 2, pixels: [1, 2, 3, 4, 5]),
        expected: .trailingBytes(
            file: imageFile, kind: .images, dimensions: [1, 2, 2], expectedBytes: 20, fileBytes: 21),
        message: "dir/train-images-idx3-ubyte: 21 bytes, but the header's sizes (1 image of 2×2 pixels) give 20 bytes; "
            + "the file has 1 byte too many"),
    CorruptCase(
        name: "zero rows", bytes: Files.images(count: 1, rows: 0, columns: 2, pixels: []),
        expected: .emptyAxis(file: imageFile, kind: .images, dimensions: [1, 0, 2]),
        message: "the header describes 1 image of 0×2 pixels; expected at least one of each"),
    CorruptCase(
        name: "pixel above the digits' maximum",
        bytes: Files.images(count: 2, rows: 1, columns: 2, pixels: [16, 0, 3, 17]),
        expected: .pixelOutOfRange(file: imageFile, image: 1, value: 17, maximum: 16),
        message: "dir/train-images-idx3-ubyte: pixel value 17 in image 1 is out of range; expected 0...16"),
]

@Test(arguments: corruptImageFiles)
func rejectsCorruptImageFiles(_ corrupt: CorruptCase) {
    let error = #expect(throws: IDXError.self) {
        try IDX.parseImages(corrupt.bytes, file: imageFile, maximumPixel: 16)
    }
    #expect(error == corrupt.expected)
    #expect(error?.description.contains(corrupt.message) == true, "\(error?.description ?? "no error")")
    #expect(error?.description.hasPrefix(imageFile) == true)
}

private let labelFile = "dir/t10k-labels-idx1-ubyte"

let corruptLabelFiles: [CorruptCase] = [
    CorruptCase(
        name: "empty", bytes: [], expected: .empty(file: labelFile, kind: .labels),
        message: "dir/t10k-labels-idx1-ubyte: the file is empty; expected an IDX label file (magic 0x00000801: "
            + "unsigned bytes, 1 axis; a header of 8 bytes, then one byte per label)"),
    CorruptCase(
        name: "an image file instead", bytes: Files.images(count: 1, rows: 1, columns: 1, pixels: [0]),
        expected: .wrongMagic(file: labelFile, kind: .labels, found: 0x0000_0803),
        message: "magic number 0x00000803, expected an IDX label file (magic 0x00000801"),
    CorruptCase(
        name: "header cut short", bytes: [0, 0, 8, 1, 0, 0],
        expected: .shortHeader(file: labelFile, kind: .labels, fileBytes: 6),
        message: "6 bytes, too short for the header of an IDX label file (magic 0x00000801"),
    CorruptCase(
        name: "fewer labels than promised", bytes: Files.labels([1, 2], count: 5),
        expected: .truncated(file: labelFile, kind: .labels, dimensions: [5], expectedBytes: 13, fileBytes: 10),
        message: "truncated: the header promises 5 labels, 13 bytes in all, but the file has 10 bytes"),
    CorruptCase(
        name: "more labels than promised", bytes: Files.labels([1, 2, 3], count: 2),
        expected: .trailingBytes(file: labelFile, kind: .labels, dimensions: [2], expectedBytes: 10, fileBytes: 11),
        message: "11 bytes, but the header's sizes (2 labels) give 10 bytes; the file has 1 byte too many"),
    CorruptCase(
        name: "no labels", bytes: Files.labels([]),
        expected: .emptyAxis(file: labelFile, kind: .labels, dimensions: [0]),
        message: "the header describes 0 labels; expected at least one"),
    CorruptCase(
        name: "label 10 of ten classes", bytes: Files.labels([9, 0, 10, 3]),
        expected: .labelOutOfRange(file: labelFile, index: 2, label: 10, classCount: 10),
        message: "dir/t10k-labels-idx1-ubyte: label 10 at index 2 is out of range; expected 0...9"),
]

@Test(arguments: corruptLabelFiles)
func rejectsCorruptLabelFiles(_ corrupt: CorruptCase) {
    let error = #expect(throws: IDXError.self) {
        try IDX.parseLabels(corrupt.bytes, file: labelFile, classCount: 10)
    }
    #expect(error == corrupt.expected)
    #expect(error?.description.contains(corrupt.message) == true, "\(error?.description ?? "no error")")
}

@Test func everyPrefixOfAValidFileIsRejectedWithoutTrapping() {
    let bytes = Files.images(count: 2, rows: 3, columns: 3, pixels: Array(1...18))
    for length in 0..<bytes.count {
        #expect(throws: IDXError.self) { try IDX.parseImages(Array(bytes.prefix(length)), file: "p") }
    }
}
