import Testing

@testable import Datasets

/// `count` images of `rows`×`columns` pixels; labels cycle through `classes`.
func syntheticSets(train count: Int, test testCount: Int = 5, rows: Int = 8, columns: Int = 8, classes: Int = 10)
    -> TrainTestSets
{
    func images(_ n: Int) -> ImageDataset {
        ImageDataset(
            pixels: (0..<(n * rows * columns)).map { UInt8($0 % 17) }, labels: (0..<n).map { $0 % classes },
            rows: rows, columns: columns, maximumPixel: 16, classCount: 10)
    }
    return TrainTestSets(name: .digits, train: images(count), test: images(testCount))
}

@Test func countsAreCheckedAtTheBoundary() {
    let needs = DataRequirements(trainingImages: 500, testImages: 5)
    #expect(needs.shortfalls(of: syntheticSets(train: 500)).isEmpty)
    #expect(needs.shortfalls(of: syntheticSets(train: 499)) == ["at least 500 training images"])
    #expect(needs.shortfalls(of: syntheticSets(train: 500, test: 4)) == ["at least 5 test images"])
}

@Test func classesAndImagesPerClassAreChecked() {
    let needs = DataRequirements(trainingClasses: 2, imagesPerClass: 3)
    #expect(needs.shortfalls(of: syntheticSets(train: 6, classes: 2)).isEmpty)
    #expect(needs.shortfalls(of: syntheticSets(train: 5, classes: 2)) == ["at least 3 training images of each class"])
    #expect(
        needs.shortfalls(of: syntheticSets(train: 6, classes: 1))
            == ["training images of at least 2 classes"])
}

@Test func shapesAreChecked() {
    let needs = DataRequirements(squareImages: true, minimumSide: 2)
    #expect(needs.shortfalls(of: syntheticSets(train: 3, rows: 2, columns: 2)).isEmpty)
    #expect(needs.shortfalls(of: syntheticSets(train: 3, rows: 8, columns: 4)) == ["square images"])
    #expect(needs.shortfalls(of: syntheticSets(train: 3, rows: 1, columns: 1)) == ["images of at least 2×2 pixels"])
    #expect(
        needs.shortfalls(of: syntheticSets(train: 3, rows: 1, columns: 3))
            == ["square images", "images of at least 2×2 pixels"])
}

@Test func theMessageSaysWhatWasFoundAndWhatIsNeeded() {
    let error = #expect(throws: DataRequirementsError.self) {
        try DataRequirements(trainingImages: 3).check(syntheticSets(train: 2, classes: 2))
    }
    #expect(
        error?.description
            == "the data has 2 training and 5 test images of 8×8 pixels, 2 classes in training "
            + "(fewest images of one: 1); this chapter needs at least 3 training images")
    #expect(DataRequirements().shortfalls(of: syntheticSets(train: 1, test: 1, rows: 1, columns: 1)).isEmpty)
}
