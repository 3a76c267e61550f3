// Large new buffers ask for 2 MB pages before they are first written, as NumPy does.

#if canImport(Glibc)
    import Glibc
#endif

/// Advice to the operating system about a new element buffer.
@usableFromInline
enum HugePages {
    /// Buffers of at least this many bytes are advised: NumPy's threshold, 4 MB.
    @usableFromInline static let threshold = 1 << 22

    /// Asks Linux to back `buffer` with 2 MB pages where it can (transparent huge pages in
    /// `madvise` mode, the common default), before anything is written to it. A fresh 14 MB array,
    /// as a convolution's maps or im2col's matrix, then costs about 7 page faults instead of
    /// 3,400, each of which would stop the loop that first writes the page. NumPy does the same
    /// for every array of 4 MB or more. Elsewhere, or for a small buffer, it does nothing.
    @usableFromInline
    static func advise<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) {
        #if os(Linux)
            let bytes = buffer.count &* MemoryLayout<Element>.stride
            guard bytes >= threshold, let base = buffer.baseAddress else { return }
            // madvise needs a page-aligned start: skip to the first whole page.
            let page = 4096
            let start = (Int(bitPattern: base) &+ page &- 1) & ~(page &- 1)
            let length = Int(bitPattern: base) &+ bytes &- start
            _ = madvise(UnsafeMutableRawPointer(bitPattern: start), length, MADV_HUGEPAGE)
        #endif
    }
}
