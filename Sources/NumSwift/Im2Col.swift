// im2col and col2im: a convolution as one matrix product (the book's common/util.py).

/// The patches of an image batch under a sliding window, one patch per row: the book's `im2col`.
///
/// For `x` of shape (N, C, H, W) and a window of FH × FW pixels, the result has one row per
/// sample and window position, N·OH·OW rows in the order (n, oh, ow), and one column per
/// channel and pixel of the window, C·FH·FW columns in the order (c, i, j):
///
///     col[(n·OH + oh)·OW + ow, (c·FH + i)·FW + j] = x[n, c, oh·S + i − P, ow·S + j − P]
///
/// and 0 where that pixel falls in the padding. A filter bank W of shape (FN, C, FH, FW) read as a
/// (FN, C·FH·FW) matrix then convolves the whole batch in one product, col · Wᵀ. Each input pixel
/// is copied once per window that covers it (FH·FW times at stride 1): memory traded for one large
/// product, which runs far faster than many small loops.
public func im2col(_ x: NDArray, window: SlidingWindow) -> NDArray {
    precondition(x.rank == 4, "im2col needs a batch of shape (N, C, H, W), got \(Shape.describe(x.shape))")
    let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let output = window.outputSizeOrFail(imageHeight: h, imageWidth: w, in: "im2col on \(Shape.describe(x.shape))")
    let shape = PatchShape(
        batch: n, channels: c, height: h, width: w, outputHeight: output.height, outputWidth: output.width,
        window: window)
    return NDArray(
        shape: [n * output.height * output.width, c * window.height * window.width], scalars: shape.patches(of: x))
}

/// The inverse direction of `im2col`: every element of `col` added back to the pixel it was
/// copied from, giving an array of `imageShape` (N, C, H, W): the book's `col2im`.
///
/// A pixel that sits under several windows receives the sum of all its copies, which is what the
/// backward pass of a convolution needs: ∂L/∂x of a pixel is the sum over every place it was used.
/// (So col2im(im2col(x)) is x times the number of windows covering each pixel, not x.)
public func col2im(_ col: NDArray, imageShape: [Int], window: SlidingWindow) -> NDArray {
    precondition(
        imageShape.count == 4, "col2im needs an image shape (N, C, H, W), got \(Shape.describe(imageShape))")
    let (n, c, h, w) = (imageShape[0], imageShape[1], imageShape[2], imageShape[3])
    let output = window.outputSizeOrFail(imageHeight: h, imageWidth: w, in: "col2im to \(Shape.describe(imageShape))")
    let expected = [n * output.height * output.width, c * window.height * window.width]
    precondition(
        col.shape == expected,
        "col2im: col has shape \(Shape.describe(col.shape)), images of shape \(Shape.describe(imageShape)) "
            + "under a \(window) window need \(Shape.describe(expected))")
    let shape = PatchShape(
        batch: n, channels: c, height: h, width: w, outputHeight: output.height, outputWidth: output.width,
        window: window)
    return NDArray(shape: imageShape, scalars: shape.images(fromPatches: col))
}
