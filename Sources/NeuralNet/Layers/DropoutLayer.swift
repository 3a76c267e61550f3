import NumSwift

/// Inverted dropout (Srivastava et al., 2014): in training each input is kept with probability
/// 1 − p and the kept ones are scaled by 1/(1 − p), y = x ⊙ m / (1 − p) with m ~ Bernoulli(1 − p);
/// at inference the layer is the identity. Backward: ∂L/∂x = ∂L/∂y ⊙ m / (1 − p).
///
/// The book's dropout is the original, non-inverted form: training y = x ⊙ m (no scaling) and
/// inference y = x · (1 − p). Both give every unit the same expected output in training and at
/// inference, E[y] = (1 − p) · x in the book's form and E[y] = x here; they differ in where the
/// factor lives. Inverted dropout pays it at training time, so the trained network runs unchanged
/// at inference (no knowledge of p needed, and removing the layer changes nothing), which is why
/// it is what frameworks implement. The trained weights of the two forms differ by the factor 1 − p.
///
/// The mask is drawn from the layer's own seeded generator, a fresh one for each training forward
/// pass; a copy of the layer carries a copy of the generator, so a copy draws the same next mask
/// (which is how a gradient check sees one fixed mask). `lastMask` shows the mask last drawn.
public struct DropoutLayer: Layer {
    /// The probability p that an input is dropped, in [0, 1).
    public let rate: Double
    /// The scaled mask m / (1 − p) of the last training forward pass (entries 0 or 1/(1 − p)).
    public private(set) var lastMask: NDArray?
    private var generator: SeededGenerator
    private var training = false

    /// A layer dropping each input with probability `rate`, its masks drawn from `seed`.
    public init(rate: Double, seed: UInt64) {
        precondition(rate >= 0 && rate < 1, "DropoutLayer rate must lie in [0, 1), got \(rate)")
        self.rate = rate
        self.generator = SeededGenerator(seed: seed)
    }

    /// Training: x ⊙ m / (1 − p) with a fresh mask; inference: x.
    public mutating func forward(_ x: NDArray, _ params: Parameters, training: Bool) -> NDArray {
        self.training = training
        guard training else { return x }
        let keep = 1 - rate
        let scale = 1 / keep
        // One draw per element, in order: m = 1/(1 − p) with probability 1 − p, else 0.
        let mask = NDArray(
            shape: x.shape, scalars: (0..<x.count).map { _ in generator.nextUniform() < keep ? scale : 0 })
        lastMask = mask
        return x * mask
    }

    /// dout ⊙ m / (1 − p) after a training pass; dout itself after an inference pass.
    public mutating func backward(_ dout: NDArray, _ params: Parameters, _ grads: inout Parameters) -> NDArray {
        guard training else { return dout }
        return dout * cached(lastMask, matching: dout, in: "DropoutLayer")
    }
}
