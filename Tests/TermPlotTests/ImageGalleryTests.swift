import TermPlot
import Testing

@testable import Datasets

/// Two 2×2 images out of a maximum of 16, labelled 7 and 1.
private let twoImages = ImageDataset(
    pixels: [16, 0, 0, 16, 8, 8, 16, 16], labels: [7, 1], rows: 2, columns: 2, maximumPixel: 16, classCount: 10)

@Test func galleryDrawsImagesSideBySideUnderTheirLabels() {
    // The ASCII ramp " .:-=+*#%@" has 10 steps: 0 → " ", 16 → "@", and 8 → step 8/16 · 9 = 4.5,
    // rounded away from zero to 5 → "+". Two characters per pixel, a border, 3 spaces between images;
    // each label centred over its 6-column block: (6 − 1) / 2 = 2 spaces before it.
    let expected = [
        "  7        1",
        "+----+   +----+",
        "|@@  |   |++++|",
        "|  @@|   |@@@@|",
        "+----+   +----+",
    ].joined(separator: "\n")
    #expect(twoImages.gallery([0, 1]) == expected)
}

@Test func galleryDrawsWithUnicodeBlocksWhenAsked() {
    let text = twoImages.gallery([0], options: RenderOptions(charset: .unicode, width: 80))
    #expect(text.split(separator: "\n")[2] == "│██  │")
}

@Test func galleryWrapsToTheWidthAndLeavesNoTrailingSpaces() throws {
    let digits = try loadDataset(.digits).train
    let text = digits.gallery(Array(0..<10), options: RenderOptions(width: 60))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // Each digit is 2 · 8 + 2 = 18 columns wide with 3 between: 3 fit in 60, so 4 rows of
    // 1 + 8 + 2 lines (label, pixels, borders) with a blank line between rows.
    #expect(lines.count == 4 * 11 + 3)
    #expect(lines.allSatisfy { $0.count <= 60 && !$0.hasSuffix(" ") })
    // Labels centred in 18 columns: 8 spaces, the digit, 9 spaces, then the 3-space gap.
    let spaces = { (n: Int) in String(repeating: " ", count: n) }
    #expect(lines[0] == spaces(8) + "0" + spaces(9 + 3 + 8) + "1" + spaces(9 + 3 + 8) + "2")
    #expect(
        lines[1] == "+" + String(repeating: "-", count: 16) + "+   +" + String(repeating: "-", count: 16) + "+   +"
            + String(repeating: "-", count: 16) + "+")
    #expect(text.allSatisfy { $0.isASCII })
}

@Test func galleryShowsClassNamesCutToTheImagesWidth() {
    let images = ImageDataset(pixels: [0], labels: [0], rows: 1, columns: 1, maximumPixel: 255, classCount: 1)
    #expect(images.gallery([0], classNames: ["T-shirt/top"]) == "T-sh\n+--+\n|  |\n+--+")
}

@Test func galleryCaptionsReplaceTheLabels() {
    // Captions are centred over each 6-column block as labels are: "7 as 1" fills it, "a" gets 2 spaces.
    let text = ImageGallery(twoImages, indices: [0, 1], captions: ["7 as 1", "a"]).render(RenderOptions(width: 80))
    #expect(text.split(separator: "\n")[0] == "7 as 1     a")
}
