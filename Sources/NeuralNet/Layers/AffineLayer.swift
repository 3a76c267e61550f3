import NumSwift

/// The fully connected layer:
///
///     forward   y = x · W + b
///     backward  ∂L/∂x = ∂L/∂y · Wᵀ,  ∂L/∂W = xᵀ · ∂L/∂y,  ∂L/∂b = Σ over the batch of ∂L/∂y
///
/// An input of any rank is read as a batch of rows, (N, d₁, d₂, …) → (N, d₁·d₂·…), so an image
/// batch (N, 1, 28, 28) goes straight in; `backward` returns ∂L/∂x in the input's own shape.
/// W has shape (inputs, outputs) and b (outputs,); both live in the network's `params` under
/// `weightName` and `biasName`. The transposed products run without forming a transpose.
public struct AffineLayer: Layer {
    /// The name of the weight matrix, e.g. "W1".
    let weightName: String
    /// The name of the bias vector, e.g. "b1".
    let biasName: String
    private var input: NDArray?
    private var inputShape: [Int] = []

    /// A layer that reads W and b from a network's parameters under these names.
    public init(weight weightName: String, bias biasName: String) {
        self.weightName = weightName
        self.biasName = biasName
    }

    /// x · W + b for x flattened to (N, inputs).
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        let (W, b) = weightAndBias(params)
        precondition(x.rank >= 1, "AffineLayer needs a batch, got a scalar")
        let rows = x.reshaped([x.shape[0], -1])
        precondition(
            rows.shape[1] == W.shape[0],
            "AffineLayer \(weightName): input of shape \(Shape.describe(x.shape)) has \(rows.shape[1]) features "
                + "per sample, W has shape \(Shape.describe(W.shape))")
        input = rows
        inputShape = x.shape
        return matmul(rows, W, addingRow: b)  // = matmul(rows, W) + b, rounded the same way
    }

    /// dout · Wᵀ in the input's shape; stores xᵀ · dout and the column sums of dout.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        backwardToParameters(dout, params, &grads)
        let W = parameter(weightName, in: params, of: "AffineLayer")
        return matmul(dout, W, transposeA: false, transposeB: true).reshaped(inputShape)
    }

    /// Only ∂L/∂W = xᵀ · dout and ∂L/∂b = Σ dout, for a layer whose input is the data: nothing
    /// upstream learns, so ∂L/∂x would be thrown away, and skipping its product saves a third of
    /// the layer's arithmetic. Networks call this on their first layer.
    public mutating func backwardToParameters(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) {
        guard let x = input else { preconditionFailure("AffineLayer.backward called before forward") }
        let outputs = parameter(biasName, in: params, of: "AffineLayer").count
        precondition(
            dout.shape == [x.shape[0], outputs],
            "AffineLayer \(weightName).backward: dout has shape \(Shape.describe(dout.shape)), "
                + "expected \(Shape.describe([x.shape[0], outputs]))")
        grads[weightName] = matmul(x, dout, transposeA: true, transposeB: false)
        grads[biasName] = dout.sum(axis: 0)
    }

    /// W and b from `params`, checked to fit each other.
    private func weightAndBias(_ params: Parameters) -> (NDArray, NDArray) {
        let W = parameter(weightName, in: params, of: "AffineLayer")
        let b = parameter(biasName, in: params, of: "AffineLayer")
        precondition(
            W.rank == 2 && b.shape == [W.shape[1]],
            "AffineLayer needs \(weightName) of shape (inputs, outputs) and \(biasName) of shape (outputs,), "
                + "got \(Shape.describe(W.shape)) and \(Shape.describe(b.shape))")
        return (W, b)
    }
}
