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

    /// Calls `body(element, pixel)` for every element of the patch matrix whose pixel lies inside
    /// the image: `element` is its flat index in the matrix, `pixel` in the (N, C, H, W) batch. Both directions
    /// walk the same positions; only what they do there differs.
    @inline(__always)
    private func forEachPatchElement(_ body: (Int, Int) -> Void) {
        let (fh, fw, s, p) = (window.height, window.width, window.stride, window.padding)
        let imageSize = height * width
        var row = 0
        for n in 0..<batch {
            for oh in 0..<outputHeight {
                for ow in 0..<outputWidth {
                    var column = row * columns
                    for c in 0..<channels {
                        let plane = (n * channels + c) * imageSize
                        for i in 0..<fh {
                            let y = oh * s + i - p
                            if y < 0 || y >= height {
                                column += fw  // a row of the window in the padding: all zeros
                                continue
                            }
                            let x0 = ow * s - p
                            let line = plane + y * width
                            for j in 0..<fw {
                                let x = x0 + j
                                if x >= 0 && x < width { body(column, line + x) }
                                column += 1
                            }
                        }
                    }
                    row += 1
                }
            }
        }
    }

    /// The patch matrix of `images`, zeros where the window covers padding.
    func patches(of images: NDArray) -> [Double] {
        images.withUnsafeBufferPointer { source in
            [Double](unsafeUninitializedCapacity: rows * columns) { out, initialized in
                out.initialize(repeating: 0)
                forEachPatchElement { target, pixel in out[target] = source[pixel] }
                initialized = rows * columns
            }
        }
    }

    /// The images the patches were copied from, each copy added back to its pixel.
    func images(fromPatches col: NDArray) -> [Double] {
        let count = batch * channels * height * width
        return col.withUnsafeBufferPointer { source in
            [Double](unsafeUninitializedCapacity: count) { out, initialized in
                out.initialize(repeating: 0)
                forEachPatchElement { element, pixel in out[pixel] += source[element] }
                initialized = count
            }
        }
    }
}
