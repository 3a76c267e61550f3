// The largest value under each position of a sliding window, and where it is: max pooling.

extension NDArray {
    /// For a batch of images (N, C, H, W): the largest pixel under each position of `window`, every
    /// channel on its own, as an array (N, C, OH, OW), and for each the flat index in `self` of the
    /// pixel that holds it (the first in the window's row order on ties, as np.argmax):
    ///
    ///     maxima[n, c, oh, ow] = max over i, j of x[n, c, oh·S + i, ow·S + j]
    ///
    /// The book finds the same numbers as `im2col` of every channel followed by a maximum per row;
    /// this reads each pixel where it is instead of copying all windows into a matrix first. The
    /// window must have no padding (pooling windows have none).
    public func windowMaxima(_ window: SlidingWindow) -> (maxima: NDArray, positions: [Int]) {
        precondition(
            rank == 4, "windowMaxima needs a batch of shape (N, C, H, W), got \(Shape.describe(shape))")
        precondition(window.padding == 0, "windowMaxima takes windows without padding, got \(window)")
        let output = window.outputSizeOrFail(
            imageHeight: shape[2], imageWidth: shape[3], in: "windowMaxima \(window) on \(Shape.describe(shape))")
        let grid = WindowGrid(
            planes: shape[0] * shape[1], height: shape[2], width: shape[3], outputHeight: output.height,
            outputWidth: output.width, window: window)
        let (maxima, positions) = grid.maxima(of: self)
        return (NDArray(shape: [shape[0], shape[1], output.height, output.width], scalars: maxima), positions)
    }

    /// Adds `values[i]` to the element at flat index `positions[i]`, for every i (an index may come
    /// more than once; each adds): NumPy's `np.add.at(a.ravel(), positions, values.ravel())`.
    ///
    /// Max pooling's backward: each window's gradient goes to the pixel that held its maximum.
    public mutating func add(_ values: NDArray, atFlatPositions positions: [Int]) {
        precondition(
            values.count == positions.count,
            "add(_:atFlatPositions:): \(values.count) values for \(positions.count) positions, need one each")
        let count = self.count
        precondition(
            positions.allSatisfy { $0 >= 0 && $0 < count },
            "add(_:atFlatPositions:): a position is outside 0..<\(count) of shape \(Shape.describe(shape))")
        addLoop(values, at: positions)
    }
}
