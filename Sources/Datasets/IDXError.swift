/// Why an IDX file could not be read. Every message names the file and says what was expected.
public enum IDXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read; `reason` says why in plain words ("does not exist").
    case unreadable(file: String, reason: String)
    /// The file has no bytes at all.
    case empty(file: String, kind: IDXKind)
    /// The file ends before its header does.
    case shortHeader(file: String, kind: IDXKind, fileBytes: Int)
    /// The first four bytes are not the magic number of the expected kind of file.
    case wrongMagic(file: String, kind: IDXKind, found: UInt32)
    /// A sample axis of length zero: images of 0 rows or columns, or a file of 0 samples.
    case emptyAxis(file: String, kind: IDXKind, dimensions: [Int])
    /// The file is shorter than its header promises.
    case truncated(file: String, kind: IDXKind, dimensions: [Int], expectedBytes: Int, fileBytes: Int)
    /// The file is longer than its header promises: the sizes disagree with the file length.
    case trailingBytes(file: String, kind: IDXKind, dimensions: [Int], expectedBytes: Int, fileBytes: Int)
    /// A label outside `0..<classCount`.
    case labelOutOfRange(file: String, index: Int, label: Int, classCount: Int)
    /// A pixel above the data set's maximum (16 for the UCI digits).
    case pixelOutOfRange(file: String, image: Int, value: Int, maximum: Int)
    /// The images file and the labels file hold different numbers of samples.
    case countMismatch(imagesFile: String, images: Int, labelsFile: String, labels: Int)
    /// The training and test images differ in size.
    case shapeMismatch(file: String, rows: Int, columns: Int, otherFile: String, otherRows: Int, otherColumns: Int)

    /// One line saying what is wrong with which file, and what was expected.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "cannot read \(file): it \(reason)"
        case .empty(let file, let kind):
            return "\(file): the file is empty; expected \(kind.summary)"
        case .shortHeader(let file, let kind, let fileBytes):
            return "\(file): \(plural(fileBytes, "byte")), too short for the header of \(kind.summary)"
        case .wrongMagic(let file, let kind, let found):
            let gzipHint = found >> 16 == 0x1F8B ? "; the file looks gzip-compressed: gunzip it first" : ""
            return "\(file): magic number \(IDXKind.hex(found)), expected \(kind.summary)\(gzipHint)"
        case .emptyAxis(let file, let kind, let dimensions):
            return "\(file): the header describes \(kind.describe(dimensions)); expected at least one of each"
        case .truncated(let file, let kind, let dimensions, let expectedBytes, let fileBytes):
            return "\(file): truncated: the header promises \(kind.describe(dimensions)), "
                + "\(IDXError.describe(bytes: expectedBytes)), but the file has \(plural(fileBytes, "byte"))"
        case .trailingBytes(let file, let kind, let dimensions, let expectedBytes, let fileBytes):
            return "\(file): \(plural(fileBytes, "byte")), but the header's sizes (\(kind.describe(dimensions))) "
                + "give \(plural(expectedBytes, "byte")); the file has \(plural(fileBytes - expectedBytes, "byte")) too many"
        case .labelOutOfRange(let file, let index, let label, let classCount):
            return "\(file): label \(label) at index \(index) is out of range; expected 0...\(classCount - 1)"
        case .pixelOutOfRange(let file, let image, let value, let maximum):
            return "\(file): pixel value \(value) in image \(image) is out of range; expected 0...\(maximum)"
        case .countMismatch(let imagesFile, let images, let labelsFile, let labels):
            return "\(imagesFile) holds \(images) images but \(labelsFile) holds \(labels) labels; "
                + "expected one label per image"
        case .shapeMismatch(let file, let rows, let columns, let otherFile, let otherRows, let otherColumns):
            return "\(file) holds images of \(rows)×\(columns) pixels but \(otherFile) holds "
                + "\(otherRows)×\(otherColumns); expected the same size in both"
        }
    }

    /// A byte count, or a phrase for a size too large to represent.
    private static func describe(bytes: Int) -> String {
        bytes == Int.max ? "more bytes than any file can hold" : "\(bytes) bytes in all"
    }
}

/// "1 label", "2 labels": a count with its noun in the right number.
func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : pluralForm ?? singular + "s")
}

/// The two kinds of IDX file a data set is made of.
public enum IDXKind: Sendable, Equatable {
    /// Images: magic 0x00000803 (unsigned bytes, 3 axes), then count, rows, columns.
    case images
    /// Labels: magic 0x00000801 (unsigned bytes, 1 axis), then count.
    case labels

    /// The magic number: two zero bytes, the element type 0x08 (unsigned byte), the number of axes.
    public var magic: UInt32 { self == .images ? 0x0000_0803 : 0x0000_0801 }

    /// The number of axes, which is also the number of 32-bit sizes after the magic number.
    public var axisCount: Int { self == .images ? 3 : 1 }

    /// The header length in bytes: the magic number and one 32-bit size per axis.
    public var headerBytes: Int { 4 * (1 + axisCount) }

    /// What a valid file of this kind looks like, for error messages.
    var summary: String {
        let item = self == .images ? "pixel" : "label"
        return "an IDX \(self == .images ? "image" : "label") file (magic \(IDXKind.hex(magic)): unsigned bytes, "
            + "\(plural(axisCount, "axis", "axes")); a header of \(headerBytes) bytes, then one byte per \(item))"
    }

    /// The header's sizes in words: "1437 images of 8×8 pixels" or "1437 labels".
    func describe(_ dimensions: [Int]) -> String {
        self == .images && dimensions.count == 3
            ? "\(plural(dimensions[0], "image")) of \(dimensions[1])×\(dimensions[2]) pixels"
            : plural(dimensions.first ?? 0, "label")
    }

    /// A 32-bit number as 0x followed by eight hexadecimal digits.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "0x" + String(repeating: "0", count: Swift.max(0, 8 - digits.count)) + digits
    }
}
