// Packing copies a block of an operand into the order the micro-kernel reads it, so that its
// inner loop walks memory with stride 1 whatever the operand's layout or transposition.

enum Packing {
    /// Copies rows `0..<rows`, columns `0..<depth` of `a` into slivers of `MicroKernel.rows` rows:
    /// sliver s holds, for each p, the elements a[s·MR + r, p] for r in 0..<MR, zero-padded.
    static func packRows(
        of a: StridedMatrix, rows: Int, depth: Int, into packed: UnsafeMutablePointer<Double>
    ) {
        let height = MicroKernel.rows
        var out = packed
        var first = 0
        while first < rows {
            let valid = min(height, rows &- first)
            let sliver = a.shifted(row: first, column: 0)
            if valid == height {
                for p in 0..<depth {
                    let source = sliver.base + p &* sliver.columnStride
                    for r in 0..<height { out[r] = source[r &* sliver.rowStride] }
                    out += height
                }
            } else {
                for p in 0..<depth {
                    let source = sliver.base + p &* sliver.columnStride
                    for r in 0..<height { out[r] = r < valid ? source[r &* sliver.rowStride] : 0 }
                    out += height
                }
            }
            first &+= height
        }
    }

    /// Copies rows `0..<depth`, columns `0..<columns` of `b` into slivers of `MicroKernel.columns`
    /// columns: sliver s holds, for each p, the elements b[p, s·NR + j] for j in 0..<NR, zero-padded.
    /// A last sliver as wide as the narrow tile reads (2 or 4 columns) is copied at that width.
    static func packColumns(
        of b: StridedMatrix, depth: Int, columns: Int, into packed: UnsafeMutablePointer<Double>
    ) {
        var out = packed
        var first = 0
        while first < columns {
            let valid = min(MicroKernel.columns, columns &- first)
            let width = MicroKernel.narrowWidths.contains(valid) ? valid : MicroKernel.columns
            let sliver = b.shifted(row: 0, column: first)
            if valid == width && sliver.columnStride == 1 {
                // Row-major B: each step copies 8 neighbours, which the compiler turns into vector moves.
                for p in 0..<depth {
                    let source = sliver.base + p &* sliver.rowStride
                    for j in 0..<width { out[j] = source[j] }
                    out += width
                }
            } else if valid == width && sliver.rowStride == 1 {
                // Transposed B: each column lies contiguous in memory, so read it down and write it
                // across the sliver (which stays in L1) rather than gather 8 elements far apart.
                for j in 0..<width {
                    let source = sliver.base + j &* sliver.columnStride
                    for p in 0..<depth { out[p &* width &+ j] = source[p] }
                }
                out += depth &* width
            } else {
                for p in 0..<depth {
                    let source = sliver.base + p &* sliver.rowStride
                    for j in 0..<width { out[j] = j < valid ? source[j &* sliver.columnStride] : 0 }
                    out += width
                }
            }
            first &+= width
        }
    }
}
