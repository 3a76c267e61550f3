import Datasets
import NumSwift

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc  // rename(2), which replaces a file atomically
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small binary file of named parameters, read back bit for bit.
///
/// Layout (all integers unsigned little-endian; version 1):
///
///     magic        8 bytes   "NNPARAMS" (ASCII)
///     version      4 bytes   1
///     count        4 bytes   number of parameters
///     count times, names in `ParameterNames.ordered` order:
///       nameLength 4 bytes   1…1024
///       name       UTF-8 bytes
///       rank       4 bytes   0…32
///       dimensions 8 bytes each, `rank` of them
///       values     8 bytes each: the IEEE 754 binary64 bit patterns, row-major
///
/// The file ends right after the last value. Binary rather than JSON because a decimal text
/// round trip of a Double is easy to get subtly wrong and 3–4× larger; bit patterns make
/// "load gives exactly what was saved" trivially true, on any platform.
public enum ParameterFile {
    /// The first 8 bytes of every parameter file.
    public static let magic: [UInt8] = Array("NNPARAMS".utf8)
    /// The format version written by `encode`.
    public static let version: UInt32 = 1

    /// The bytes of a parameter file holding `parameters`.
    public static func encode(_ parameters: [String: NDArray]) -> [UInt8] {
        var bytes = magic
        append(version, to: &bytes)
        append(UInt32(parameters.count), to: &bytes)
        for name in ParameterNames.ordered(parameters.keys) {
            let value = parameters[name]!
            let nameBytes = Array(name.utf8)
            precondition(
                (1...1024).contains(nameBytes.count), "parameter names must have 1…1024 bytes, got \"\(name)\"")
            append(UInt32(nameBytes.count), to: &bytes)
            bytes += nameBytes
            append(UInt32(value.rank), to: &bytes)
            for length in value.shape { append(UInt64(length), to: &bytes) }
            bytes.reserveCapacity(bytes.count + 8 * value.count)
            for x in value.scalars { append(x.bitPattern, to: &bytes) }
        }
        return bytes
    }

    /// The parameters in the bytes of a parameter file; throws `ParameterFileError` for anything
    /// that is not a complete, well-formed version-1 file.
    public static func decode(_ bytes: [UInt8]) throws -> [String: NDArray] {
        if bytes.isEmpty { throw ParameterFileError.empty }
        var reader = ByteReader(bytes: bytes)
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            throw ParameterFileError.notAParameterFile
        }
        reader.offset = magic.count
        let fileVersion = try reader.readUInt32("the version")
        guard fileVersion == version else { throw ParameterFileError.unsupportedVersion(fileVersion) }
        let count = try reader.readUInt32("the parameter count")
        var parameters: [String: NDArray] = [:]
        for index in 0..<Int(count) {
            let nameLength = Int(try reader.readUInt32("the name length of parameter \(index + 1)"))
            guard (1...1024).contains(nameLength) else {
                throw ParameterFileError.malformed("parameter \(index + 1) has a name of \(nameLength) bytes")
            }
            // Decoding repairs invalid UTF-8 with U+FFFD; a name that does not re-encode to the same
            // bytes was not UTF-8. (String(validating:) would say so directly, but needs macOS 15.)
            let nameBytes = Array(try reader.read(nameLength, "the name of parameter \(index + 1)"))
            let name = String(decoding: nameBytes, as: UTF8.self)
            guard Array(name.utf8) == nameBytes else {
                throw ParameterFileError.malformed("the name of parameter \(index + 1) is not UTF-8")
            }
            guard parameters[name] == nil else { throw ParameterFileError.malformed("parameter \(name) appears twice") }
            let rank = Int(try reader.readUInt32("the rank of \(name)"))
            guard rank <= 32 else { throw ParameterFileError.malformed("\(name) has rank \(rank)") }
            var shape: [Int] = []
            var elementCount = 1
            for axis in 0..<rank {
                let length = try reader.readUInt64("dimension \(axis) of \(name)")
                // More elements than bytes left in the file cannot be right (and must not overflow Int).
                let (product, overflow) = elementCount.multipliedReportingOverflow(by: Int(clamping: length))
                guard !overflow, length <= UInt64(bytes.count) else {
                    throw ParameterFileError.malformed("\(name) has an impossible dimension \(length)")
                }
                shape.append(Int(length))
                elementCount = product
            }
            guard elementCount <= (bytes.count - reader.offset) / 8 else {
                throw ParameterFileError.truncated(field: "the values of \(name)", offset: bytes.count)
            }
            var values = [Double](repeating: 0, count: elementCount)
            for i in 0..<elementCount { values[i] = Double(bitPattern: try reader.readUInt64("the values of \(name)")) }
            parameters[name] = NDArray(shape: shape, scalars: values)
        }
        guard reader.offset == bytes.count else { throw ParameterFileError.trailingBytes(bytes.count - reader.offset) }
        return parameters
    }

    /// Writes `parameters` to the file at `path`, replacing it.
    ///
    /// The bytes go to a temporary file in the same folder, which is then renamed to `path`: a
    /// rename within a folder is atomic, so an interrupted save leaves the old file or the new
    /// one, never half a file. Throws `.io` with the reason in plain words.
    public static func save(_ parameters: [String: NDArray], to path: String) throws {
        if let problem = FileProblem.writing(path) { throw ParameterFileError.io(path: path, reason: problem) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let temporary = folder + "/.\(URL(fileURLWithPath: path).lastPathComponent).partial-\(UUID().uuidString)"
        do {
            try Data(encode(parameters)).write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ParameterFileError.io(path: path, reason: "could not be written (is the disk full?)")
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ParameterFileError.io(path: path, reason: "could not replace the file")
        }
    }

    /// The parameters stored in the file at `path`.
    public static func load(from path: String) throws -> [String: NDArray] {
        if let problem = FileProblem.reading(path) { throw ParameterFileError.io(path: path, reason: problem) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ParameterFileError.io(path: path, reason: "could not be read")
        }
        return try decode([UInt8](data))
    }

    /// Loads the file at `path` into `network`, after checking that names and shapes match exactly.
    public static func load(from path: String, into network: inout some Network) throws {
        let loaded = try load(from: path)
        try checkCompatible(loaded, with: network.params)
        network.params = loaded
    }

    /// Throws unless `loaded` has exactly the names of `expected`, each with the same shape.
    public static func checkCompatible(_ loaded: [String: NDArray], with expected: [String: NDArray]) throws {
        let missing = ParameterNames.ordered(Set(expected.keys).subtracting(loaded.keys))
        let unexpected = ParameterNames.ordered(Set(loaded.keys).subtracting(expected.keys))
        guard missing.isEmpty && unexpected.isEmpty else {
            throw ParameterFileError.namesDiffer(missing: missing, unexpected: unexpected)
        }
        for name in ParameterNames.ordered(expected.keys) where expected[name]!.shape != loaded[name]!.shape {
            throw ParameterFileError.shapeMismatch(
                name: name, expected: expected[name]!.shape, found: loaded[name]!.shape)
        }
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        // Least significant byte first: little-endian whatever the machine's own order.
        for shift in stride(from: 0, to: T.bitWidth, by: 8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }
}

/// Reads little-endian integers from a byte array, throwing `.truncated` at the end.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func read(_ count: Int, _ field: String) throws -> ArraySlice<UInt8> {
        guard count <= bytes.count - offset else {
            throw ParameterFileError.truncated(field: field, offset: bytes.count)
        }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func readUInt32(_ field: String) throws -> UInt32 {
        try read(4, field).reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func readUInt64(_ field: String) throws -> UInt64 {
        try read(8, field).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
