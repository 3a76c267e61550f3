// Creating arrays: constants, ranges, the identity, and seeded random draws.

extension NDArray {
    /// An array of zeros (np.zeros).
    public static func zeros(_ shape: [Int]) -> NDArray { full(shape, 0) }

    /// An array of ones (np.ones).
    public static func ones(_ shape: [Int]) -> NDArray { full(shape, 1) }

    /// An array of the same shape as `other`, filled with zeros (np.zeros_like).
    public static func zeros(like other: NDArray) -> NDArray { zeros(other.shape) }

    /// An array filled with one value (np.full).
    public static func full(_ shape: [Int], _ value: Double) -> NDArray {
        precondition(shape.allSatisfy { $0 >= 0 }, "negative dimensions are not allowed: \(Shape.describe(shape))")
        return NDArray(shape: shape, scalars: filledScalars(count: Shape.count(shape), value: value))
    }

    /// start, start + step, … up to but excluding `stop` (np.arange); the count is ⌈(stop − start)/step⌉.
    public static func arange(_ start: Double, _ stop: Double, step: Double = 1) -> NDArray {
        precondition(step != 0 && step.isFinite, "arange needs a finite, non-zero step, got \(step)")
        precondition(
            start.isFinite && stop.isFinite, "arange needs finite start and stop, got \(start) and \(stop)")
        let n = Swift.max(0, Int(((stop - start) / step).rounded(.up)))
        // As NumPy: the step actually taken is the rounded difference of the first two values.
        let delta = (start + step) - start
        return NDArray((0..<n).map { start + Double($0) * delta })
    }

    /// 0, 1, …, stop − 1 (np.arange(stop)).
    public static func arange(_ stop: Int) -> NDArray { NDArray((0..<Swift.max(stop, 0)).map(Double.init)) }

    /// `count` evenly spaced numbers from `start` to `stop`, both included (np.linspace).
    public static func linspace(_ start: Double, _ stop: Double, count: Int) -> NDArray {
        precondition(count >= 0, "number of samples, \(count), must be non-negative")
        if count == 1 { return NDArray([start]) }
        let step = (stop - start) / Double(count - 1)
        return NDArray((0..<count).map { $0 == count - 1 ? stop : start + Double($0) * step })
    }

    /// The n×n identity matrix (np.eye).
    public static func eye(_ n: Int) -> NDArray {
        var result = zeros([n, n])
        for i in 0..<n { result.storage[i * n + i] = 1 }
        return result
    }

    /// Standard normal samples N(0, 1) (np.random.randn), drawn from `generator`.
    public static func randn(_ shape: [Int], using generator: inout SeededGenerator) -> NDArray {
        NDArray(shape: shape, scalars: (0..<Shape.count(shape)).map { _ in generator.nextNormal() })
    }

    /// Uniform samples in [low, high) (np.random.uniform), drawn from `generator`.
    public static func uniform(
        _ shape: [Int], low: Double = 0, high: Double = 1, using generator: inout SeededGenerator
    ) -> NDArray {
        NDArray(
            shape: shape, scalars: (0..<Shape.count(shape)).map { _ in generator.nextUniform(low: low, high: high) })
    }
}
