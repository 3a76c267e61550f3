import NumSwift

/// How a `MultiLayerNet` draws the initial weights of an affine layer from its fan-in and fan-out:
/// the seam where He and Xavier initialisation plug in.
public struct WeightSampler: Sendable {
    /// Draws a (fanIn, fanOut) weight matrix.
    public let sample: @Sendable (_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) -> NDArray

    /// A sampler from any drawing function.
    public init(
        _ sample: @escaping @Sendable (_ fanIn: Int, _ fanOut: Int, _ generator: inout SeededGenerator) -> NDArray
    ) {
        self.sample = sample
    }

    /// N(0, σ²) for every layer, σ fixed (the book's 0.01).
    public static func gaussian(standardDeviation: Double) -> WeightSampler {
        gaussian { _ in standardDeviation }
    }

    /// N(0, σ²) with σ depending on the layer's fan-in: He is σ = √(2/n), Xavier σ = √(1/n).
    public static func gaussian(standardDeviation: @escaping @Sendable (_ fanIn: Int) -> Double) -> WeightSampler {
        WeightSampler { fanIn, fanOut, generator in
            NDArray.randn([fanIn, fanOut], using: &generator) * standardDeviation(fanIn)
        }
    }
}
