import Foundation

/// IDX files written by hand, byte by byte, so that the reader is tested against the format
/// itself and not against its own writer.
enum IDXTestFiles {
    /// A big-endian 32-bit number as four bytes.
    static func word(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// An image file: magic 0x00000803, count, rows, columns, then the pixels.
    static func images(count: UInt32, rows: UInt32, columns: UInt32, pixels: [UInt8]) -> [UInt8] {
        word(0x0000_0803) + word(count) + word(rows) + word(columns) + pixels
    }

    /// A label file: magic 0x00000801, count, then the labels.
    static func labels(_ labels: [UInt8], count: UInt32? = nil) -> [UInt8] {
        word(0x0000_0801) + word(count ?? UInt32(labels.count)) + labels
    }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("DatasetsTests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `files` (name → bytes) into `folder`.
    static func write(_ files: [String: [UInt8]], to folder: String) throws {
        for (name, bytes) in files {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    }

    /// A small MNIST-format data set: 3 training and 2 test images of 2×3 pixels, labels 0...9.
    static let tinyMNIST: [String: [UInt8]] = [
        "train-images-idx3-ubyte": images(count: 3, rows: 2, columns: 3, pixels: Array(0..<18).map { $0 * 15 }),
        "train-labels-idx1-ubyte": labels([7, 0, 9]),
        "t10k-images-idx3-ubyte": images(count: 2, rows: 2, columns: 3, pixels: Array(repeating: 255, count: 12)),
        "t10k-labels-idx1-ubyte": labels([1, 2]),
    ]
}
