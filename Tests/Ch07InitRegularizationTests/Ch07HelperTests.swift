import Datasets
import NeuralNet
import NumSwift
import Testing

@testable import ch07_init_regularization
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

@Test func smallWeightsShrinkTheSignalTenfoldPerLayer() {
    // Inputs of variance 1, weights of variance 1e-4, 100 terms: each layer's variance is 100 · 1e-4 = 0.01
    // times the last one, so its standard deviation 0.1 times (tanh is the identity this close to 0).
    var generator = SeededGenerator(seed: 1)
    let inputs = NDArray.randn([1_000, 100], using: &generator)
    let layers = activationsThroughLayers(
        inputs: inputs, layers: 4, initialization: .standardDeviation(0.01), activation: .tanh, using: &generator)
    #expect(layers.count == 4 && layers.allSatisfy { $0.shape == [1_000, 100] })
    for (index, layer) in layers.enumerated() {
        let expected = pow(0.1, Double(index + 1))
        #expect(Swift.abs(layer.standardDeviation() / expected - 1) < 0.1, "layer \(index + 1)")
    }
}

@Test func reluHistogramsLeaveOutExactZerosOnly() {
    let layer = NDArray([0, 0.5, 0, 2, 1e-300])
    #expect(histogramValues(.relu, layer) == [0.5, 2, 1e-300])
    #expect(histogramValues(.tanh, layer) == layer.scalars)
    #expect(histogramRange(.relu, of: [layer]) == 0...2)
    #expect(histogramRange(.sigmoid, of: [layer]) == 0...1)
}

/// A run that ended with these accuracies (the curves do not matter to the verdicts).
private func run(train: Double, test: Double) -> RegularizedRun {
    RegularizedRun(
        trainAccuracies: [train], testAccuracies: [test], testLosses: [0.5], epochs: 1, keptEpoch: 1,
        finalTrainAccuracy: train, finalTestAccuracy: test, finalTrainLoss: 0.1, finalTestLoss: 0.5)
}

@Test func cureVerdictsSortCuresByWhatTheyDoToTheGap() {
    let verdicts = CureVerdicts(
        plain: run(train: 1, test: 0.8),
        cures: [
            ("decay", run(train: 1, test: 0.85)),  // gap 0.15: narrower, test up
            ("shifts", run(train: 0.85, test: 0.78)),  // gap 0.07: narrower, test down
            ("dropout", run(train: 1, test: 0.798)),  // gap 0.202: as wide, within the tolerance
        ])
    let groups = verdicts.groups
    #expect(groups.helping.count == 1 && groups.helping[0].hasPrefix("decay"))
    #expect(groups.onlyNarrowing.count == 1 && groups.onlyNarrowing[0].hasPrefix("shifts"))
    #expect(groups.notNarrowing.count == 1 && groups.notNarrowing[0].hasPrefix("dropout"))
    let paragraph = verdicts.paragraph(plainName: "the plain net")
    #expect(paragraph.contains("Decay narrows the gap and lifts the test accuracy."))
    #expect(paragraph.contains("Shifts narrows the gap only by pulling the training accuracy down"))
    #expect(paragraph.contains("The best, decay, is worth 5.0 points"))
}

@Test func cureListsReadAsASentence() {
    #expect(CureVerdicts.list(["a"]) == "A")
    #expect(CureVerdicts.list(["a", "b"]) == "A and b")
    #expect(CureVerdicts.list(["a", "b", "c"]) == "A, b and c")
}

/// `count` training images (and 10 test images) of `rows`×`columns`, labels cycling through `classes`.
private func sets(train count: Int, rows: Int = 8, columns: Int = 8, classes: Int = 10) -> TrainTestSets {
    func images(_ n: Int) -> ImageDataset {
        ImageDataset(
            pixels: Array(repeating: 3, count: n * rows * columns), labels: (0..<n).map { $0 % classes },
            rows: rows, columns: columns, maximumPixel: 16, classCount: 10)
    }
    return TrainTestSets(name: .digits, train: images(count), test: images(10))
}

@Test func theChapterNeeds500TrainingImagesOfTwoClassesSquareAndAtLeast2x2() {
    #expect(dataRequirements.shortfalls(of: sets(train: 500)).isEmpty)
    #expect(dataRequirements.shortfalls(of: sets(train: 500, rows: 2, columns: 2)).isEmpty)
    #expect(dataRequirements.shortfalls(of: sets(train: 499)) == ["at least 500 training images"])
    #expect(dataRequirements.shortfalls(of: sets(train: 500, classes: 1)) == ["training images of at least 2 classes"])
    #expect(dataRequirements.shortfalls(of: sets(train: 500, rows: 8, columns: 4)) == ["square images"])
    #expect(dataRequirements.shortfalls(of: sets(train: 500, rows: 1, columns: 1)) == ["images of at least 2×2 pixels"])
    #expect(dataRequirements.shortfalls(of: sets(train: 1)).count == 2)
}
