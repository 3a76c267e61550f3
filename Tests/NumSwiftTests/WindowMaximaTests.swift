import Testing

@testable import NumSwift

/// windowMaxima against the book's way (im2col of every channel, then the maximum of each row),
/// and the scatter that max pooling's backward uses.
@Suite struct WindowMaximaTests {
    @Test(arguments: [
        SlidingWindow(height: 2, width: 2, stride: 2), SlidingWindow(height: 3, width: 3, stride: 1),
        SlidingWindow(height: 4, width: 2, stride: 2), SlidingWindow(height: 1, width: 1, stride: 1),
        SlidingWindow(height: 6, width: 6, stride: 1),
    ])
    func agreesWithIm2colAndTheMaximumOfEachRow(window: SlidingWindow) {
        var generator = SeededGenerator(seed: 12)
        let x = NDArray.randn([3, 2, 6, 6], using: &generator)
        let (maxima, positions) = x.windowMaxima(window)
        let planes = im2col(x.reshaped([6, 1, 6, 6]), window: window)
        let (values, columns) = (planes.max(axis: 1), planes.argmaxPerRow())
        let output = window.outputSizeOrFail(imageHeight: 6, imageWidth: 6, in: "test")
        #expect(maxima.shape == [3, 2, output.height, output.width])
        #expect(maxima.scalars == values.scalars)
        // The position of each maximum in x holds it, and is the pixel im2col put in that column.
        #expect(positions.indices.allSatisfy { x.scalars[positions[$0]] == maxima.scalars[$0] })
        let perPlane = output.height * output.width
        for (element, column) in columns.enumerated() {
            let plane = element / perPlane
            let (oh, ow) = ((element % perPlane) / output.width, element % output.width)
            let (i, j) = (column / window.width, column % window.width)
            let pixel = plane * 36 + (oh * window.stride + i) * 6 + ow * window.stride + j
            #expect(positions[element] == pixel, "window \(element) of \(window)")
        }
    }

    @Test func nonSquareImagesAndWindowsMatchTheBooksWay() {
        // 7×9 images: swapping height and width anywhere in the loops would read the wrong pixels.
        var generator = SeededGenerator(seed: 13)
        let x = NDArray.randn([2, 3, 7, 9], using: &generator)
        for window in [SlidingWindow(height: 3, width: 3, stride: 2), SlidingWindow(height: 1, width: 3, stride: 3)] {
            let (maxima, positions) = x.windowMaxima(window)
            let values = im2col(x.reshaped([6, 1, 7, 9]), window: window).max(axis: 1)
            #expect(maxima.scalars == values.scalars, "window \(window)")
            #expect(positions.indices.allSatisfy { x.scalars[positions[$0]] == maxima.scalars[$0] })
        }
    }

    @Test func theFirstPixelInRowOrderWinsATieInALargerWindowToo() {
        let x = NDArray([[0, 1, 0], [5, 2, 5], [0, 5, 0]]).reshaped([1, 1, 3, 3])
        let (maxima, positions) = x.windowMaxima(SlidingWindow(height: 3, width: 3))
        #expect(maxima.scalars == [5])
        #expect(positions == [3])
    }

    @Test func theFirstPixelInRowOrderWinsATie() {
        let x = NDArray([[1, 3], [3, 2]]).reshaped([1, 1, 2, 2])
        let (maxima, positions) = x.windowMaxima(SlidingWindow(height: 2, width: 2, stride: 2))
        #expect(maxima.scalars == [3])
        #expect(positions == [1])
    }

    @Test func addingAtFlatPositionsAddsEveryValueEvenTwiceToOnePlace() {
        var a = NDArray.zeros([2, 3])
        a.add(NDArray([1, 2, 4]), atFlatPositions: [5, 0, 5])
        #expect(a == NDArray([[2, 0, 0], [0, 0, 5]]))
    }
}
