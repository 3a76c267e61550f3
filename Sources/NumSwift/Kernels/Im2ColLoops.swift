// The loops behind im2col and col2im, on buffer pointers.

/// The sizes of an im2col matrix: N images of C × H × W, a window that fits OH × OW times.
struct PatchShape {
    let batch: Int
    let channels: Int
    let height: Int
    let width: Int
    let outputHeight: Int
    let outputWidth: Int
    let window: SlidingWindow

    /// The number of rows of the patch matrix, N·OH·OW.
    var rows: Int { batch * outputHeight * outputWidth }
    /// The number of columns of the patch matrix, C·FH·FW.
    var columns: Int { channels * window.height * window.width }

    /// The patch matrix of `images`, zeros where the window covers padding.
    func patches(of images: NDArray) -> [Double] {
        let total = rows * columns
        return images.withUnsafeBufferPointer { source in
            [Double](fresh: total) { out in
                // Without padding every window lies inside the image and writes every element;
                // with padding, the elements over the border stay 0.
                if window.padding > 0 { out.initialize(repeating: 0) }
                walk { element, pixel, run in
                    for k in 0..<run { out[element + k] = source[pixel + k] }
                }
            }
        }
    }

    /// The images the patches were copied from, each copy added back to its pixel.
    func images(fromPatches col: NDArray) -> [Double] {
        let total = batch * channels * height * width
        return col.withUnsafeBufferPointer { source in
            [Double](fresh: total) { out in
                out.initialize(repeating: 0)
                walk { element, pixel, run in
                    for k in 0..<run { out[pixel + k] += source[element + k] }
                }
            }
        }
    }

    /// Calls `body(element, pixel, run)` for every row of a window position that lies inside the
    /// image: the patch-matrix elements element, element + 1, …, element + run − 1 come from the
    /// neighbouring pixels pixel, pixel + 1, …, pixel + run − 1. Both directions walk the same
    /// runs; only what they do with them differs.
    @inline(__always)
    private func walk(_ body: (_ element: Int, _ pixel: Int, _ run: Int) -> Void) {
        let (fh, fw, s, p) = (window.height, window.width, window.stride, window.padding)
        let imageSize = height * width
        var row = 0
        for n in 0..<batch {
            for oh in 0..<outputHeight {
                for ow in 0..<outputWidth {
                    // The window's columns that fall inside the image: j in first..<last.
                    let x0 = ow * s - p
                    let first = Swift.max(0, -x0)
                    let last = Swift.min(fw, width - x0)
                    var element = row * columns
                    for c in 0..<channels {
                        let plane = (n * channels + c) * imageSize
                        for i in 0..<fh {
                            let y = oh * s + i - p
                            if y >= 0 && y < height && first < last {
                                body(element + first, plane + y * width + x0 + first, last - first)
                            }
                            element += fw
                        }
                    }
                    row += 1
                }
            }
        }
    }
}
