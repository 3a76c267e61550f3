import NumSwift
import Testing

/// The definition of im2col, element by element with subscripts: the fast kernel must agree.
private func directIm2col(_ x: NDArray, _ window: SlidingWindow) -> NDArray {
    let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let oh = (h + 2 * window.padding - window.height) / window.stride + 1
    let ow = (w + 2 * window.padding - window.width) / window.stride + 1
    let (fh, fw) = (window.height, window.width)
    var col = NDArray.zeros([n * oh * ow, c * fh * fw])
    for b in 0..<n {
        for y in 0..<oh {
            for z in 0..<ow {
                for k in 0..<c {
                    for i in 0..<fh {
                        for j in 0..<fw {
                            let (row, column) = (
                                y * window.stride + i - window.padding, z * window.stride + j - window.padding
                            )
                            guard row >= 0, row < h, column >= 0, column < w else { continue }
                            col[(b * oh + y) * ow + z, (k * fh + i) * fw + j] = x[b, k, row, column]
                        }
                    }
                }
            }
        }
    }
    return col
}

/// The definition of col2im: every element of col added to the pixel it came from.
private func directCol2im(_ col: NDArray, _ shape: [Int], _ window: SlidingWindow) -> NDArray {
    let (n, c, h, w) = (shape[0], shape[1], shape[2], shape[3])
    let oh = (h + 2 * window.padding - window.height) / window.stride + 1
    let ow = (w + 2 * window.padding - window.width) / window.stride + 1
    let (fh, fw) = (window.height, window.width)
    var x = NDArray.zeros(shape)
    for b in 0..<n {
        for y in 0..<oh {
            for z in 0..<ow {
                for k in 0..<c {
                    for i in 0..<fh {
                        for j in 0..<fw {
                            let (row, column) = (
                                y * window.stride + i - window.padding, z * window.stride + j - window.padding
                            )
                            guard row >= 0, row < h, column >= 0, column < w else { continue }
                            x[b, k, row, column] += col[(b * oh + y) * ow + z, (k * fh + i) * fw + j]
                        }
                    }
                }
            }
        }
    }
    return x
}

/// (shape of x, window) pairs: 1×1 filters, filters as large as the (padded) input, strides, padding.
private let cases: [([Int], SlidingWindow)] = [
    ([1, 1, 4, 4], SlidingWindow(height: 3, width: 3)),
    ([2, 3, 5, 5], SlidingWindow(height: 3, width: 3, stride: 1, padding: 1)),
    ([2, 2, 7, 7], SlidingWindow(height: 3, width: 3, stride: 2, padding: 0)),
    ([1, 2, 6, 6], SlidingWindow(height: 2, width: 2, stride: 2, padding: 1)),
    ([3, 2, 4, 5], SlidingWindow(height: 1, width: 1)),
    ([2, 3, 5, 4], SlidingWindow(height: 5, width: 4)),
    ([1, 1, 3, 3], SlidingWindow(height: 5, width: 5, padding: 1)),
    ([2, 1, 8, 6], SlidingWindow(height: 4, width: 2, stride: 2, padding: 1)),
]

@Test(arguments: cases.indices)
func im2colMatchesItsDefinition(index: Int) {
    let (shape, window) = cases[index]
    var generator = SeededGenerator(seed: UInt64(index))
    let x = NDArray.randn(shape, using: &generator)
    #expect(im2col(x, window: window) == directIm2col(x, window))
}

@Test(arguments: cases.indices)
func col2imMatchesItsDefinition(index: Int) {
    let (shape, window) = cases[index]
    var generator = SeededGenerator(seed: UInt64(100 + index))
    let rows = directIm2col(NDArray.zeros(shape), window).shape
    let col = NDArray.randn(rows, using: &generator)
    let fast = col2im(col, imageShape: shape, window: window)
    let direct = directCol2im(col, shape, window)
    #expect(fast.shape == shape)
    #expect(abs(fast - direct).max() < 1e-12)
}

@Test func col2imOfIm2colCountsTheWindowsOverEachPixel() {
    // A 3×3 image under 2×2 windows at stride 1: the corners are in 1 window, the edges' middles
    // in 2, the centre in 4.
    let window = SlidingWindow(height: 2, width: 2)
    let back = col2im(im2col(NDArray.ones([1, 1, 3, 3]), window: window), imageShape: [1, 1, 3, 3], window: window)
    #expect(back.scalars == [1, 2, 1, 2, 4, 2, 1, 2, 1])
}

@Test func im2colOfATinyImageIsItsPatches() {
    let x = NDArray.arange(9).reshaped([1, 1, 3, 3])
    let col = im2col(x, window: SlidingWindow(height: 2, width: 2))
    #expect(col == NDArray([[0, 1, 3, 4], [1, 2, 4, 5], [3, 4, 6, 7], [4, 5, 7, 8]]))
}

@Test func paddingAddsABorderOnTheChosenAxes() {
    let x = NDArray([[1.0, 2.0], [3.0, 4.0]])
    let padded = x.padded([(1, 0), (0, 2)], value: -1)
    #expect(padded.shape == [3, 4])
    #expect(padded.scalars == [-1, -1, -1, -1, 1, 2, -1, -1, 3, 4, -1, -1])
    #expect(x.padded([(0, 0), (0, 0)]) == x)
}

@Test func outputSizeFollowsTheFormula() throws {
    let window = SlidingWindow(height: 3, width: 5, stride: 2, padding: 1)
    let size = try window.outputSize(imageHeight: 7, imageWidth: 9)
    #expect(size.height == 4 && size.width == 4)  // (7 + 2 − 3)/2 + 1, (9 + 2 − 5)/2 + 1
}

@Test func outputSizeRefusesWhatDoesNotDivideAndNamesTheSizes() {
    let window = SlidingWindow(height: 3, width: 3, stride: 2)
    #expect(throws: SlidingWindowError.strideDoesNotDivide(input: 6, window: 3, stride: 2, padding: 0)) {
        _ = try window.outputSize(imageHeight: 6, imageWidth: 7)
    }
    let error = SlidingWindowError.strideDoesNotDivide(input: 6, window: 3, stride: 2, padding: 0)
    #expect(error.description.contains("stride 2") && error.description.contains("(6 + 2*0 - 3) = 3"))
    let tooLarge = SlidingWindowError.windowTooLarge(input: 4, window: 7, padding: 1)
    #expect(throws: tooLarge) {
        _ = try SlidingWindow(height: 7, width: 1, padding: 1).outputSize(imageHeight: 4, imageWidth: 4)
    }
    #expect(tooLarge.description.contains("4 + 2*1 = 6 < 7"))
}

@Test func matrixTransposedTransposesEveryMatrixOfAStack() {
    var generator = SeededGenerator(seed: 5)
    let stack = NDArray.randn([3, 37, 45], using: &generator)
    #expect(stack.matrixTransposed() == stack.transposed([0, 2, 1]))
    #expect(NDArray.arange(6).reshaped([2, 3]).matrixTransposed() == NDArray([[0, 3], [1, 4], [2, 5]]))
}

@Test func directConvolutionMatchesIm2colAndAProduct() {
    var generator = SeededGenerator(seed: 7)
    let x = NDArray.randn([2, 3, 6, 5], using: &generator)
    let filters = NDArray.randn([4, 3, 3, 3], using: &generator)
    let window = SlidingWindow(height: 3, width: 3, stride: 1, padding: 1)
    let rows = matmul(im2col(x, window: window), filters.reshaped([4, -1]).transposed())  // (2·6·5, 4)
    let maps = rows.reshaped([2, 30, 4]).matrixTransposed().reshaped([2, 4, 6, 5])
    #expect(abs(convolveDirectly(x, filters: filters, padding: 1) - maps).max() < 1e-12)
    // The book's worked example: a 4×4 input and a 3×3 filter give [[15, 16], [6, 15]].
    let input = NDArray([[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]]).reshaped([1, 1, 4, 4])
    let filter = NDArray([[2, 0, 1], [0, 1, 2], [1, 0, 2]]).reshaped([1, 1, 3, 3])
    #expect(convolveDirectly(input, filters: filter).scalars == [15, 16, 6, 15])
}
