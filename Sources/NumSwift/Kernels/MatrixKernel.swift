// The kernel behind `matmul`, blocked for the caches in the manner of Goto and van de Geijn's
// "Anatomy of high-performance matrix multiplication" (2008): a panel of B (kc × nc) stays in
// the L2/L3 cache, a block of A (mc × kc) in L2, and the micro-kernel sweeps a sliver of B
// (kc × 8, 16 KB) held in L1 across the slivers of A. Large operands are packed (copied into the
// order the micro-kernel reads); the small ones of an MLP are read where they are.

/// C (m×n, rows `n` apart) += op(A) · op(B), with the cache blocking and the thread split.
enum MatrixKernel {
    /// Depth of a block (kc): a kc × 8 sliver of packed B fills half of a 32 KB L1 cache.
    static let depthBlock = 256
    /// Rows of a block of A (mc): the packed mc × kc block (192 KB) sits in L2.
    static let rowBlock = 96
    /// Columns of a panel of B (nc): the packed kc × nc panel (4 MB) sits in L3.
    static let columnBlock = 2048
    /// Products with fewer multiply-adds stay on one thread: waking the helper costs microseconds.
    static let parallelThreshold = 1 << 18
    /// Pieces a product is cut into for two threads: more pieces even out a late or descheduled
    /// helper, fewer repeat less packing of the operand every piece needs whole.
    static let chunkCount = 4
    /// How many tiles must read a block of an operand before copying it pays (see `compute`):
    /// more than 16, so that the book's batch of 100 rows (17 row tiles) reads W where it lies.
    static let packingReuse = 17

    /// C (m×n) += op(A) · op(B), all stored row-major; op transposes when asked. With `rowToAdd`
    /// (n numbers), each tile of C then gets that row added while it is still in the L1 cache:
    /// (C + op(A) · op(B)) + row, rounded exactly as a separate pass would round it; with
    /// `columnToAdd` (m numbers), number i is added to row i in the same way.
    ///
    /// `maxThreads` caps the threads (1 or 2); `fused` picks the multiply-add instructions, and the
    /// tests set it to false to run the portable path in any build.
    static func multiply(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Double>, transposeA: Bool,
        b: UnsafePointer<Double>, transposeB: Bool,
        into c: UnsafeMutablePointer<Double>,
        addingRow rowToAdd: UnsafePointer<Double>? = nil,
        addingColumn columnToAdd: UnsafePointer<Double>? = nil,
        maxThreads: Int = Parallelism.maximumThreads,
        fused: Bool = MicroKernel.usesFusedMultiplyAdd
    ) {
        guard m > 0 && n > 0 else { return }
        let product = MatrixProduct(
            m: m, n: n, k: k,
            a: StridedMatrix(rowMajor: a, columns: transposeA ? m : k, transposed: transposeA),
            b: StridedMatrix(rowMajor: b, columns: transposeB ? k : n, transposed: transposeB),
            c: c, cRowStride: n, rowToAdd: rowToAdd, columnToAdd: columnToAdd, fused: fused)
        guard k > 0 else {
            // An empty sum: C + row.
            if let rowToAdd { product.add(row: rowToAdd, to: c, rows: m, columns: n) }
            if let columnToAdd { product.add(column: columnToAdd, to: c, rows: m, columns: n) }
            return
        }
        guard maxThreads >= 2, m &* n &* k >= parallelThreshold else {
            product.compute()
            return
        }
        let chunks = product.split(into: chunkCount)
        Parallelism.forEachChunk(count: chunks.count) { chunks[$0].compute() }
    }
}

/// One product C += op(A) · op(B) described by pointers: a value that can be handed to another
/// thread, unchecked because whoever creates it keeps the memory alive until `compute` returns.
struct MatrixProduct: @unchecked Sendable {
    let m: Int
    let n: Int
    let k: Int
    let a: StridedMatrix
    let b: StridedMatrix
    let c: UnsafeMutablePointer<Double>
    let cRowStride: Int
    /// A row added to every row of C once its sum is complete (a layer's bias), or nil.
    let rowToAdd: UnsafePointer<Double>?
    /// A column added to every column of C once its sum is complete (a convolution's bias), or nil.
    let columnToAdd: UnsafePointer<Double>?
    let fused: Bool

    /// Up to `pieces` products over disjoint parts of C, cut across its longer side at tile
    /// boundaries. Each piece reads all of the operand along the other side.
    func split(into pieces: Int) -> [MatrixProduct] {
        let alongRows = m >= n
        let tile = alongRows ? MicroKernel.rows : MicroKernel.columns
        let length = alongRows ? m : n
        let tiles = (length &+ tile &- 1) / tile
        let count = Swift.max(1, Swift.min(pieces, tiles))
        return (0..<count).map { piece in
            // Tiles shared out as evenly as possible, the first pieces taking one more.
            let first = Swift.min(length, (piece &* (tiles / count) &+ Swift.min(piece, tiles % count)) &* tile)
            let end = Swift.min(
                length, ((piece &+ 1) &* (tiles / count) &+ Swift.min(piece &+ 1, tiles % count)) &* tile)
            return alongRows ? rows(first, end &- first) : columns(first, end &- first)
        }
    }

    private func rows(_ first: Int, _ count: Int) -> MatrixProduct {
        MatrixProduct(
            m: count, n: n, k: k, a: a.shifted(row: first, column: 0), b: b, c: c + first &* cRowStride,
            cRowStride: cRowStride, rowToAdd: rowToAdd, columnToAdd: columnToAdd.map { $0 + first }, fused: fused)
    }

    private func columns(_ first: Int, _ count: Int) -> MatrixProduct {
        MatrixProduct(
            m: m, n: count, k: k, a: a, b: b.shifted(row: 0, column: first), c: c + first,
            cRowStride: cRowStride, rowToAdd: rowToAdd.map { $0 + first }, columnToAdd: columnToAdd, fused: fused)
    }

    /// Runs the blocked loops on the calling thread.
    func compute() {
        let depthBlocks = Blocking(total: k, largest: MatrixKernel.depthBlock, multiple: 1)
        let rowBlocks = Blocking(total: m, largest: MatrixKernel.rowBlock, multiple: MicroKernel.rows)
        let columnBlocks = Blocking(total: n, largest: MatrixKernel.columnBlock, multiple: MicroKernel.columns)
        // Copying costs about as much as one pass of the micro-kernel over the copy, so it pays when
        // the copy is read many times: a block of A once per 8 columns of C, a panel of B once per
        // 6 rows. Small operands are read in place; B's columns must be contiguous for that.
        let packA = n >= MatrixKernel.packingReuse &* MicroKernel.columns
        let packB = m >= MatrixKernel.packingReuse &* MicroKernel.rows || b.columnStride != 1
        let packedA = AlignedBuffer(count: packA ? rowBlocks.size &* depthBlocks.size : 0)
        let packedB = AlignedBuffer(count: depthBlocks.size &* (packB ? columnBlocks.size : MicroKernel.columns))
        defer {
            packedA.free()
            packedB.free()
        }
        for jc in Swift.stride(from: 0, to: n, by: columnBlocks.size) {
            let nc = Swift.min(columnBlocks.size, n &- jc)
            // A last sliver 2 or 4 columns wide goes to the narrow tile (read in place, or packed at
            // its own width); one of another width is zero-padded to 8. Without packing, only a
            // padded last sliver is copied.
            let edge = nc % MicroKernel.columns
            let narrowEdge = MicroKernel.narrowWidths.contains(edge)
            let inPlaceColumns = packB ? 0 : (narrowEdge ? nc : nc &- edge)
            for pc in Swift.stride(from: 0, to: k, by: depthBlocks.size) {
                let kc = Swift.min(depthBlocks.size, k &- pc)
                let lastDepthBlock = pc &+ kc == k
                let panel = b.shifted(row: pc, column: jc)
                if inPlaceColumns < nc {
                    Packing.packColumns(
                        of: panel.shifted(row: 0, column: inPlaceColumns), depth: kc, columns: nc &- inPlaceColumns,
                        into: packedB.pointer)
                }
                for ic in Swift.stride(from: 0, to: m, by: rowBlocks.size) {
                    let mc = Swift.min(rowBlocks.size, m &- ic)
                    let block = a.shifted(row: ic, column: pc)
                    if packA { Packing.packRows(of: block, rows: mc, depth: kc, into: packedA.pointer) }
                    for jr in Swift.stride(from: 0, to: nc, by: MicroKernel.columns) {
                        let width = Swift.min(MicroKernel.columns, nc &- jr)
                        let narrow = narrowEdge && width == edge
                        let columns =
                            jr < inPlaceColumns
                            ? TileColumns(base: panel.base + jr, step: panel.rowStride)
                            : TileColumns(
                                base: packedB.pointer + (jr &- inPlaceColumns) &* kc,
                                step: narrow ? width : MicroKernel.columns)
                        for ir in Swift.stride(from: 0, to: mc, by: MicroKernel.rows) {
                            let height = Swift.min(MicroKernel.rows, mc &- ir)
                            let rows =
                                packA
                                ? TileRows(
                                    base: packedA.pointer + ir &* kc, rowStride: 1, step: MicroKernel.rows,
                                    rows: MicroKernel.rows)
                                : TileRows(
                                    base: block.base + ir &* block.rowStride, rowStride: block.rowStride,
                                    step: block.columnStride, rows: height)
                            let target = c + ((ic &+ ir) &* cRowStride &+ jc &+ jr)
                            tile(
                                depth: kc, a: rows, b: columns, into: target, rows: height, columns: width,
                                narrow: narrow)
                            if lastDepthBlock, let rowToAdd {
                                add(row: rowToAdd + (jc &+ jr), to: target, rows: height, columns: width)
                            }
                            if lastDepthBlock, let columnToAdd {
                                add(column: columnToAdd + (ic &+ ir), to: target, rows: height, columns: width)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Adds `row[0..<columns]` to `rows` rows of C starting at `target`: a finished tile, still in L1.
    func add(row: UnsafePointer<Double>, to target: UnsafeMutablePointer<Double>, rows: Int, columns: Int) {
        for r in 0..<rows {
            let destination = target + r &* cRowStride
            for j in 0..<columns { destination[j] += row[j] }
        }
    }

    /// Adds `column[r]` to row r of a tile of `rows` rows starting at `target`, for r in 0..<rows.
    func add(column: UnsafePointer<Double>, to target: UnsafeMutablePointer<Double>, rows: Int, columns: Int) {
        for r in 0..<rows {
            let destination = target + r &* cRowStride
            for j in 0..<columns { destination[j] += column[r] }
        }
    }

    private func tile(
        depth: Int, a: TileRows, b: TileColumns, into c: UnsafeMutablePointer<Double>, rows: Int, columns: Int,
        narrow: Bool
    ) {
        if narrow {
            MicroKernel.multiplyAddNarrow(
                width: columns, depth: depth, a: a, b: b, into: c, rowStride: cRowStride, rows: rows, fused: fused)
        } else if fused {
            MicroKernel.multiplyAddFused(
                depth: depth, a: a, b: b, into: c, rowStride: cRowStride, rows: rows, columns: columns)
        } else {
            MicroKernel.multiplyAddSeparate(
                depth: depth, a: a, b: b, into: c, rowStride: cRowStride, rows: rows, columns: columns)
        }
    }
}

/// Block lengths that split `total` into equal parts no longer than `largest` (784 = 4 × 196, not
/// 3 × 256 + 16), rounded up to a multiple of the tile.
struct Blocking {
    let size: Int

    init(total: Int, largest: Int, multiple: Int) {
        let blocks = (total &+ largest &- 1) / largest
        let even = (total &+ blocks &- 1) / blocks
        size = (even &+ multiple &- 1) / multiple &* multiple
    }
}

/// Scratch memory for packed operands, aligned to a cache line.
struct AlignedBuffer {
    let pointer: UnsafeMutablePointer<Double>

    init(count: Int) {
        pointer = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(count, 1) &* 8, alignment: 64)
            .bindMemory(to: Double.self, capacity: Swift.max(count, 1))
    }

    func free() { pointer.deallocate() }
}
