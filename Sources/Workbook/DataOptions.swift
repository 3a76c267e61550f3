import Datasets

/// The data options of every chapter that trains: `--dataset digits|mnist|fashion` and `--data-dir PATH`.
///
/// An option group: declare with `options(…)`, read back with `init(_:)`, then `loadOrExit()`
/// gives the training and test sets or stops with one clear line:
///
///     let epochs = Option.epochs(default: 20, help: "passes over the training set")
///     let parser = OptionParser(
///         program: "ch05-backprop", summary: "…", defaultSeed: 5, options: DataOptions.options() + [epochs])
///     let parsed = parser.parseOrExit()
///     let data = DataOptions(parsed).loadOrExit().normalized()
public struct DataOptions: Sendable, Equatable {
    /// The data set to train on (`--dataset`).
    public var dataset: DatasetName
    /// The folder holding its four IDX files (`--data-dir`); nil looks in `Data/<dataset>`.
    public var dataDirectory: String?

    /// Options with the given values.
    public init(dataset: DatasetName, dataDirectory: String? = nil) {
        self.dataset = dataset
        self.dataDirectory = dataDirectory
    }

    /// `--dataset`, read back as a `DatasetName`; its default here is the bundled digits.
    static func datasetOption(default dataset: DatasetName = .digits) -> Option<DatasetName> {
        .choice(
            "dataset", default: dataset,
            help: "the images to learn from (digits ship with the workbook; mnist, fashion: see Data/README.md)")
    }

    /// `--data-dir`; empty when not given.
    static let directoryOption = Option.string(
        "data-dir", default: "", placeholder: "PATH",
        help: "the folder holding the data set's four IDX files (default: Data/<dataset>)")

    /// The declarations of `--dataset` (defaulting to `dataset`) and `--data-dir`.
    public static func options(dataset: DatasetName = .digits) -> [any CommandLineOption] {
        [datasetOption(default: dataset), directoryOption]
    }

    /// The values of `--dataset` and `--data-dir`, which must have been declared with `options`.
    public init(_ parsed: ParsedOptions) {
        let directory = parsed[DataOptions.directoryOption]
        self.init(dataset: parsed[DataOptions.datasetOption()], dataDirectory: directory.isEmpty ? nil : directory)
    }

    /// The chosen data set's training and test images, checked file by file; throws a
    /// `DataFilesError` or `IDXError` whose description says what is wrong and what to do.
    public func load() throws -> TrainTestSets {
        try loadDataset(dataset, dataDirectory: dataDirectory)
    }

    /// The chosen data set, or the end of the run: one line on stderr saying what was expected
    /// and how to get it, and exit status 1 (missing or corrupt data is not a typing mistake).
    ///
    /// `requirements` are what the chapter needs of the data (counts, square images, size); data
    /// that falls short also ends the run with one line, saying what was found and what is needed.
    /// Images of another size than the named data set's usual one are accepted, with a note on stderr.
    public func loadOrExit(requiring requirements: DataRequirements = DataRequirements()) -> TrainTestSets {
        let sets: TrainTestSets
        do {
            sets = try load()
            try requirements.check(sets)
        } catch let error as DataRequirementsError {
            fail("\(dataset) in \(folderDescription): \(error)")
        } catch {
            fail(String(describing: error))
        }
        if let note = DataOptions.unusualSizeNote(sets, in: folderDescription) { printToStandardError(note) }
        return sets
    }

    /// The folder the reader named, or the default, for messages.
    var folderDescription: String { dataDirectory ?? "Data/\(dataset.folder)" }

    /// A line saying the images are not the named data set's usual size, or nil when they are.
    static func unusualSizeNote(_ sets: TrainTestSets, in folder: String) -> String? {
        let side = sets.name.imageSide
        guard sets.train.rows != side || sets.train.columns != side else { return nil }
        return "note: \(folder) holds images of \(sets.train.rows)×\(sets.train.columns) pixels, "
            + "not the \(side)×\(side) of \(sets.name); going on with them as \(sets.name)"
    }
}
