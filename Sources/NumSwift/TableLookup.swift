// Bytes to numbers through a table of 256 values: how pixels (or any byte codes) become an array
// when the value of every possible byte is known in advance.

extension NDArray {
    /// The array of `shape` whose element i is `table[codes[i]]`: NumPy's `table[codes]`
    /// (`np.take`) for byte codes. `table` holds a value for every byte (256 values).
    ///
    /// A look-up per element, with no arithmetic, so the numbers are exactly the table's.
    public init(shape: [Int], lookingUp codes: ArraySlice<UInt8>, in table: [Double]) {
        precondition(table.count == 256, "the table needs a value for each of the 256 bytes, got \(table.count)")
        let count = Shape.count(shape)
        precondition(
            count == codes.count, "shape \(Shape.describe(shape)) holds \(count) elements, got \(codes.count) codes")
        self.init(shape: shape, scalars: ByteLookup.values(of: codes, in: table))
    }
}
