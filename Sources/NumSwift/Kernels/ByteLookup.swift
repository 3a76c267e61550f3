// The loop behind `NDArray(shape:lookingUp:in:)`: one table read per byte, through the buffers.

enum ByteLookup {
    /// `table[codes[i]]` for every i; `table` holds 256 values.
    static func values(of codes: ArraySlice<UInt8>, in table: [Double]) -> [Double] {
        let count = codes.count
        return [Double](fresh: count) { out in
            codes.withUnsafeBufferPointer { bytes in
                table.withUnsafeBufferPointer { values in
                    for i in 0..<count { out[i] = values[Int(bytes[i])] }
                }
            }
        }
    }
}
