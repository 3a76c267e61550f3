import Testing

@testable import Datasets

@Test func galleryDrawsDigitsSideBySideUnderTheirLabels() {
    // Two 2×2 images, maximum 16. The ramp " .:-=+*#%@" has 10 steps: 0 → " ", 16 → "@", and 8 → step
    // 8/16 · 9 = 4.5, rounded away from zero to 5 → "+". Each pixel is two characters wide, 3 spaces between.
    let images = ImageDataset(
        pixels: [16, 0, 0, 16, 8, 8, 16, 16], labels: [7, 1], rows: 2, columns: 2, maximumPixel: 16, classCount: 10)
    let text = images.gallery([0, 1])
    #expect(text == "7      1\n@@     ++++\n  @@   @@@@")
}

@Test func galleryWrapsToTheWidthAndLeavesNoTrailingSpaces() throws {
    let digits = try loadDataset(.digits).train
    let text = digits.gallery(Array(0..<10), width: 60)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // 16 characters per digit and 3 between them: 3 digits fit in 60 columns, so 4 rows of digits.
    #expect(lines.count == 4 * 9 + 3)
    #expect(lines.allSatisfy { $0.count <= 60 && !$0.hasSuffix(" ") })
    #expect(lines[0] == "0                  1                  2")
    #expect(text.allSatisfy { $0.isASCII })
}

@Test func galleryUsesClassNamesWhenGiven() {
    let images = ImageDataset(pixels: [0], labels: [0], rows: 1, columns: 1, maximumPixel: 255, classCount: 1)
    // One blank pixel, two characters wide: the name is cut to that width, the blank line kept.
    #expect(images.gallery([0], labels: ["T-shirt/top"]) == "T-\n")
}
