import NumSwift

/// How to draw the initial weights W (shape fan_in × fan_out, the layer computes x·W) of a layer
/// with fan_in inputs and fan_out outputs.
///
/// The aim of every scheme after `standardDeviation` is to keep the variance of the signal about
/// the same from layer to layer, so that activations neither die out nor blow up with depth:
///
/// - `standardDeviation(σ)`: N(0, σ²), a fixed scale chosen by hand (the book's 0.01).
/// - `lecunNormal`: N(0, 1/fan_in) (LeCun, Bottou, Orr and Müller, 1998); the book calls this
///   "Xavier": for a linear layer (and tanh near 0) Var(x·W) = fan_in·Var(W)·Var(x) = Var(x).
/// - `xavierNormal`: N(0, 2/(fan_in + fan_out)) (Glorot and Bengio, 2010), the compromise between
///   keeping the forward variance (1/fan_in) and the backward one (1/fan_out).
/// - `xavierUniform`: U(−a, a) with a = √(6/(fan_in + fan_out)); a uniform U(−a, a) has variance
///   a²/3, the same 2/(fan_in + fan_out).
/// - `heNormal`: N(0, 2/fan_in) (He, Zhang, Ren and Sun, 2015): ReLU zeroes half its inputs,
///   halving the variance, so the weights make up a factor 2.
/// - `heUniform`: U(−a, a) with a = √(6/fan_in), variance 2/fan_in.
public enum WeightInit: Sendable, Equatable, CustomStringConvertible {
    case standardDeviation(Double)
    case lecunNormal
    case xavierNormal
    case xavierUniform
    case heNormal
    case heUniform

    /// The standard deviation of the weights this scheme draws for a layer of the given fans.
    public func standardDeviation(fanIn: Int, fanOut: Int) -> Double {
        let (nIn, nOut) = (Double(fanIn), Double(fanOut))
        switch self {
        case .standardDeviation(let sigma): return sigma
        case .lecunNormal: return (1 / nIn).squareRoot()
        case .xavierNormal, .xavierUniform: return (2 / (nIn + nOut)).squareRoot()
        case .heNormal, .heUniform: return (2 / nIn).squareRoot()
        }
    }

    /// A fan_in × fan_out weight matrix drawn from `generator`.
    public func weights(fanIn: Int, fanOut: Int, using generator: inout SeededGenerator) -> NDArray {
        precondition(fanIn > 0 && fanOut > 0, "weights need positive fans, got fanIn \(fanIn), fanOut \(fanOut)")
        let sigma = standardDeviation(fanIn: fanIn, fanOut: fanOut)
        switch self {
        case .standardDeviation, .lecunNormal, .xavierNormal, .heNormal:
            return NDArray.randn([fanIn, fanOut], using: &generator) * sigma
        case .xavierUniform, .heUniform:
            // σ = a/√3, so a = √3 σ: √(6/(fan_in + fan_out)) and √(6/fan_in) as in the papers.
            let limit = 3.0.squareRoot() * sigma
            return NDArray.uniform([fanIn, fanOut], low: -limit, high: limit, using: &generator)
        }
    }

    /// A short name for tables and legends: "std 0.01", "Xavier normal", "He uniform", ….
    public var description: String {
        switch self {
        case .standardDeviation(let sigma): "std \(NumberFormat.general(sigma))"
        case .lecunNormal: "LeCun normal"
        case .xavierNormal: "Xavier normal"
        case .xavierUniform: "Xavier uniform"
        case .heNormal: "He normal"
        case .heUniform: "He uniform"
        }
    }
}
