import NumSwift

// The sigmoid linear unit (swish) and its derivative.

/// The sigmoid linear unit SiLU(x) = x σ(x) (Elfwing, Uchibe & Doya 2017), also called swish
/// (Ramachandran, Zoph & Le 2017, with β = 1).
@inlinable
public func silu(_ x: Double) -> Double { x * sigmoid(x) }

/// SiLU element by element.
public func silu(_ x: NDArray) -> NDArray { x.map { silu($0) } }

/// SiLU′(x) = σ(x)(1 + x(1 − σ(x))).
@inlinable
public func siluDerivative(_ x: Double) -> Double {
    let s = sigmoid(x)
    return s * (1 + x * (1 - s))
}

/// SiLU′ element by element.
public func siluDerivative(_ x: NDArray) -> NDArray { x.map { siluDerivative($0) } }
