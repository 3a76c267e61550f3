import Synchronization
import Testing

@testable import NumSwift

@Suite struct ParallelismTests {
    /// Many callers at once, as swift-testing runs tests: one of them gets the helper at a time,
    /// the others work alone, and every chunk of every caller runs exactly once.
    @available(macOS 15, *)  // Mutex
    @Test func everyChunkRunsExactlyOnceUnderConcurrentCallers() async {
        let callers = 8
        let chunks = 37
        let rounds = 50
        let tally = Tally(count: callers * chunks)
        await withTaskGroup(of: Void.self) { group in
            for caller in 0..<callers {
                group.addTask {
                    for _ in 0..<rounds {
                        Parallelism.forEachChunk(count: chunks) { chunk in
                            tally.counts.withLock { $0[caller * chunks + chunk] += 1 }
                        }
                    }
                }
            }
        }
        #expect(tally.counts.withLock { $0 } == [Int](repeating: rounds, count: callers * chunks))
    }

    @Test(arguments: [(100, 50, 4), (784, 50, 4), (100, 784, 4), (7, 8, 4), (13, 3, 2), (1000, 1000, 4)])
    func splitCoversTheResultWithTileAlignedPieces(m: Int, n: Int, pieces: Int) {
        let a = [Double](repeating: 0, count: 1)
        var c = [Double](repeating: 0, count: m * n)
        a.withUnsafeBufferPointer { pa in
            c.withUnsafeMutableBufferPointer { pc in
                let view = StridedMatrix(base: pa.baseAddress!, rowStride: 0, columnStride: 0)
                // The row to add (a bias) has n entries; a piece of columns must start at its own,
                // and the column to add (m entries) a piece of rows likewise.
                let product = MatrixProduct(
                    m: m, n: n, k: 1, a: view, b: view, c: pc.baseAddress!, cRowStride: n,
                    rowToAdd: UnsafePointer(pc.baseAddress!), columnToAdd: UnsafePointer(pc.baseAddress!),
                    fused: false)
                let parts = product.split(into: pieces)
                let alongRows = m >= n
                let tile = alongRows ? MicroKernel.rows : MicroKernel.columns
                // The pieces tile C without gaps or overlaps, every cut on a tile boundary.
                var covered = 0
                for part in parts {
                    let offset = pc.baseAddress!.distance(to: part.c)
                    #expect(offset == (alongRows ? covered * n : covered))
                    #expect(
                        pc.baseAddress!.distance(to: UnsafeMutablePointer(mutating: part.rowToAdd!))
                            == (alongRows ? 0 : covered))
                    #expect(
                        pc.baseAddress!.distance(to: UnsafeMutablePointer(mutating: part.columnToAdd!))
                            == (alongRows ? covered : 0))
                    #expect(covered % tile == 0)
                    #expect((alongRows ? part.n : part.m) == (alongRows ? n : m))
                    covered += alongRows ? part.m : part.n
                }
                #expect(covered == (alongRows ? m : n))
                #expect(parts.count == min(pieces, (covered + tile - 1) / tile))
            }
        }
    }
}

/// How many times each chunk ran, shared by the concurrent callers.
@available(macOS 15, *)
private final class Tally: Sendable {
    let counts: Mutex<[Int]>

    init(count: Int) { counts = Mutex([Int](repeating: 0, count: count)) }
}
