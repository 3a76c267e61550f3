/// The images of an IDX image file: `count` images of `rows`×`columns` pixels, one byte each.
public struct IDXImages: Sendable, Equatable {
    /// The number of images.
    public let count: Int
    /// The height of every image.
    public let rows: Int
    /// The width of every image.
    public let columns: Int
    /// All pixels, image after image, each image row-major; `count · rows · columns` bytes.
    public let pixels: [UInt8]
}

/// The IDX format of the MNIST files, parsed from bytes (a pure function, so it is easy to test).
///
/// A file is a header and then the data. The header is a magic number, `00 00 08 nn`
/// (0x08: unsigned bytes; nn: the number of axes), then one big-endian 32-bit size per axis.
/// The data is the product of the sizes in bytes, nothing more and nothing less.
public enum IDX {
    /// Parses an image file (magic 0x00000803). `maximumPixel` is the data set's largest
    /// allowed value (16 for the UCI digits, 255 for MNIST); `file` names the file in errors.
    public static func parseImages(_ bytes: [UInt8], file: String, maximumPixel: Int = 255) throws(IDXError)
        -> IDXImages
    {
        let dimensions = try header(of: bytes, kind: .images, file: file)
        let pixels = Array(bytes[IDXKind.images.headerBytes...])
        if maximumPixel < 255 {
            let size = dimensions[1] &* dimensions[2]
            if let position = pixels.firstIndex(where: { Int($0) > maximumPixel }) {
                throw .pixelOutOfRange(
                    file: file, image: position / size, value: Int(pixels[position]), maximum: maximumPixel)
            }
        }
        return IDXImages(count: dimensions[0], rows: dimensions[1], columns: dimensions[2], pixels: pixels)
    }

    /// Parses a label file (magic 0x00000801); every label must lie in `0..<classCount`.
    public static func parseLabels(_ bytes: [UInt8], file: String, classCount: Int = 10) throws(IDXError) -> [Int] {
        _ = try header(of: bytes, kind: .labels, file: file)
        let labels = bytes[IDXKind.labels.headerBytes...].map(Int.init)
        if let index = labels.firstIndex(where: { $0 >= classCount }) {
            throw .labelOutOfRange(
                file: file, index: index, label: labels[index], classCount: classCount)
        }
        return labels
    }

    /// Checks the magic number and that the sizes in the header match the file's length,
    /// and returns the sizes. Reads no byte beyond `bytes.count`.
    static func header(of bytes: [UInt8], kind: IDXKind, file: String) throws(IDXError) -> [Int] {
        if bytes.isEmpty { throw .empty(file: file, kind: kind) }
        if bytes.count < 4 {
            throw .shortHeader(file: file, kind: kind, fileBytes: bytes.count)
        }
        let magic = bigEndianUInt32(bytes, at: 0)
        if magic != kind.magic { throw .wrongMagic(file: file, kind: kind, found: magic) }
        if bytes.count < kind.headerBytes {
            throw .shortHeader(file: file, kind: kind, fileBytes: bytes.count)
        }
        let dimensions = (1...kind.axisCount).map { Int(bigEndianUInt32(bytes, at: 4 * $0)) }
        if dimensions.contains(0) { throw .emptyAxis(file: file, kind: kind, dimensions: dimensions) }
        // Each size is below 2³², so the product can exceed Int.max: saturate rather than trap.
        let expected = byteCount(headerBytes: kind.headerBytes, dimensions: dimensions)
        if bytes.count < expected {
            throw .truncated(
                file: file, kind: kind, dimensions: dimensions, expectedBytes: expected, fileBytes: bytes.count)
        }
        if bytes.count > expected {
            throw .trailingBytes(
                file: file, kind: kind, dimensions: dimensions, expectedBytes: expected, fileBytes: bytes.count)
        }
        return dimensions
    }

    /// The header plus the product of the sizes, or `Int.max` when that does not fit in an `Int`.
    static func byteCount(headerBytes: Int, dimensions: [Int]) -> Int {
        var data = 1
        for size in dimensions {
            let (product, overflow) = data.multipliedReportingOverflow(by: size)
            if overflow { return Int.max }
            data = product
        }
        let (total, overflow) = data.addingReportingOverflow(headerBytes)
        return overflow ? Int.max : total
    }

    /// The big-endian 32-bit number at `offset`; the caller guarantees four bytes are there.
    static func bigEndianUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
