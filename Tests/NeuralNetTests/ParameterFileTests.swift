import Foundation
import NeuralNet
import NumSwift
import Testing

private func sampleParameters() -> [String: NDArray] {
    var generator = SeededGenerator(seed: 11)
    return [
        "W1": NDArray.randn([3, 4], using: &generator),
        "b1": [0, -0.0, .infinity, -.infinity],
        "W2": NDArray(shape: [4, 1], scalars: [.leastNonzeroMagnitude, .greatestFiniteMagnitude, .pi, .nan]),
        "scale": NDArray(2.5),
        "empty": .zeros([0, 3]),
    ]
}

/// Equal element by element in their bit patterns (NaN included), and in shape.
private func bitwiseEqual(_ a: [String: NDArray], _ b: [String: NDArray]) -> Bool {
    a.keys.sorted() == b.keys.sorted()
        && a.allSatisfy { name, value in
            value.shape == b[name]!.shape && value.scalars.map(\.bitPattern) == b[name]!.scalars.map(\.bitPattern)
        }
}

@Test func theLayoutOfASmallFile() {
    let bytes = ParameterFile.encode(["b": NDArray(1.0)])
    let expected: [UInt8] =
        Array("NNPARAMS".utf8) + [1, 0, 0, 0] + [1, 0, 0, 0]  // version 1, one parameter
        + [1, 0, 0, 0] + [UInt8(ascii: "b")] + [0, 0, 0, 0]  // name "b", rank 0
        + [0, 0, 0, 0, 0, 0, 0xF0, 0x3F]  // 1.0 = 0x3FF0000000000000, little-endian
    #expect(bytes == expected)
}

@Test func roundTripIsBitExact() throws {
    let parameters = sampleParameters()
    #expect(bitwiseEqual(try ParameterFile.decode(ParameterFile.encode(parameters)), parameters))

    let path = FileManager.default.temporaryDirectory.appendingPathComponent("nn-params-\(getpid()).bin").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try ParameterFile.save(parameters, to: path)
    #expect(bitwiseEqual(try ParameterFile.load(from: path), parameters))
}

@Test func everyTruncationIsRejected() {
    let bytes = ParameterFile.encode(sampleParameters())
    for length in 0..<bytes.count {
        do {
            _ = try ParameterFile.decode(Array(bytes[0..<length]))
            Issue.record("a file cut to \(length) of \(bytes.count) bytes was accepted")
        } catch let error as ParameterFileError {
            let expected = length < 8 ? "not a parameter file" : "truncated parameter file: it ends at byte \(length)"
            #expect(error.description.hasPrefix(expected), "\(length) bytes: \(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

@Test func corruptFilesAreRejectedWithAMessage() {
    let good = ParameterFile.encode(["W1": NDArray([[1, 2]])])
    var badMagic = good
    badMagic[0] = UInt8(ascii: "X")
    #expect(throws: ParameterFileError.notAParameterFile) { try ParameterFile.decode(badMagic) }
    var badVersion = good
    badVersion[8] = 2
    #expect(throws: ParameterFileError.unsupportedVersion(2)) { try ParameterFile.decode(badVersion) }
    #expect(throws: ParameterFileError.trailingBytes(1)) { try ParameterFile.decode(good + [0]) }
    var hugeDimension = good
    hugeDimension[8 + 4 + 4 + 4 + 2 + 4 + 7] = 0x7F  // the top byte of the first dimension
    #expect(throws: ParameterFileError.self) { try ParameterFile.decode(hugeDimension) }
    #expect(
        ParameterFileError.unsupportedVersion(2).description
            == "unsupported parameter file version 2 (this code reads version 1)")
}

@Test func loadingChecksNamesAndShapes() throws {
    var generator = SeededGenerator(seed: 3)
    let network = TwoLayerNet(inputSize: 4, hiddenSize: 3, outputSize: 2, generator: &generator)
    try ParameterFile.checkCompatible(network.params, with: network.params)

    var missing = network.params
    missing["b2"] = nil
    missing["W9"] = .zeros([1])
    #expect(throws: ParameterFileError.namesDiffer(missing: ["b2"], unexpected: ["W9"])) {
        try ParameterFile.checkCompatible(missing, with: network.params)
    }
    var reshaped = network.params
    reshaped["W1"] = .zeros([3, 4])
    let error = ParameterFileError.shapeMismatch(name: "W1", expected: [4, 3], found: [3, 4])
    #expect(throws: error) { try ParameterFile.checkCompatible(reshaped, with: network.params) }
    #expect(error.description == "parameter W1 has shape (3,4) in the file, the network needs (4,3)")
}

@Test func aSavedNetworkLoadsIntoAnotherAndPredictsTheSame() throws {
    var generator = SeededGenerator(seed: 4)
    let trained = TwoLayerNet(inputSize: 4, hiddenSize: 3, outputSize: 2, weightInitStd: 1, generator: &generator)
    var fresh = TwoLayerNet(inputSize: 4, hiddenSize: 3, outputSize: 2, generator: &generator)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("nn-net-\(getpid()).bin").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try ParameterFile.save(trained.params, to: path)
    try ParameterFile.load(from: path, into: &fresh)
    let x = NDArray.randn([5, 4], using: &generator)
    #expect(fresh.predict(x) == trained.predict(x))
    #expect(throws: ParameterFileError.self) { try ParameterFile.load(from: path + ".missing") }
}

@Test func emptyFilesAndRandomBytesAreNotParameterFiles() {
    #expect(throws: ParameterFileError.empty) { try ParameterFile.decode([]) }
    #expect(ParameterFileError.empty.description == "not a parameter file: the file is empty")
    var generator = SeededGenerator(seed: 15)
    for length in [1, 7, 8, 100, 4_096] {
        let bytes = (0..<length).map { _ in UInt8(generator.nextInt(below: 256)) }
        #expect(throws: ParameterFileError.notAParameterFile) { try ParameterFile.decode(bytes) }
    }
    // Random bytes after a valid magic: refused with a message, never a trap.
    for _ in 0..<500 {
        let tail = (0..<generator.nextInt(below: 200)).map { _ in UInt8(generator.nextInt(below: 256)) }
        #expect(throws: ParameterFileError.self) {
            try ParameterFile.decode(ParameterFile.magic + [1, 0, 0, 0] + tail)
        }
    }
}

@Test func byteFlipsAreRefusedOrDecodeToTheSameNames() {
    let parameters = sampleParameters()
    let good = ParameterFile.encode(parameters)
    var generator = SeededGenerator(seed: 16)
    for _ in 0..<500 {
        var bytes = good
        bytes[generator.nextInt(below: bytes.count)] ^= UInt8(1 + generator.nextInt(below: 255))
        // A flip in a value or a name's letter still decodes, to as many parameters; a flip in a
        // count, rank or size must be refused (with a message: a trap would end the test run).
        if let decoded = try? ParameterFile.decode(bytes) {
            #expect(decoded.count == parameters.count)
            #expect(decoded.values.map(\.count).sorted() == parameters.values.map(\.count).sorted())
        }
    }
}

/// A fresh folder under the system's temporary folder.
private func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("params-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

@Test func savingReplacesTheFileAndLeavesNothingElseBehind() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/net.bin"
    try ParameterFile.save(["a": NDArray(1.0)], to: path)
    try ParameterFile.save(sampleParameters(), to: path)
    #expect(bitwiseEqual(try ParameterFile.load(from: path), sampleParameters()))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["net.bin"])
}

@Test func unusablePathsAreRefusedInPlainWords() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(throws: ParameterFileError.io(path: folder, reason: "is a directory")) {
        try ParameterFile.save(sampleParameters(), to: folder)
    }
    let missing = folder + "/nowhere/net.bin"
    #expect(throws: ParameterFileError.io(path: missing, reason: "the folder \(folder)/nowhere does not exist")) {
        try ParameterFile.save(sampleParameters(), to: missing)
    }
    #expect(throws: ParameterFileError.io(path: folder, reason: "is a directory")) {
        try ParameterFile.load(from: folder)
    }
    #expect(throws: ParameterFileError.io(path: missing, reason: "does not exist")) {
        try ParameterFile.load(from: missing)
    }
    #expect(ParameterFileError.io(path: missing, reason: "does not exist").description == "\(missing): does not exist")
}

@Test func aFileOfAnotherNetworkShapeIsRefusedWhenLoaded() throws {
    var generator = SeededGenerator(seed: 5)
    let small = TwoLayerNet(inputSize: 4, hiddenSize: 3, outputSize: 2, generator: &generator)
    var large = TwoLayerNet(inputSize: 4, hiddenSize: 5, outputSize: 2, generator: &generator)
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try ParameterFile.save(small.params, to: folder + "/small.bin")
    #expect(throws: ParameterFileError.shapeMismatch(name: "W1", expected: [4, 5], found: [4, 3])) {
        try ParameterFile.load(from: folder + "/small.bin", into: &large)
    }
}
