// Convolution by its definition: the loops im2col replaces.

/// The convolution of a batch `x` (N, C, H, W) with filters `W` (FN, C, FH, FW), moving by
/// `stride` over the images padded by `padding` zeros, computed straight from its definition:
///
///     y[n, f, oh, ow] = Σ over c, i, j of W[f, c, i, j] · x[n, c, oh·S + i − P, ow·S + j − P]
///
/// Six nested loops and no extra memory: the reference that `im2col` followed by one matrix
/// product must agree with, and what it is timed against. No bias is added.
public func convolveDirectly(_ x: NDArray, filters W: NDArray, stride: Int = 1, padding: Int = 0) -> NDArray {
    precondition(
        x.rank == 4 && W.rank == 4 && x.shape[1] == W.shape[1],
        "convolveDirectly needs x (N, C, H, W) and filters (FN, C, FH, FW) with the same C, "
            + "got \(Shape.describe(x.shape)) and \(Shape.describe(W.shape))")
    let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let (fn, fh, fw) = (W.shape[0], W.shape[2], W.shape[3])
    let window = SlidingWindow(height: fh, width: fw, stride: stride, padding: padding)
    let (oh, ow) = window.outputSizeOrFail(
        imageHeight: h, imageWidth: w, in: "convolveDirectly on \(Shape.describe(x.shape))")
    let pixels = x.scalars
    let weights = W.scalars
    var y = [Double](repeating: 0, count: n * fn * oh * ow)
    for sample in 0..<n {
        for filter in 0..<fn {
            for row in 0..<oh {
                for column in 0..<ow {
                    var total = 0.0
                    for channel in 0..<c {
                        for i in 0..<fh {
                            let y0 = row * stride + i - padding
                            if y0 < 0 || y0 >= h { continue }  // this row of the window is in the padding
                            for j in 0..<fw {
                                let x0 = column * stride + j - padding
                                if x0 < 0 || x0 >= w { continue }
                                total +=
                                    weights[((filter * c + channel) * fh + i) * fw + j]
                                    * pixels[((sample * c + channel) * h + y0) * w + x0]
                            }
                        }
                    }
                    y[((sample * fn + filter) * oh + row) * ow + column] = total
                }
            }
        }
    }
    return NDArray(shape: [n, fn, oh, ow], scalars: y)
}
