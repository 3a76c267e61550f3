import Foundation
import Testing

@testable import Datasets

private typealias Files = IDXTestFiles

@Test func missingMNISTSaysWhereItLookedAndHowToGetIt() {
    let error = #expect(throws: DataFilesError.self) { try loadDataset(.mnist, dataDirectory: "/nonexistent") }
    #expect(
        error?.description
            == "mnist: cannot find its four IDX files; looked in /nonexistent and /nonexistent/mnist; "
            + "fetch them with `sh Data/get-mnist.sh` (see Data/mnist/README.md) or pass --data-dir PATH")
}

@Test func missingFashionPointsAtItsOwnScript() {
    let error = #expect(throws: DataFilesError.self) { try loadDataset(.fashion, dataDirectory: "/nonexistent") }
    #expect(error?.description.contains("sh Data/get-fashion.sh") == true)
}

@Test func withoutADataDirectoryTheLoaderLooksUnderDataInTwoPlaces() {
    let folders = DataLocation.candidateFolders(for: .mnist, dataDirectory: nil)
    let current = FileManager.default.currentDirectoryPath
    let expected = [current + "/Data/mnist", DataLocation.packageRoot + "/Data/mnist"]
    // Under `swift test` the current folder is usually the package root, and then the two coincide.
    #expect(folders == (expected[0] == expected[1] ? [expected[0]] : expected))
}

@Test func relativeDataDirectoriesAreResolvedAgainstTheCurrentFolder() {
    #expect(DataLocation.absolutePath("a/../b", relativeTo: "/x/y") == "/x/y/b")
    #expect(DataLocation.absolutePath("/abs/c", relativeTo: "/x") == "/abs/c")
}

@Test func onlyGzippedFilesSayToGunzipThem() throws {
    let folder = try Files.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Files.write(Dictionary(uniqueKeysWithValues: IDXFileNames.all.map { ($0 + ".gz", [0x1F, 0x8B]) }), to: folder)
    let error = #expect(throws: DataFilesError.self) { try loadDataset(.mnist, dataDirectory: folder) }
    #expect(
        error?.description
            == "mnist: \(folder) holds train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, "
            + "t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz but not the unpacked files; "
            + "unpack them with `gunzip \(folder)/*.gz`")
}

@Test func aRawFileNamedGzIsNotToldToGunzip() throws {
    let folder = try Files.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var files = Files.tinyMNIST
    files["train-images-idx3-ubyte.gz"] = files.removeValue(forKey: "train-images-idx3-ubyte")
    try Files.write(files, to: folder)
    let error = #expect(throws: DataFilesError.self) { try loadDataset(.mnist, dataDirectory: folder) }
    #expect(
        error?.description
            == "mnist: \(folder) holds train-images-idx3-ubyte.gz but it is not gzip-compressed; "
            + "if it is an IDX file, remove the .gz from the name")
}

@Test func aFolderMissingOneFileNamesThatFile() throws {
    let folder = try Files.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var files = Files.tinyMNIST
    files["t10k-labels-idx1-ubyte"] = nil
    try Files.write(files, to: folder)
    let error = #expect(throws: DataFilesError.self) { try loadDataset(.mnist, dataDirectory: folder) }
    #expect(error?.description.hasPrefix("mnist: cannot find t10k-labels-idx1-ubyte; looked in \(folder) and") == true)
}

@Test func loadsSmallMNISTFormatFilesFromADataDirectory() throws {
    let folder = try Files.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Files.write(Files.tinyMNIST, to: folder)
    let sets = try loadDataset(.mnist, dataDirectory: folder)
    #expect(sets.name == .mnist)
    #expect(sets.train.count == 3)
    #expect(sets.test.count == 2)
    #expect(sets.train.labels == [7, 0, 9])
    #expect(sets.train.maximumPixel == 255)
    // Image 1 holds the bytes 6·15 … 11·15 = 90 … 165; scaled by 1/255.
    let (features, labels) = sets.train.batch([1])
    #expect(features.shape == [1, 6])
    #expect(features.scalars == [90, 105, 120, 135, 150, 165].map { $0 / 255.0 })
    #expect(labels == [0])
}

@Test func aDataDirectoryMayHoldTheDataSetInASubfolder() throws {
    let root = try Files.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root + "/fashion", withIntermediateDirectories: true)
    try Files.write(Files.tinyMNIST, to: root + "/fashion")
    #expect(try loadDataset(.fashion, dataDirectory: root).test.labels == [1, 2])
}

@Test func imageAndLabelCountsMustAgree() throws {
    let folder = try Files.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var files = Files.tinyMNIST
    files["train-labels-idx1-ubyte"] = Files.labels([7, 0])
    try Files.write(files, to: folder)
    let error = #expect(throws: IDXError.self) { try loadDataset(.mnist, dataDirectory: folder) }
    #expect(
        error?.description
            == "\(folder)/train-images-idx3-ubyte holds 3 images but \(folder)/train-labels-idx1-ubyte holds "
            + "2 labels; expected one label per image")
}

@Test func trainingAndTestImagesMustHaveOneSize() throws {
    let folder = try Files.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var files = Files.tinyMNIST
    files["t10k-images-idx3-ubyte"] = Files.images(
        count: 2, rows: 3, columns: 2, pixels: Array(repeating: 0, count: 12))
    try Files.write(files, to: folder)
    let error = #expect(throws: IDXError.self) { try loadDataset(.mnist, dataDirectory: folder) }
    #expect(error?.description.contains("holds images of 2×3 pixels but") == true)
    #expect(error?.description.hasSuffix("holds 3×2; expected the same size in both") == true)
}

@Test func aCorruptFileInTheFolderIsReportedByName() throws {
    let folder = try Files.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var files = Files.tinyMNIST
    files["t10k-images-idx3-ubyte"] = []
    try Files.write(files, to: folder)
    let error = #expect(throws: IDXError.self) { try loadDataset(.mnist, dataDirectory: folder) }
    #expect(error == .empty(file: folder + "/t10k-images-idx3-ubyte", kind: .images))
}

@Test func anUnreadableFileIsReportedByName() {
    let error = #expect(throws: IDXError.self) { try readBytes("/nonexistent/file") }
    #expect(error?.description == "cannot read /nonexistent/file: it does not exist")
}

@Test(arguments: [
    ("/tmp", "is a directory"), ("/dev/zero", "is not a regular file (a device, a pipe or a socket)"),
    ("/nonexistent/file", "does not exist"),
])
func unreadablePathsAreDescribedInPlainWords(path: String, problem: String) {
    #expect(FileProblem.reading(path) == problem)
    let error = #expect(throws: IDXError.self) { try readBytes(path) }
    #expect(error?.description == "cannot read \(path): it \(problem)")
}

@Test func writablePathsAreCheckedBeforeAnythingIsWritten() {
    #expect(FileProblem.writing("/tmp") == "is a directory")
    #expect(FileProblem.writing("/nonexistent/params.bin") == "the folder /nonexistent does not exist")
    #expect(FileProblem.writing("/dev/null/params.bin") == "/dev/null is not a folder")
    #expect(FileProblem.writing(NSTemporaryDirectory() + "/h3-new-file.bin") == nil)
}
