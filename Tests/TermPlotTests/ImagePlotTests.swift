import NumSwift
import Testing

@testable import TermPlot

/// Two 2×2 images out of a maximum of 16, captioned 7 and 1.
private let twoImages = ImageGallery(
    [NDArray([[16, 0], [0, 16]]), NDArray([[8, 8], [16, 16]])], captions: ["7", "1"], range: 0...16)

@Test func imageUsesTwoCharactersPerPixel() {
    let text = ImagePlot([[0, 1], [0.5, 0]]).render(.plain)
    #expect(text == "+----+\n|  @@|\n|++  |\n+----+")
}

@Test func imageFromAFlatArrayIsSquare() {
    let image = ImagePlot(NDArray([0, 1, 1, 0] as [Double]))
    #expect(image.pixels == [[0, 1], [1, 0]])
}

@Test func galleryDrawsImagesSideBySideUnderTheirCaptions() {
    // The ASCII ramp " .:-=+*#%@" has 10 steps: 0 → " ", 16 → "@", and 8 → step 8/16 · 9 = 4.5,
    // rounded away from zero to 5 → "+". Two characters per pixel, a border, 3 spaces between images;
    // each caption centred over its 6-column block: (6 − 1) / 2 = 2 spaces before it.
    let expected = [
        "  7        1",
        "+----+   +----+",
        "|@@  |   |++++|",
        "|  @@|   |@@@@|",
        "+----+   +----+",
    ].joined(separator: "\n")
    #expect(twoImages.render(RenderOptions(width: 80)) == expected)
}

@Test func galleryDrawsWithUnicodeBlocksWhenAsked() {
    let one = ImageGallery([twoImages.images[0]], captions: ["7"], range: 0...16)
    let text = one.render(RenderOptions(charset: .unicode, width: 80))
    #expect(text.split(separator: "\n")[2] == "│██  │")
}

@Test func galleryWrapsToTheWidthAndLeavesNoTrailingSpaces() {
    // Ten 8×8 images (as the bundled digits), shaded by a ramp of values, captioned 0 to 9.
    let images = (0..<10).map { k in
        NDArray(shape: [8, 8], scalars: (0..<64).map { Double(($0 + k) % 17) })
    }
    let gallery = ImageGallery(images, captions: (0..<10).map(String.init), range: 0...16)
    let text = gallery.render(RenderOptions(width: 60))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // Each image is 2 · 8 + 2 = 18 columns wide with 3 between: 3 fit in 60, so 4 rows of
    // 1 + 8 + 2 lines (caption, pixels, borders) with a blank line between rows.
    #expect(lines.count == 4 * 11 + 3)
    #expect(lines.allSatisfy { $0.count <= 60 && !$0.hasSuffix(" ") })
    // Captions centred in 18 columns: 8 spaces, the digit, 9 spaces, then the 3-space gap.
    let spaces = { (n: Int) in String(repeating: " ", count: n) }
    #expect(lines[0] == spaces(8) + "0" + spaces(9 + 3 + 8) + "1" + spaces(9 + 3 + 8) + "2")
    #expect(
        lines[1] == "+" + String(repeating: "-", count: 16) + "+   +" + String(repeating: "-", count: 16) + "+   +"
            + String(repeating: "-", count: 16) + "+")
    #expect(text.allSatisfy { $0.isASCII })
}

@Test func galleryCutsCaptionsToTheImagesWidth() {
    let gallery = ImageGallery([NDArray([[0]])], captions: ["T-shirt/top"], range: 0...255)
    #expect(gallery.render(RenderOptions(width: 80)) == "T-sh\n+--+\n|  |\n+--+")
}

@Test func galleryCentresLongAndShortCaptions() {
    // Captions are centred over each 6-column block: "7 as 1" fills it, "a" gets 2 spaces.
    let text = ImageGallery(twoImages.images, captions: ["7 as 1", "a"], range: 0...16).render(RenderOptions(width: 80))
    #expect(text.split(separator: "\n")[0] == "7 as 1     a")
}
