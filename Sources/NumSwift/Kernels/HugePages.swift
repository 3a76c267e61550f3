// New result buffers: made in one place, and the large ones asked to use 2 MB pages before they
// are first written, as NumPy does.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Advice to the operating system about a new element buffer.
@usableFromInline
enum HugePages {
    /// Buffers of at least this many bytes are advised: NumPy's threshold, 4 MB.
    @usableFromInline static let threshold = 1 << 22

    /// Asks Linux to back `buffer` with 2 MB pages where it can (transparent huge pages in
    /// `madvise` mode, as on the machine the benchmarks ran on), before anything is written to it.
    /// A fresh 14 MB array, as a convolution's maps or im2col's matrix, is then mapped mostly in
    /// 2 MB pages instead of about 3,400 pages of 4 KB, each of whose faults stops the loop that
    /// first writes the page. (In the benchmark's convnet training step perf counted about a
    /// quarter as many page faults, and the step took about a fifth less time.) NumPy does the
    /// same for every array of 4 MB or more. Elsewhere, or for a smaller buffer, it does nothing.
    @usableFromInline
    static func advise<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) {
        #if os(Linux) && (canImport(Glibc) || canImport(Musl))
            let bytes = buffer.count &* MemoryLayout<Element>.stride
            guard bytes >= threshold, let base = buffer.baseAddress else { return }
            // madvise needs a page-aligned start: skip to the first whole page.
            let page = Int(getpagesize())
            let start = (Int(bitPattern: base) &+ page &- 1) & ~(page &- 1)
            let length = Int(bitPattern: base) &+ bytes &- start
            _ = madvise(UnsafeMutableRawPointer(bitPattern: start), length, MADV_HUGEPAGE)
        #endif
    }
}

extension Array {
    /// A new array of `count` elements, every one of which `write` must set: the one way the
    /// kernels make a result buffer. A large one is first advised to use huge pages (above),
    /// since its pages are about to be written for the first time.
    @inlinable
    init(fresh count: Int, _ write: (UnsafeMutableBufferPointer<Element>) -> Void) {
        self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
            HugePages.advise(buffer)
            write(buffer)
            initialized = count
        }
    }
}
