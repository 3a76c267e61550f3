/// Why a data set's files could not be found. The message says where the loader looked and how to get them.
public enum DataFilesError: Error, Equatable, Sendable, CustomStringConvertible {
    /// None of the folders searched holds all four files.
    case missing(dataset: DatasetName, searched: [String], missingFiles: [String])
    /// A folder holds the gzipped files but not the unpacked ones.
    case compressed(dataset: DatasetName, folder: String, archives: [String])
    /// A folder holds files named `.gz` that are not gzip-compressed (already unpacked, or something else).
    case notCompressed(dataset: DatasetName, folder: String, files: [String])

    /// One line: what is missing, where the loader looked, what to do.
    public var description: String {
        switch self {
        case .missing(let dataset, let searched, let missingFiles):
            let files =
                missingFiles.count == IDXFileNames.all.count
                ? "its four IDX files" : missingFiles.joined(separator: ", ")
            return "\(dataset): cannot find \(files); looked in \(searched.joined(separator: " and ")); "
                + dataset.howToGet
        case .compressed(let dataset, let folder, let archives):
            return "\(dataset): \(folder) holds \(archives.joined(separator: ", ")) but not the unpacked files; "
                + "unpack them with `gunzip \(folder)/*.gz`"
        case .notCompressed(let dataset, let folder, let files):
            let names = files.joined(separator: ", ")
            return
                "\(dataset): \(folder) holds \(names) but \(files.count == 1 ? "it is" : "they are") not gzip-compressed; "
                + "if \(files.count == 1 ? "it is an IDX file" : "they are IDX files"), remove the .gz from the name"
        }
    }
}
