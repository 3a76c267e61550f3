// Direct access to an array's element buffer, for loops that must run without bounds checks or
// copies. Inside NumSwift only the kernels need it; code above NumSwift should not.

extension NDArray {
    /// Calls `body` with the elements as a read-only buffer (for hot loops).
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try scalars.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the elements as a writable buffer (for hot loops); copies first if shared.
    @inlinable
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        try storage.withUnsafeMutableBufferPointer(body)
    }
}
