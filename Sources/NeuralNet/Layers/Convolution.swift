import NumSwift

/// The convolution layer: FN filters of C × FH × FW slide over a batch of images (N, C, H, W)
/// and give FN feature maps (N, FN, OH, OW), one per filter:
///
///     y[n, f, oh, ow] = b[f] + Σ over c, i, j of W[f, c, i, j] · x[n, c, oh·S + i − P, ow·S + j − P]
///
/// Computed as the book does, by `im2col`: the patches of the batch become the rows of a matrix
/// `col` (N·OH·OW, C·FH·FW), the filters the rows of W read as (FN, C·FH·FW), and the whole
/// convolution is one product, col · Wᵀ + b. The backward pass is the affine layer's on those
/// matrices, ∂L/∂W = doutᵀ · col, ∂L/∂b = Σ dout, ∂col = dout · W, and `col2im` adds each
/// patch's gradient back to the pixels it was copied from.
///
/// W (FN, C, FH, FW) and b (FN,) live in the network's `params` under `weightName` and `biasName`.
public struct Convolution: Layer {
    /// The name of the filter bank, e.g. "W1".
    public let weightName: String
    /// The name of the biases, one per filter, e.g. "b1".
    public let biasName: String
    /// How far the filter moves at each step.
    public let stride: Int
    /// The zeros added around each image.
    public let padding: Int
    private var patches: NDArray?
    private var inputShape: [Int] = []
    private var window: SlidingWindow?

    /// A layer that reads its filters and biases from a network's parameters under these names.
    public init(weight weightName: String, bias biasName: String, stride: Int = 1, padding: Int = 0) {
        precondition(
            stride > 0 && padding >= 0, "Convolution needs stride > 0 and padding ≥ 0, got \(stride), \(padding)")
        self.weightName = weightName
        self.biasName = biasName
        self.stride = stride
        self.padding = padding
    }

    /// The feature maps (N, FN, OH, OW) of a batch (N, C, H, W).
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        let (W, b) = filtersAndBiases(params)
        let (filterCount, channels) = (W.shape[0], W.shape[1])
        precondition(
            x.rank == 4 && x.shape[1] == channels,
            "Convolution \(weightName): input of shape \(Shape.describe(x.shape)) is not (N, \(channels), H, W) "
                + "for filters of shape \(Shape.describe(W.shape))")
        let window = SlidingWindow(height: W.shape[2], width: W.shape[3], stride: stride, padding: padding)
        let output = window.outputSizeOrFail(
            imageHeight: x.shape[2], imageWidth: x.shape[3],
            in: "Convolution \(weightName) on input \(Shape.describe(x.shape))")
        let col = im2col(x, window: window)  // (N·OH·OW, C·FH·FW)
        let columnFilters = W.reshaped([filterCount, -1]).transposed()  // (C·FH·FW, FN), the book's col_W
        let rows = matmul(col, columnFilters, addingRow: b)  // (N·OH·OW, FN) = col · col_W + b
        patches = col
        inputShape = x.shape
        self.window = window
        // One row per position and one column per filter: each image's (OH·OW, FN) block, transposed,
        // is its FN maps (the book's reshape(N, OH, OW, FN).transpose(0, 3, 1, 2)).
        let positions = output.height * output.width
        return rows.reshaped([x.shape[0], positions, filterCount]).matrixTransposed()
            .reshaped([x.shape[0], filterCount, output.height, output.width])
    }

    /// ∂L/∂x (N, C, H, W) from ∂L/∂y (N, FN, OH, OW); stores ∂L/∂W and ∂L/∂b.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        let doutRows = backwardToParameters(dout, params, &grads)
        guard let window else { preconditionFailure("Convolution.backward called before forward") }
        let W = parameter(weightName, in: params, of: "Convolution")
        let dcol = matmul(doutRows, W.reshaped([W.shape[0], -1]))  // (N·OH·OW, C·FH·FW)
        return col2im(dcol, imageShape: inputShape, window: window)
    }

    /// Only ∂L/∂W and ∂L/∂b, for a layer whose input is the data (nothing upstream learns, so
    /// ∂L/∂x and its col2im would be thrown away). Returns dout as rows (N·OH·OW, FN).
    @discardableResult
    public mutating func backwardToParameters(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters)
        -> NDArray
    {
        guard let col = patches else { preconditionFailure("Convolution.backward called before forward") }
        let W = parameter(weightName, in: params, of: "Convolution")
        let filterCount = W.shape[0]
        precondition(
            dout.rank == 4 && dout.shape[0] * dout.shape[2] * dout.shape[3] == col.shape[0]
                && dout.shape[1] == filterCount,
            "Convolution \(weightName).backward: dout has shape \(Shape.describe(dout.shape)), "
                + "the forward output had \(filterCount) maps of \(col.shape[0]) positions in all")
        // Back to one row per position: (N, FN, OH·OW) → (N, OH·OW, FN) → (N·OH·OW, FN).
        let doutRows = dout.reshaped([dout.shape[0], filterCount, -1]).matrixTransposed().reshaped([-1, filterCount])
        grads[weightName] = matmul(doutRows, col, transposeA: true, transposeB: false).reshaped(W.shape)
        grads[biasName] = doutRows.sum(axis: 0)
        return doutRows
    }

    /// W and b from `params`, checked to fit each other.
    private func filtersAndBiases(_ params: Parameters) -> (NDArray, NDArray) {
        let W = parameter(weightName, in: params, of: "Convolution")
        let b = parameter(biasName, in: params, of: "Convolution")
        precondition(
            W.rank == 4 && b.shape == [W.shape[0]],
            "Convolution needs \(weightName) of shape (FN, C, FH, FW) and \(biasName) of shape (FN,), "
                + "got \(Shape.describe(W.shape)) and \(Shape.describe(b.shape))")
        return (W, b)
    }
}
