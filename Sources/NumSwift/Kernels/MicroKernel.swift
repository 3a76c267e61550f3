// The register tile at the heart of matmul: a 6×8 block of C held in twelve SIMD4<Double>
// accumulators (AVX2 has sixteen 256-bit registers: twelve for C, two for a row of B, one for a
// broadcast element of A). Each step reads 6 numbers of A and 8 of B and does 48 multiply-adds,
// so the loop is bound by arithmetic, not by memory. C's last 2 or 4 columns, when its width is
// not a multiple of 8, get a narrow 6×2 or 6×4 tile instead of a zero-padded 6×8 one.

/// How one step accumulates c += a · b on four lanes.
protocol MultiplyAddStep {
    static func accumulate<V: SIMD>(_ c: inout V, _ a: V, _ b: V) where V.Scalar == Double
}

/// One fused multiply-add per lane (one rounding): a single instruction with FMA hardware, but a
/// libm call per lane without it, so it is chosen only when the build targets FMA.
enum FusedMultiplyAdd: MultiplyAddStep {
    @inline(__always)
    static func accumulate<V: SIMD>(_ c: inout V, _ a: V, _ b: V) where V.Scalar == Double {
        c.addProduct(a, b)
    }
}

/// A multiply then an add (two roundings): the portable baseline (LLVM never fuses them by itself).
enum SeparateMultiplyAdd: MultiplyAddStep {
    @inline(__always)
    static func accumulate<V: SIMD>(_ c: inout V, _ a: V, _ b: V) where V.Scalar == Double {
        c += a * b
    }
}

/// The six rows of op(A) a tile reads: element (r, p) is at `base[offsets[r] &+ p &* step]`.
///
/// Packed rows have offsets 0…5 and step 6; rows read in place from a row-major matrix have
/// offsets 0, lda, 2·lda, … and step 1; from a transposed one, offsets 0…5 and step lda. A tile
/// with fewer than six rows repeats its last row's offset, so it never reads outside the matrix.
struct TileRows {
    let base: UnsafePointer<Double>
    let offsets: (Int, Int, Int, Int, Int, Int)
    let step: Int

    init(base: UnsafePointer<Double>, rowStride: Int, step: Int, rows: Int) {
        let last = rows &- 1
        self.base = base
        self.step = step
        offsets = (
            0, Swift.min(1, last) &* rowStride, Swift.min(2, last) &* rowStride, Swift.min(3, last) &* rowStride,
            Swift.min(4, last) &* rowStride, Swift.min(5, last) &* rowStride
        )
    }
}

/// The eight columns of op(B) a tile reads: element (p, j) is at `base[p &* step &+ j]`, from a
/// packed sliver (step 8) or in place from the rows of a row-major matrix (step ldb).
struct TileColumns {
    let base: UnsafePointer<Double>
    let step: Int
}

enum MicroKernel {
    /// Rows of the register tile (MR).
    static let rows = 6
    /// Columns of the register tile (NR), two SIMD4 vectors.
    static let columns = 8

    /// True when this build multiplies with FMA instructions (x86_64 built for Haswell, or arm64).
    static var usesFusedMultiplyAdd: Bool {
        #if NUMSWIFT_FMA || arch(arm64)
            return true
        #else
            return false
        #endif
    }

    /// The tile with fused multiply-adds (`addProduct`).
    static func multiplyAddFused(
        depth: Int, a: TileRows, b: TileColumns, into c: UnsafeMutablePointer<Double>, rowStride: Int,
        rows: Int, columns: Int
    ) {
        tile(
            FusedMultiplyAdd.self, depth: depth, a: a, b: b, into: c, rowStride: rowStride, rows: rows, columns: columns
        )
    }

    /// The tile with separate multiplies and adds: the portable path, built on every platform.
    static func multiplyAddSeparate(
        depth: Int, a: TileRows, b: TileColumns, into c: UnsafeMutablePointer<Double>, rowStride: Int,
        rows: Int, columns: Int
    ) {
        tile(
            SeparateMultiplyAdd.self, depth: depth, a: a, b: b, into: c, rowStride: rowStride, rows: rows,
            columns: columns)
    }

    /// C (rows ≤ 6, columns ≤ 8, rows `rowStride` apart) += Σₚ op(A)[0..<6, p] ⊗ op(B)[p, 0..<8].
    /// A partial tile computes a full one (on repeated rows or zero-padded columns) and stores less.
    @inline(__always)
    private static func tile<Step: MultiplyAddStep>(
        _ step: Step.Type, depth: Int, a: TileRows, b: TileColumns, into c: UnsafeMutablePointer<Double>,
        rowStride: Int, rows: Int, columns: Int
    ) {
        var c00 = SIMD4<Double>()
        var c01 = SIMD4<Double>()
        var c10 = SIMD4<Double>()
        var c11 = SIMD4<Double>()
        var c20 = SIMD4<Double>()
        var c21 = SIMD4<Double>()
        var c30 = SIMD4<Double>()
        var c31 = SIMD4<Double>()
        var c40 = SIMD4<Double>()
        var c41 = SIMD4<Double>()
        var c50 = SIMD4<Double>()
        var c51 = SIMD4<Double>()
        let (o0, o1, o2, o3, o4, o5) = a.offsets
        var pa = a.base
        var pb = UnsafeRawPointer(b.base)
        let aStep = a.step
        let bStep = b.step &* 8
        for _ in 0..<depth {
            let b0 = pb.loadUnaligned(as: SIMD4<Double>.self)
            let b1 = pb.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
            var ai = SIMD4(repeating: pa[o0])
            Step.accumulate(&c00, ai, b0)
            Step.accumulate(&c01, ai, b1)
            ai = SIMD4(repeating: pa[o1])
            Step.accumulate(&c10, ai, b0)
            Step.accumulate(&c11, ai, b1)
            ai = SIMD4(repeating: pa[o2])
            Step.accumulate(&c20, ai, b0)
            Step.accumulate(&c21, ai, b1)
            ai = SIMD4(repeating: pa[o3])
            Step.accumulate(&c30, ai, b0)
            Step.accumulate(&c31, ai, b1)
            ai = SIMD4(repeating: pa[o4])
            Step.accumulate(&c40, ai, b0)
            Step.accumulate(&c41, ai, b1)
            ai = SIMD4(repeating: pa[o5])
            Step.accumulate(&c50, ai, b0)
            Step.accumulate(&c51, ai, b1)
            pa += aStep
            pb += bStep
        }
        if rows == 6 && columns == 8 {
            addRow(c00, c01, to: c)
            addRow(c10, c11, to: c + rowStride)
            addRow(c20, c21, to: c + 2 &* rowStride)
            addRow(c30, c31, to: c + 3 &* rowStride)
            addRow(c40, c41, to: c + 4 &* rowStride)
            addRow(c50, c51, to: c + 5 &* rowStride)
            return
        }
        withUnsafeTemporaryAllocation(of: SIMD4<Double>.self, capacity: 12) { tile in
            tile[0] = c00
            tile[1] = c01
            tile[2] = c10
            tile[3] = c11
            tile[4] = c20
            tile[5] = c21
            tile[6] = c30
            tile[7] = c31
            tile[8] = c40
            tile[9] = c41
            tile[10] = c50
            tile[11] = c51
            let sums = UnsafeRawPointer(tile.baseAddress!).assumingMemoryBound(to: Double.self)
            for r in 0..<rows {
                let row = c + r &* rowStride
                for j in 0..<columns { row[j] += sums[r &* 8 &+ j] }
            }
        }
    }

    /// Widths of C's last columns that `multiplyAddNarrow` handles.
    static let narrowWidths = [2, 4]

    /// The tile for C's last `width` (2 or 4) columns when C's width is not a multiple of 8:
    /// C (rows ≤ 6) += Σₚ op(A)[0..<6, p] ⊗ op(B)[p, 0..<width], one vector of B per step read in
    /// place, so those columns are neither copied nor padded to eight (n = 50 would otherwise
    /// compute 56 columns). Each element is summed in the same order as by the 8-wide tile.
    static func multiplyAddNarrow(
        width: Int, depth: Int, a: TileRows, b: TileColumns, into c: UnsafeMutablePointer<Double>, rowStride: Int,
        rows: Int, fused: Bool
    ) {
        precondition(narrowWidths.contains(width), "the narrow tile is 2 or 4 columns wide, not \(width)")
        switch (width, fused) {
        case (2, true):
            narrowTile(FusedMultiplyAdd.self, SIMD2<Double>.self, depth, a, b, c, rowStride, rows)
        case (2, false):
            narrowTile(SeparateMultiplyAdd.self, SIMD2<Double>.self, depth, a, b, c, rowStride, rows)
        case (_, true):
            narrowTile(FusedMultiplyAdd.self, SIMD4<Double>.self, depth, a, b, c, rowStride, rows)
        case (_, false):
            narrowTile(SeparateMultiplyAdd.self, SIMD4<Double>.self, depth, a, b, c, rowStride, rows)
        }
    }

    @inline(__always)
    private static func narrowTile<Step: MultiplyAddStep, Vector: SIMD>(
        _ step: Step.Type, _ vector: Vector.Type, _ depth: Int, _ a: TileRows, _ b: TileColumns,
        _ c: UnsafeMutablePointer<Double>, _ rowStride: Int, _ rows: Int
    ) where Vector.Scalar == Double {
        var c0 = Vector()
        var c1 = Vector()
        var c2 = Vector()
        var c3 = Vector()
        var c4 = Vector()
        var c5 = Vector()
        let (o0, o1, o2, o3, o4, o5) = a.offsets
        var pa = a.base
        var pb = UnsafeRawPointer(b.base)
        let aStep = a.step
        let bStep = b.step &* 8
        for _ in 0..<depth {
            let bp = pb.loadUnaligned(as: Vector.self)
            Step.accumulate(&c0, Vector(repeating: pa[o0]), bp)
            Step.accumulate(&c1, Vector(repeating: pa[o1]), bp)
            Step.accumulate(&c2, Vector(repeating: pa[o2]), bp)
            Step.accumulate(&c3, Vector(repeating: pa[o3]), bp)
            Step.accumulate(&c4, Vector(repeating: pa[o4]), bp)
            Step.accumulate(&c5, Vector(repeating: pa[o5]), bp)
            pa += aStep
            pb += bStep
        }
        add(c0, to: c)
        if rows > 1 { add(c1, to: c + rowStride) }
        if rows > 2 { add(c2, to: c + 2 &* rowStride) }
        if rows > 3 { add(c3, to: c + 3 &* rowStride) }
        if rows > 4 { add(c4, to: c + 4 &* rowStride) }
        if rows > 5 { add(c5, to: c + 5 &* rowStride) }
    }

    /// Adds the lanes of `sum` to as many consecutive elements of C.
    @inline(__always)
    private static func add<Vector: SIMD>(_ sum: Vector, to row: UnsafeMutablePointer<Double>)
    where Vector.Scalar == Double {
        let raw = UnsafeMutableRawPointer(row)
        raw.storeBytes(of: raw.loadUnaligned(as: Vector.self) + sum, as: Vector.self)
    }

    /// Adds eight numbers held in two vectors to eight consecutive elements of C.
    @inline(__always)
    private static func addRow(_ low: SIMD4<Double>, _ high: SIMD4<Double>, to row: UnsafeMutablePointer<Double>) {
        let raw = UnsafeMutableRawPointer(row)
        raw.storeBytes(of: raw.loadUnaligned(as: SIMD4<Double>.self) + low, as: SIMD4<Double>.self)
        raw.storeBytes(
            of: raw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self) + high, toByteOffset: 32,
            as: SIMD4<Double>.self)
    }
}
