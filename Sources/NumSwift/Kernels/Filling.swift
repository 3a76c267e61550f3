// The loop behind `full`: a new buffer with one value everywhere.

extension NDArray {
    /// `count` copies of `value` in a new element buffer; a large one is first advised to use
    /// huge pages (HugePages.swift), since its pages are about to be written for the first time.
    static func filledScalars(count: Int, value: Double) -> [Double] {
        [Double](fresh: count) { buffer in
            buffer.initialize(repeating: value)
        }
    }
}
