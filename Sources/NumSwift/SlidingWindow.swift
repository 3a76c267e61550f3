// Where a window (a convolution's filter, a pooling region) can sit on an image.

/// A window of `height` × `width` pixels that slides over an image `stride` pixels at a time,
/// on the image surrounded by `padding` pixels of zeros: a convolution's filter or a pooling region.
///
/// Along one axis of length H the window fits at OH = (H + 2P − FH) / S + 1 places. When S does
/// not divide H + 2P − FH the last step would leave pixels that no window covers; the book then
/// silently drops them, here `outputSize` refuses with a message naming the sizes.
public struct SlidingWindow: Sendable, Equatable, CustomStringConvertible {
    /// The window's height FH.
    public let height: Int
    /// The window's width FW.
    public let width: Int
    /// How many pixels the window moves at each step, S.
    public let stride: Int
    /// The zeros added on every side of the image, P.
    public let padding: Int

    /// A `height` × `width` window moving `stride` pixels at a time over an image padded by `padding`.
    public init(height: Int, width: Int, stride: Int = 1, padding: Int = 0) {
        precondition(
            height > 0 && width > 0 && stride > 0 && padding >= 0,
            "SlidingWindow needs a positive size and stride and a padding ≥ 0, "
                + "got \(height)x\(width), stride \(stride), padding \(padding)")
        self.height = height
        self.width = width
        self.stride = stride
        self.padding = padding
    }

    /// "3x3 stride 1 pad 1".
    public var description: String { "\(height)x\(width) stride \(stride) pad \(padding)" }

    /// The output size (OH, OW) on an image of `imageHeight` × `imageWidth` pixels; throws when the
    /// window is larger than the padded image or the stride does not divide what remains.
    public func outputSize(imageHeight: Int, imageWidth: Int) throws(SlidingWindowError) -> (height: Int, width: Int) {
        let rows = try SlidingWindow.outputLength(input: imageHeight, window: height, stride: stride, padding: padding)
        let columns = try SlidingWindow.outputLength(input: imageWidth, window: width, stride: stride, padding: padding)
        return (rows, columns)
    }

    /// The output size, stopping with the error's message for a misuse (a layer's input that
    /// does not fit its filter).
    public func outputSizeOrFail(imageHeight: Int, imageWidth: Int, in context: String) -> (height: Int, width: Int) {
        do {
            return try outputSize(imageHeight: imageHeight, imageWidth: imageWidth)
        } catch {
            preconditionFailure("\(context): \(error)")
        }
    }

    /// OH = (H + 2P − FH) / S + 1 along one axis, when S divides H + 2P − FH exactly.
    public static func outputLength(input: Int, window: Int, stride: Int, padding: Int) throws(SlidingWindowError)
        -> Int
    {
        let span = input + 2 * padding - window
        guard span >= 0 else {
            throw .windowTooLarge(input: input, window: window, padding: padding)
        }
        guard span % stride == 0 else {
            throw .strideDoesNotDivide(input: input, window: window, stride: stride, padding: padding)
        }
        return span / stride + 1
    }
}

/// Why a window does not fit an image; the description names every size involved.
public enum SlidingWindowError: Error, Equatable, CustomStringConvertible {
    /// The window is larger than the padded image.
    case windowTooLarge(input: Int, window: Int, padding: Int)
    /// (H + 2P − FH) is not a multiple of the stride: the last pixels would be left uncovered.
    case strideDoesNotDivide(input: Int, window: Int, stride: Int, padding: Int)

    /// One line saying which sizes do not fit and why.
    public var description: String {
        switch self {
        case .windowTooLarge(let input, let window, let padding):
            "a window of \(window) does not fit in an input of \(input) padded by \(padding) "
                + "(\(input) + 2*\(padding) = \(input + 2 * padding) < \(window))"
        case .strideDoesNotDivide(let input, let window, let stride, let padding):
            "stride \(stride) does not divide (\(input) + 2*\(padding) - \(window)) = "
                + "\(input + 2 * padding - window): an input of \(input) with padding \(padding) "
                + "and a window of \(window) leaves pixels no window covers"
        }
    }
}
