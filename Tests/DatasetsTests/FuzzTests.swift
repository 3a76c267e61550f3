import NumSwift
import Testing

@testable import Datasets

/// Thousands of seeded mutations of the bundled digits files go through the loader and the data
/// checks, in-process: each must load and pass, or be refused with a typed error whose message is
/// one line. Nothing may trap (a trap ends the whole test run, so it cannot go unnoticed).
struct LoaderFuzzTests {
    /// The four bundled files, in `IDXFileNames.all` order.
    static let files: [(path: String, bytes: [UInt8])] = IDXFileNames.all.map { name in
        let path = DataLocation.join(DataLocation.join(DataLocation.packageRoot, "Data/digits"), name)
        return (path, (try? readBytes(path)) ?? [])
    }

    /// Requirements of the kinds the chapters state, from none to the strictest.
    static let requirements = [
        DataRequirements(),
        DataRequirements(trainingImages: 3),
        DataRequirements(trainingImages: 500, trainingClasses: 2, squareImages: true, minimumSide: 2),
        DataRequirements(testImages: 100, trainingClasses: 10, imagesPerClass: 20),
    ]

    /// One mutation of the files. Some break a file (the loader must refuse it); the consistent
    /// ones (fewer images, another shape) make data the loader accepts, for the checks to judge.
    enum Mutation: CaseIterable {
        case flipBytes, truncate, editHeader, setCount, setShape, appendBytes, keepFirstImages, reshape, setLabel
    }

    @Test func mutatedFilesLoadOrFailWithAMessage() throws {
        try #require(Self.files.allSatisfy { !$0.bytes.isEmpty }, "the bundled digits are missing")
        var generator = SeededGenerator(seed: 2026)
        var accepted = 0
        var refusedByLoader = 0
        var refusedByChecks = 0
        for _ in 0..<2_400 {
            let mutation = Mutation.allCases[generator.nextInt(below: Mutation.allCases.count)]
            let files = Self.mutate(Self.files, by: mutation, using: &generator)
            do {
                let sets = try trainTestSets(.digits, files: files)
                for requirement in Self.requirements {
                    do {
                        try requirement.check(sets)
                        Self.exercise(sets)
                        accepted += 1
                    } catch {
                        #expect(Self.isOneLine(error.description), "\(mutation): \(error)")
                        refusedByChecks += 1
                    }
                }
            } catch {
                #expect(Self.isOneLine(error.description), "\(mutation): \(error)")
                refusedByLoader += 1
            }
        }
        // Each outcome must occur often, or the mutations test less than they seem to.
        #expect(accepted > 500 && refusedByLoader > 500 && refusedByChecks > 200)
    }

    /// What a chapter does first with data that passed its checks: scale, lay out, batch.
    static func exercise(_ sets: TrainTestSets) {
        let data = sets.normalized().flattened()
        let first = Array(0..<Swift.min(3, data.train.count))
        let batch = data.train.batch(first)
        #expect(batch.features.shape == [first.count, data.train.rows * data.train.columns])
        _ = sets.test.laidOut(.image).batch([data.test.count - 1])
    }

    static func isOneLine(_ message: String) -> Bool {
        !message.isEmpty && !message.contains("\n")
    }

    /// The files with one mutation applied (to one file, or to a set's two files together).
    static func mutate(
        _ files: [(path: String, bytes: [UInt8])], by mutation: Mutation, using generator: inout SeededGenerator
    ) -> [(path: String, bytes: [UInt8])] {
        var files = files
        let which = generator.nextInt(below: 4)
        var bytes = files[which].bytes
        let headerBytes = which.isMultiple(of: 2) ? IDXKind.images.headerBytes : IDXKind.labels.headerBytes
        func setWord(_ value: UInt32, at offset: Int, in target: inout [UInt8]) {
            for k in 0..<4 { target[offset + k] = UInt8(truncatingIfNeeded: value >> (8 * (3 - k))) }
        }
        func randomSize() -> UInt32 {
            [0, 1, 2, 3, 7, 8, 9, 63, 64, 65, 500, 1_437, 0xFFFF_FFFF][generator.nextInt(below: 13)]
        }
        switch mutation {
        case .flipBytes:
            for _ in 0..<(1 + generator.nextInt(below: 4)) {
                bytes[generator.nextInt(below: bytes.count)] ^= UInt8(1 + generator.nextInt(below: 255))
            }
        case .truncate:
            bytes = Array(bytes.prefix(generator.nextInt(below: bytes.count)))
        case .editHeader:
            bytes[generator.nextInt(below: headerBytes)] = UInt8(generator.nextInt(below: 256))
        case .setCount:
            setWord(randomSize(), at: 4, in: &bytes)
        case .setShape:
            if which.isMultiple(of: 2) { setWord(randomSize(), at: 4 * (1 + generator.nextInt(below: 3)), in: &bytes) }
        case .appendBytes:
            bytes += (0..<(1 + generator.nextInt(below: 64))).map { _ in UInt8(generator.nextInt(below: 256)) }
        case .keepFirstImages:
            // A set's images and labels cut to the same count: a smaller valid data set.
            let set = which / 2 * 2
            let count = [1, 2, 3, 9, 100, 499, 500][generator.nextInt(below: 7)]
            let pixelsPerImage = 64
            files[set].bytes = Array(files[set].bytes.prefix(16 + count * pixelsPerImage))
            setWord(UInt32(count), at: 4, in: &files[set].bytes)
            files[set + 1].bytes = Array(files[set + 1].bytes.prefix(8 + count))
            setWord(UInt32(count), at: 4, in: &files[set + 1].bytes)
            return files
        case .reshape:
            // Both image files read as other shapes of 64 pixels (8×8 → 1×64, 2×32, 16×4, 64×1, …).
            let rows = [1, 2, 4, 8, 16, 32, 64][generator.nextInt(below: 7)]
            for set in [0, 2] {
                setWord(UInt32(rows), at: 8, in: &files[set].bytes)
                setWord(UInt32(64 / rows), at: 12, in: &files[set].bytes)
            }
            return files
        case .setLabel:
            if !which.isMultiple(of: 2) {
                bytes[headerBytes + generator.nextInt(below: bytes.count - headerBytes)] = UInt8(
                    generator.nextInt(below: 12))
            }
        }
        files[which].bytes = bytes
        return files
    }
}
