import NeuralNet
import NumSwift
import Testing

/// A batch of `count` images with one lit pixel (1) in the centre on a background of `background`.
private func centreDots(count: Int, side: Int, background: Double) -> NDArray {
    var images = NDArray.full([count, side * side], background)
    for image in 0..<count { images[image, (side / 2) * side + side / 2] = 1 }
    return images
}

@Test(arguments: [(8, 1), (28, 2)])
func shiftsMoveDigitsByAtMostTheDefaultShiftAndKeepThePixels(side: Int, maximumShift: Int) {
    let augmentation = DigitAugmentation(side: side)
    #expect(augmentation.maximumShift == maximumShift)
    var generator = SeededGenerator(seed: 1)
    let images = centreDots(count: 300, side: side, background: 0)
    let shifted = augmentation.augment(images, using: &generator)
    #expect(shifted.shape == images.shape)
    var seen = Set<[Int]>()
    for row in shifted.rowsAsArrays() {
        // The lit pixel moved whole (no blending) to within the maximum shift of the centre.
        #expect(row.sorted() == Array(repeating: 0, count: side * side - 1) + [1])
        let position = row.firstIndex(of: 1)!
        let (dy, dx) = (position / side - side / 2, position % side - side / 2)
        #expect(Swift.abs(dx) <= maximumShift && Swift.abs(dy) <= maximumShift)
        seen.insert([dx, dy])
    }
    // Every one of the (2s + 1)² shifts turns up in 300 draws.
    #expect(seen.count == (2 * maximumShift + 1) * (2 * maximumShift + 1))
}

@Test(arguments: [0.0, -0.4])
func augmentationKeepsLabelsShapeAndPixelRange(background: Double) {
    var generator = SeededGenerator(seed: 5)
    let side = 8
    var images = NDArray.uniform([40, 1, side, side], low: background, high: 1, using: &generator)
    images[0, 0, 0, 0] = background
    let labels = (0..<40).map { $0 % 10 }
    let augmentation = DigitAugmentation(side: side, maximumRotation: 15)
    let (features, augmentedLabels) = augmentation.augment((images, labels), using: &generator)
    #expect(augmentedLabels == labels)
    #expect(features.shape == [40, 1, side, side])
    for (before, after) in zip(images.reshaped([40, -1]).rowsAsArrays(), features.reshaped([40, -1]).rowsAsArrays()) {
        #expect(after.min()! >= before.min()! && after.max()! <= before.max()!)
    }
    #expect(features != images)
}

@Test func augmentationIsReproducibleWithASeed() {
    var source = SeededGenerator(seed: 2)
    let images = NDArray.uniform([10, 64], using: &source)
    let augmentation = DigitAugmentation(side: 8, maximumRotation: 10)
    var first = SeededGenerator(seed: 77)
    var second = SeededGenerator(seed: 77)
    #expect(augmentation.augment(images, using: &first) == augmentation.augment(images, using: &second))
}

@Test func rotationsSpreadBrightnessWithoutCreatingIt() {
    // A lit corner of a 3×3 image turned by random angles up to ±90° about the centre.
    var image = NDArray.zeros([1, 9])
    image[0, 0] = 1
    var generator = SeededGenerator(seed: 0)
    let turning = DigitAugmentation(side: 3, maximumShift: 0, maximumRotation: 90)
    let outputs = (0..<50).map { _ in turning.augment(image, using: &generator) }
    // Whatever the angle, the corner's brightness is spread, never created: the total stays within [0, 1].
    #expect(outputs.allSatisfy { $0.sum() <= 1 + 1e-12 && $0.min() >= 0 })
}
