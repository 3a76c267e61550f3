import NumSwift

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Random, label-preserving changes to square digit images: a shift by a whole number of pixels
/// in each direction and, optionally, a small rotation about the centre. A shifted or slightly
/// turned "3" is still a "3", so each epoch sees new variants of the same training digits, and a
/// network cannot simply memorise the exact pixels.
///
/// The shift is at most `maximumShift` pixels (default: 1 on 8×8, 2 on 28×28, about 1/14 of
/// the side, so the digit stays on the canvas); the rotation at most ±`maximumRotation` degrees.
/// Each output pixel is read from the input by the inverse transform with bilinear interpolation;
/// pixels that come from outside the image are the image's background, its smallest value. Every
/// output pixel is thus a weighted average of input pixels and stays within the image's own range.
/// Without rotation the shift is exact: pixels are moved, never blended.
public struct DigitAugmentation: Sendable {
    /// The side of the square images, in pixels.
    public let side: Int
    /// The largest shift along each axis, in pixels.
    public let maximumShift: Int
    /// The largest rotation, in degrees either way.
    public let maximumRotation: Double

    /// Augmentation for `side`×`side` images.
    public init(side: Int, maximumShift: Int? = nil, maximumRotation: Double = 0) {
        precondition(side > 0, "DigitAugmentation needs a positive image side, got \(side)")
        let shift = maximumShift ?? Swift.max(1, side / 14)
        precondition(shift >= 0 && shift < side, "maximumShift must lie in 0..<\(side), got \(shift)")
        precondition(maximumRotation >= 0, "maximumRotation must be ≥ 0 degrees, got \(maximumRotation)")
        self.side = side
        self.maximumShift = shift
        self.maximumRotation = maximumRotation
    }

    /// Each image of a batch (first axis: images; side² pixels each, in any layout) moved by its
    /// own random shift and rotation; the output has the input's shape.
    public func augment(_ images: NDArray, using generator: inout SeededGenerator) -> NDArray {
        precondition(
            images.rank >= 2 && images.count == images.shape[0] * side * side,
            "DigitAugmentation(side: \(side)) needs a batch of \(side * side)-pixel images, got \(Shape.describe(images.shape))"
        )
        let pixels = images.scalars
        var output: [Double] = []
        output.reserveCapacity(images.count)
        for image in 0..<images.shape[0] {
            let dx = generator.nextInt(below: 2 * maximumShift + 1) - maximumShift
            let dy = generator.nextInt(below: 2 * maximumShift + 1) - maximumShift
            let degrees = maximumRotation > 0 ? generator.nextUniform(low: -maximumRotation, high: maximumRotation) : 0
            let start = image * side * side
            output += transform(
                Array(pixels[start..<(start + side * side)]), shift: (dx, dy), radians: degrees * Double.pi / 180)
        }
        return NDArray(shape: images.shape, scalars: output)
    }

    /// A batch with its images augmented and its labels unchanged.
    public func augment(
        _ batch: (features: NDArray, labels: [Int]), using generator: inout SeededGenerator
    ) -> (features: NDArray, labels: [Int]) {
        (augment(batch.features, using: &generator), batch.labels)
    }

    /// out(r, c) = in(R⁻¹ · ((r, c) − centre − shift) + centre), bilinear, background outside.
    private func transform(_ input: [Double], shift: (x: Int, y: Int), radians: Double) -> [Double] {
        var out = [Double](repeating: 0, count: side * side)
        var (background, brightest) = (Double.infinity, -Double.infinity)
        for value in input {
            background = Swift.min(background, value)
            brightest = Swift.max(brightest, value)
        }
        if radians == 0 {
            for r in 0..<side {
                for c in 0..<side {
                    let (sr, sc) = (r - shift.y, c - shift.x)
                    let inside = sr >= 0 && sr < side && sc >= 0 && sc < side
                    out[r * side + c] = inside ? input[sr * side + sc] : background
                }
            }
            return out
        }
        let centre = Double(side - 1) / 2
        let (cosine, sine) = (cos(radians), sin(radians))
        func pixel(_ r: Int, _ c: Int) -> Double {
            r >= 0 && r < side && c >= 0 && c < side ? input[r * side + c] : background
        }
        for r in 0..<side {
            for c in 0..<side {
                let u = Double(r - shift.y) - centre
                let v = Double(c - shift.x) - centre
                let sr = centre + cosine * u + sine * v
                let sc = centre - sine * u + cosine * v
                let (r0, c0) = (Int(sr.rounded(.down)), Int(sc.rounded(.down)))
                let (fr, fc) = (sr - Double(r0), sc - Double(c0))
                let top = pixel(r0, c0) * (1 - fc) + pixel(r0, c0 + 1) * fc
                let bottom = pixel(r0 + 1, c0) * (1 - fc) + pixel(r0 + 1, c0 + 1) * fc
                // A convex combination stays in range up to rounding; the clamp removes that last ulp.
                out[r * side + c] = Swift.min(brightest, Swift.max(background, top * (1 - fr) + bottom * fr))
            }
        }
        return out
    }
}
