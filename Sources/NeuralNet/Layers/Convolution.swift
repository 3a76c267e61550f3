import NumSwift

/// The convolution layer: FN filters of C × FH × FW slide over a batch of images (N, C, H, W)
/// and give FN feature maps (N, FN, OH, OW), one per filter:
///
///     y[n, f, oh, ow] = b[f] + Σ over c, i, j of W[f, c, i, j] · x[n, c, oh·S + i − P, ow·S + j − P]
///
/// Computed by `im2col`, as the book does: the patches of the batch become the rows of a matrix
/// `col` (N·OH·OW, C·FH·FW), the filters the rows of a matrix (FN, C·FH·FW), and the convolution
/// is matrix products. The book makes it one product, col · Wᵀ, whose (N·OH·OW, FN) result must
/// then be transposed into maps; here each image's patches colₙ (OH·OW, C·FH·FW) are multiplied
/// as W · colₙᵀ, which gives that image's maps (FN, OH·OW) in place: the same sums, no transpose.
/// The backward pass is the affine layer's on those matrices, image by image:
///
///     ∂L/∂W = Σₙ doutₙ · colₙ      ∂L/∂b = Σ over n and positions of dout      ∂colₙ = doutₙᵀ · W
///
/// and `col2im` adds each patch's gradient back to the pixels it was copied from.
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
    private var outputShape: [Int] = []
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
        let (batch, positions) = (x.shape[0], output.height * output.width)
        patches = training ? col : nil  // inference has no backward pass
        inputShape = x.shape
        outputShape = [batch, filterCount, output.height, output.width]
        self.window = window
        let filters = W.reshaped([filterCount, -1])  // (FN, C·FH·FW)
        // For each image n: W · colₙᵀ + b, its FN maps as rows (FN, OH·OW), each plus its filter's bias.
        let maps = matmul(
            filters, col.reshaped([batch, positions, -1]), transposeA: false, transposeB: true, addingColumn: b)
        return maps.reshaped(outputShape)
    }

    /// ∂L/∂x (N, C, H, W) from ∂L/∂y (N, FN, OH, OW); stores ∂L/∂W and ∂L/∂b.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        let doutMaps = backwardToParameters(dout, params, &grads)
        guard let window else {
            preconditionFailure("Convolution.backward called before a forward pass in training mode")
        }
        let W = parameter(weightName, in: params, of: "Convolution")
        // For each image: ∂colₙ = doutₙᵀ · W, (OH·OW, C·FH·FW), the layout of its rows in col.
        let dcol = matmul(doutMaps, W.reshaped([W.shape[0], -1]), transposeA: true, transposeB: false)
        return col2im(dcol.reshaped([-1, dcol.shape[2]]), imageShape: inputShape, window: window)
    }

    /// Only ∂L/∂W and ∂L/∂b, for a layer whose input is the data (nothing upstream learns, so
    /// ∂L/∂x and its col2im would be thrown away). Returns dout as each image's maps (N, FN, OH·OW).
    @discardableResult
    public mutating func backwardToParameters(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters)
        -> NDArray
    {
        guard let col = patches else {
            preconditionFailure("Convolution.backward called before a forward pass in training mode")
        }
        let W = parameter(weightName, in: params, of: "Convolution")
        let filterCount = W.shape[0]
        precondition(
            dout.shape == outputShape,
            "Convolution \(weightName).backward: dout has shape \(Shape.describe(dout.shape)), "
                + "the forward output had shape \(Shape.describe(outputShape))")
        let batch = dout.shape[0]
        let doutMaps = dout.reshaped([batch, filterCount, -1])  // (N, FN, OH·OW)
        // Σₙ doutₙ · colₙ: one (FN, C·FH·FW) product per image, then their sum.
        let perImage = matmul(doutMaps, col.reshaped([batch, -1, col.shape[1]]), transposeA: false, transposeB: false)
        grads[weightName] = perImage.sum(axis: 0).reshaped(W.shape)
        grads[biasName] = doutMaps.sum(axis: 2).sum(axis: 0)
        return doutMaps
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
