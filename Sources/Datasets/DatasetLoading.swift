import Foundation

/// Loads the training and test images of a data set, checking every file.
///
/// Where it looks, in order, taking the first folder that holds all four files:
/// - with `dataDirectory`: that folder, then its subfolder named after the data set
///   (`PATH/mnist`); nowhere else, so that an explicit folder is never silently replaced;
/// - without: `Data/<name>` under the current directory (where `swift run` starts), then
///   `Data/<name>` in the package this source file was compiled from (for `swift test`
///   and for the binary run from elsewhere).
///
/// Throws `DataFilesError` when no folder has the files (or only their `.gz`), and
/// `IDXError` when a file is unreadable or malformed.
public func loadDataset(_ name: DatasetName, dataDirectory: String? = nil) throws -> TrainTestSets {
    let folders = DataLocation.candidateFolders(for: name, dataDirectory: dataDirectory)
    let folder = try DataLocation.folderHoldingFiles(of: name, among: folders)
    let files = try IDXFileNames.all.map { file throws(IDXError) in
        let path = DataLocation.join(folder, file)
        return (path: path, bytes: try readBytes(path))
    }
    return try trainTestSets(name, files: files)
}

/// The training and test sets in the bytes of the four files (in `IDXFileNames.all` order), each
/// checked, and checked against the others: one label per image, the same image size in both sets.
/// A pure function of the bytes, so that tests can feed it any mutation of a real file.
func trainTestSets(_ name: DatasetName, files: [(path: String, bytes: [UInt8])]) throws(IDXError) -> TrainTestSets {
    precondition(files.count == 4, "a data set has four files, got \(files.count)")
    let train = try imageDataset(name, images: files[0], labels: files[1])
    let test = try imageDataset(name, images: files[2], labels: files[3])
    if train.rows != test.rows || train.columns != test.columns {
        throw IDXError.shapeMismatch(
            file: files[0].path, rows: train.rows, columns: train.columns,
            otherFile: files[2].path, otherRows: test.rows, otherColumns: test.columns)
    }
    return TrainTestSets(name: name, train: train, test: test)
}

/// One images file and its labels file as a data set, checked against each other.
func imageDataset(
    _ name: DatasetName, images imagesFile: (path: String, bytes: [UInt8]),
    labels labelsFile: (path: String, bytes: [UInt8])
) throws(IDXError) -> ImageDataset {
    let images = try IDX.parseImages(imagesFile.bytes, file: imagesFile.path, maximumPixel: name.maximumPixel)
    let labels = try IDX.parseLabels(labelsFile.bytes, file: labelsFile.path, classCount: name.classCount)
    if images.count != labels.count {
        throw .countMismatch(
            imagesFile: imagesFile.path, images: images.count, labelsFile: labelsFile.path, labels: labels.count)
    }
    return ImageDataset(
        pixels: images.pixels, labels: labels, rows: images.rows, columns: images.columns,
        maximumPixel: name.maximumPixel, classCount: name.classCount)
}

/// The bytes of a file; Foundation is used for this and nothing else.
///
/// The checks come first so that the message says in plain words what is wrong with the path
/// (a folder, a FIFO or a device such as /dev/zero would otherwise read as a permission problem,
/// or never end).
func readBytes(_ path: String) throws(IDXError) -> [UInt8] {
    if let problem = FileProblem.reading(path) { throw .unreadable(file: path, reason: problem) }
    do {
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
        throw .unreadable(file: path, reason: "could not be read")
    }
}

/// What stands in the way of reading or writing a path, in plain words.
public enum FileProblem {
    /// Why the file at `path` cannot be read ("does not exist", "is a directory", "is not a regular
    /// file", "is not readable (permission denied)"), or nil when it looks readable.
    public static func reading(_ path: String) -> String? {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isFolder) else { return "does not exist" }
        if isFolder.boolValue { return "is a directory" }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let type = (try? fileManager.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
        if type != .typeRegular { return "is not a regular file (a device, a pipe or a socket)" }
        if !fileManager.isReadableFile(atPath: path) { return "is not readable (permission denied)" }
        return nil
    }

    /// Why a file cannot be written at `path` ("is a directory", "the folder … does not exist",
    /// "permission denied"), or nil when it looks writable; nothing is created.
    public static func writing(_ path: String) -> String? {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if path.isEmpty { return "the path is empty" }
        if path.hasSuffix("/") || fileManager.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue {
            return "is a directory"
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard fileManager.fileExists(atPath: folder, isDirectory: &isFolder) else {
            return "the folder \(folder) does not exist"
        }
        if !isFolder.boolValue { return "\(folder) is not a folder" }
        if !fileManager.isWritableFile(atPath: folder) { return "permission denied to write in \(folder)" }
        if fileManager.fileExists(atPath: path) && !fileManager.isWritableFile(atPath: path) {
            return "permission denied"
        }
        return nil
    }
}

/// Where the data folders are.
enum DataLocation {
    /// The package root, three levels above this file (`Sources/Datasets/DatasetLoading.swift`).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The folders to search, in order, as absolute paths without duplicates.
    static func candidateFolders(for name: DatasetName, dataDirectory: String?) -> [String] {
        let current = FileManager.default.currentDirectoryPath
        let folders: [String]
        if let dataDirectory {
            let absolute = absolutePath(dataDirectory, relativeTo: current)
            folders = [absolute, join(absolute, name.folder)]
        } else {
            folders = [current, packageRoot].map { join(join($0, "Data"), name.folder) }
        }
        return folders.reduce(into: []) { unique, folder in
            if !unique.contains(folder) { unique.append(folder) }
        }
    }

    /// The first folder holding all four files; otherwise the error that best says what to do.
    static func folderHoldingFiles(of name: DatasetName, among folders: [String]) throws(DataFilesError) -> String {
        let fileManager = FileManager.default
        func exists(_ folder: String, _ file: String) -> Bool {
            fileManager.fileExists(atPath: join(folder, file))
        }
        if let folder = folders.first(where: { folder in IDXFileNames.all.allSatisfy { exists(folder, $0) } }) {
            return folder
        }
        for folder in folders {
            let missing = IDXFileNames.all.filter { !exists(folder, $0) }
            let archives = missing.map { $0 + ".gz" }.filter { exists(folder, $0) }
            // A file named .gz that does not start with gzip's magic bytes is not told to gunzip.
            let notGzip = archives.filter { !isGzip(join(folder, $0)) }
            if !notGzip.isEmpty {
                throw .notCompressed(dataset: name, folder: folder, files: notGzip)
            }
            if !archives.isEmpty {
                throw .compressed(dataset: name, folder: folder, archives: archives)
            }
        }
        // Report the files missing from the folder that came closest (all four when none has any).
        let missingPerFolder = folders.map { folder in IDXFileNames.all.filter { !exists(folder, $0) } }
        let fewest = missingPerFolder.min { $0.count < $1.count } ?? IDXFileNames.all
        throw .missing(dataset: name, searched: folders, missingFiles: fewest)
    }

    /// Whether the file at `path` starts with gzip's magic bytes 1F 8B.
    static func isGzip(_ path: String) -> Bool {
        guard let file = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? file.close() }
        return (try? file.read(upToCount: 2)) == Data([0x1F, 0x8B])
    }

    /// `path` made absolute against `base`, with `.` and `..` resolved.
    static func absolutePath(_ path: String, relativeTo base: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: base, isDirectory: true)).standardizedFileURL.path
    }

    /// `folder/file`, with exactly one slash between them.
    static func join(_ folder: String, _ file: String) -> String {
        folder.hasSuffix("/") ? folder + file : folder + "/" + file
    }
}
