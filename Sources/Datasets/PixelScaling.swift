/// How a batch turns a stored pixel byte into the `Double` a network sees.
public enum PixelScaling: Sendable, Equatable {
    /// The byte's value as it is: 0...16 for the digits, 0...255 for MNIST.
    case raw
    /// x / maximum, so that every pixel lies in [0, 1] (the book's `normalize=True`).
    case unitInterval
    /// (x − mean) / standardDeviation, with both in raw pixel units and taken from the training set.
    case standardized(PixelStatistics)

    /// The value of pixel `x` of a data set whose largest possible pixel is `maximum`.
    public func value(of x: UInt8, maximum: Int) -> Double {
        switch self {
        case .raw: return Double(x)
        case .unitInterval: return Double(x) / Double(maximum)
        case .standardized(let statistics): return (Double(x) - statistics.mean) / statistics.standardDeviation
        }
    }
}

/// The mean and standard deviation of all pixels of a set of images, in raw pixel units.
///
/// One number for all pixels, not one per pixel position: the digits' border pixels are
/// zero in almost every image, and a per-position deviation of zero cannot be divided by.
public struct PixelStatistics: Sendable, Equatable {
    /// μ = Σx / n over every pixel of every image.
    public let mean: Double
    /// σ = √(Σx² / n − μ²), the population deviation (NumPy's `std`, ddof = 0).
    public let standardDeviation: Double

    /// Statistics from known values.
    public init(mean: Double, standardDeviation: Double) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// The statistics of `pixels`. The sums are exact integers, so no precision is lost
    /// however many pixels there are (MNIST's 47 million included).
    public init(pixels: [UInt8]) {
        precondition(!pixels.isEmpty, "pixel statistics need at least one pixel")
        var sum = 0
        var sumOfSquares = 0
        for x in pixels {
            sum += Int(x)
            sumOfSquares += Int(x) * Int(x)
        }
        let n = Double(pixels.count)
        let mean = Double(sum) / n
        let variance = Swift.max(0, Double(sumOfSquares) / n - mean * mean)
        self.init(mean: mean, standardDeviation: variance.squareRoot())
    }
}

/// The shape a batch gives each image.
public enum SampleLayout: Sendable, Equatable {
    /// One row of `rows · columns` numbers per image, for fully connected networks (the book's `flatten=True`).
    case flat
    /// One channel of `rows`×`columns` per image, shape `[1, rows, columns]`, for convolutions
    /// (the book's `flatten=False`).
    case image
}
