#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The book's guarded cross-entropy of one sample, E = −log(p + δ), with p the probability
/// softmax gives the right class: the tiny δ keeps the log finite when p is 0.
///
/// Differentiating it by the right class's score a gives the exact gradient p − 1 scaled by
/// p / (p + δ): the guard damps the gradient exactly where the network is most wrong. Only a
/// gradient taken from this loss itself (numerically, as in chapter 4) sees that damping; the
/// book's `SoftmaxWithLoss.backward` returns the exact (p − t)/N.
struct DeltaGuardedLoss {
    /// The guard inside the log (the book's 1e-7).
    let delta: Double

    /// −log(p + δ); at most −log δ.
    func value(_ p: Double) -> Double { -log(p + delta) }

    /// ∂E/∂a for the right class's score a: (p − 1) · p / (p + δ) (−0 printed as 0).
    func scoreGradient(_ p: Double) -> Double { p / (p + delta) * (p - 1) + 0 }
}
