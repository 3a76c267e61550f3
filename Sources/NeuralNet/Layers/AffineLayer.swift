import NumSwift

/// The fully connected layer: forward y = x · W + b; backward
/// ∂L/∂x = ∂L/∂y · Wᵀ, ∂L/∂W = xᵀ · ∂L/∂y, ∂L/∂b = Σ over the batch of ∂L/∂y.
///
/// An input of any rank is read as a batch of rows, (N, d₁, d₂, …) → (N, d₁·d₂·…), so an image
/// batch (N, 1, 28, 28) goes straight in; `backward` returns ∂L/∂x in the input's own shape.
/// The transposed products run without forming a transpose.
///
/// `needsInputGradient` lets the first layer of a network skip ∂L/∂x: its input is the data,
/// which nothing learns, and that product is a third of the layer's arithmetic. It is a flag of
/// this layer rather than a second `backward` in `Layer`, because only a layer whose ∂L/∂x costs
/// a product gains from skipping it; `Sequential` clears it on its first layer.
public struct AffineLayer: Layer {
    /// The name of the weight matrix, e.g. "W1".
    public let weightName: String
    /// The name of the bias vector, e.g. "b1".
    public let biasName: String
    /// The weights, shape (inputs, outputs).
    public private(set) var weight: NDArray
    /// The bias, shape (outputs,).
    public private(set) var bias: NDArray
    /// Whether `backward` computes ∂L/∂x (the default); when false it returns an empty array of
    /// shape (0,) instead, for a layer whose input is the data.
    public var needsInputGradient = true
    /// W's shape, kept apart from W so that `takeParameters` can let go of W.
    private let weightShape: [Int]
    private var input: NDArray?
    private var inputShape: [Int] = []
    private var weightGradient: NDArray?
    private var biasGradient: NDArray?

    /// A layer with the given weights (inputs, outputs) and bias (outputs,), named for optimizers.
    public init(weight: NDArray, bias: NDArray, weightName: String, biasName: String) {
        precondition(
            weight.rank == 2 && bias.shape == [weight.shape[1]],
            "AffineLayer needs W of shape (inputs, outputs) and b of shape (outputs,), "
                + "got \(Shape.describe(weight.shape)) and \(Shape.describe(bias.shape))")
        self.weight = weight
        self.bias = bias
        self.weightShape = weight.shape
        self.weightName = weightName
        self.biasName = biasName
    }

    /// x · W + b for x flattened to (N, inputs).
    public mutating func forward(_ x: NDArray, training: Bool) -> NDArray {
        precondition(x.rank >= 1, "AffineLayer needs a batch, got a scalar")
        let rows = x.reshaped([x.shape[0], -1])
        precondition(
            rows.shape[1] == weight.shape[0],
            "AffineLayer \(weightName): input of shape \(Shape.describe(x.shape)) has \(rows.shape[1]) features "
                + "per sample, W has shape \(Shape.describe(weight.shape))")
        input = rows
        inputShape = x.shape
        return matmul(rows, weight, addingRow: bias)
    }

    /// dout · Wᵀ in the input's shape (or shape (0,) without `needsInputGradient`); records
    /// xᵀ · dout and the column sums of dout.
    public mutating func backward(_ dout: NDArray) -> NDArray {
        guard let x = input else { preconditionFailure("AffineLayer.backward called before forward") }
        precondition(
            dout.shape == [x.shape[0], weight.shape[1]],
            "AffineLayer \(weightName).backward: dout has shape \(Shape.describe(dout.shape)), "
                + "expected \(Shape.describe([x.shape[0], weight.shape[1]]))")
        weightGradient = matmul(x, dout, transposeA: true, transposeB: false)
        biasGradient = dout.sum(axis: 0)
        guard needsInputGradient else { return NDArray(shape: [0], scalars: []) }
        return matmul(dout, weight, transposeA: false, transposeB: true).reshaped(inputShape)
    }

    /// [weightName: W, biasName: b], leaving W and b empty (shape (0,)) until they are set again.
    public mutating func takeParameters() -> [String: NDArray] {
        defer {
            weight = NDArray(shape: [0], scalars: [])
            bias = NDArray(shape: [0], scalars: [])
        }
        return parameters
    }

    /// [weightName: W, biasName: b]; setting requires both names with unchanged shapes.
    public var parameters: [String: NDArray] {
        get { [weightName: weight, biasName: bias] }
        set {
            guard let w = newValue[weightName], let b = newValue[biasName], newValue.count == 2 else {
                preconditionFailure(
                    "AffineLayer expects parameters \(weightName) and \(biasName), got \(newValue.keys.sorted())")
            }
            precondition(
                w.shape == weightShape && b.shape == [weightShape[1]],
                "AffineLayer: new \(weightName) \(Shape.describe(w.shape)) / \(biasName) \(Shape.describe(b.shape)) "
                    + "must keep shapes \(Shape.describe(weightShape)) / \(Shape.describe([weightShape[1]]))")
            weight = w
            bias = b
        }
    }

    /// [weightName: ∂L/∂W, biasName: ∂L/∂b] after `backward`.
    public var gradients: [String: NDArray] {
        guard let dW = weightGradient, let db = biasGradient else { return [:] }
        return [weightName: dW, biasName: db]
    }
}
