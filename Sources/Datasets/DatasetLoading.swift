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
    func path(_ file: String) -> String { DataLocation.join(folder, file) }
    let train = try loadImages(name, images: path(IDXFileNames.trainImages), labels: path(IDXFileNames.trainLabels))
    let test = try loadImages(name, images: path(IDXFileNames.testImages), labels: path(IDXFileNames.testLabels))
    if train.rows != test.rows || train.columns != test.columns {
        throw IDXError.shapeMismatch(
            file: path(IDXFileNames.trainImages), rows: train.rows, columns: train.columns,
            otherFile: path(IDXFileNames.testImages), otherRows: test.rows, otherColumns: test.columns)
    }
    return TrainTestSets(name: name, train: train, test: test)
}

/// One images file and its labels file as a data set, checked against each other.
func loadImages(_ name: DatasetName, images imagesPath: String, labels labelsPath: String) throws(IDXError)
    -> ImageDataset
{
    let images = try IDX.parseImages(readBytes(imagesPath), file: imagesPath, maximumPixel: name.maximumPixel)
    let labels = try IDX.parseLabels(readBytes(labelsPath), file: labelsPath, classCount: name.classCount)
    if images.count != labels.count {
        throw .countMismatch(imagesFile: imagesPath, images: images.count, labelsFile: labelsPath, labels: labels.count)
    }
    return ImageDataset(
        pixels: images.pixels, labels: labels, rows: images.rows, columns: images.columns,
        maximumPixel: name.maximumPixel, classCount: name.classCount)
}

/// The bytes of a file; Foundation is used for this and nothing else.
func readBytes(_ path: String) throws(IDXError) -> [UInt8] {
    do {
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
        throw .unreadable(file: path, reason: error.localizedDescription)
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
            if !archives.isEmpty {
                throw .compressed(dataset: name, folder: folder, archives: archives)
            }
        }
        // Report the files missing from the folder that came closest (all four when none has any).
        let missingPerFolder = folders.map { folder in IDXFileNames.all.filter { !exists(folder, $0) } }
        let fewest = missingPerFolder.min { $0.count < $1.count } ?? IDXFileNames.all
        throw .missing(dataset: name, searched: folders, missingFiles: fewest)
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
