import NumSwift

/// Why a parameter file could not be read or does not fit a network.
public enum ParameterFileError: Error, Equatable, CustomStringConvertible {
    /// The file has no bytes at all.
    case empty
    /// The first 8 bytes are not the format's magic.
    case notAParameterFile
    /// A version this code does not know.
    case unsupportedVersion(UInt32)
    /// The file ends before the named field is complete.
    case truncated(field: String, offset: Int)
    /// A field holds an impossible value (an empty or non-UTF-8 name, a huge rank or size, a repeated name).
    case malformed(String)
    /// Bytes follow the last parameter.
    case trailingBytes(Int)
    /// The file's names differ from the network's.
    case namesDiffer(missing: [String], unexpected: [String])
    /// A parameter's shape differs from the network's.
    case shapeMismatch(name: String, expected: [Int], found: [Int])
    /// The file could not be read or written; `reason` says why in plain words ("does not exist").
    case io(path: String, reason: String)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .empty:
            return "not a parameter file: the file is empty"
        case .notAParameterFile:
            return "not a parameter file: it does not start with the magic bytes \"NNPARAMS\""
        case .unsupportedVersion(let version):
            return "unsupported parameter file version \(version) (this code reads version \(ParameterFile.version))"
        case .truncated(let field, let offset):
            return "truncated parameter file: it ends at byte \(offset) in the middle of \(field)"
        case .malformed(let problem):
            return "malformed parameter file: \(problem)"
        case .trailingBytes(let count):
            return "malformed parameter file: \(count) unexpected bytes after the last parameter"
        case .namesDiffer(let missing, let unexpected):
            return "the file's parameters do not fit this network: missing \(missing), unexpected \(unexpected)"
        case .shapeMismatch(let name, let expected, let found):
            return "parameter \(name) has shape \(Shape.describe(found)) in the file, "
                + "the network needs \(Shape.describe(expected))"
        case .io(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
