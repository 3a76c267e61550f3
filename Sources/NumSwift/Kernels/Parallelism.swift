import Dispatch
import Foundation
import Synchronization

/// How many threads NumSwift's kernels may use, and the one place where work is split across them.
public enum Parallelism {
    /// The default cap on threads for `matmul`: the environment variable `NUMSWIFT_THREADS`
    /// (1 turns the helper thread off), otherwise 2 on a machine with at least two cores.
    ///
    /// Kernels use at most two threads: the caller and one persistent helper.
    public static let maximumThreads: Int = {
        if let text = ProcessInfo.processInfo.environment["NUMSWIFT_THREADS"], let value = Int(text) {
            return Swift.max(1, Swift.min(value, 2))
        }
        return Swift.min(ProcessInfo.processInfo.activeProcessorCount, 2)
    }()

    /// Calls `body(i)` once for every i in 0..<count, on the calling thread and the helper thread
    /// together, and returns when all calls have finished. The two threads take the next index from
    /// a shared counter, so a helper that wakes late costs little: the caller takes the remaining
    /// work and withdraws the job if the helper has not picked it up. When the helper is busy with
    /// another caller's work, paused, or unavailable on this OS version, every call runs here.
    static func forEachChunk(count: Int, _ body: @Sendable (Int) -> Void) {
        if #available(macOS 15, *), count > 1 {
            let next = ChunkCounter(count: count)
            var ownChunks = 0
            let start = DispatchTime.now().uptimeNanoseconds
            let waited = HelperThread.shared.run(
                { while let chunk = next.claim() { body(chunk) } },
                whileCalling: {
                    while let chunk = next.claim() {
                        body(chunk)
                        ownChunks &+= 1
                    }
                })
            if let waited {
                // On a quiet machine the helper's last chunk ends within about one chunk's time of
                // the caller's. Much later means the helper was descheduled mid-chunk because other
                // programs want the cores; waiting for it then costs more than the second core
                // gains, so the helper sits out a while.
                let ownTime = DispatchTime.now().uptimeNanoseconds &- start &- waited
                if ownChunks > 0 && waited > 2 &* ownTime / UInt64(ownChunks) &+ contentionSlack {
                    HelperThread.shared.pause(nanoseconds: contentionPause)
                }
                return
            }
        }
        for chunk in 0..<count { body(chunk) }
    }

    /// Waiting this much longer than expected for the helper (ns) is taken as contention.
    static let contentionSlack: UInt64 = 20_000
    /// How long the helper sits out after contention (ns).
    static let contentionPause: UInt64 = 20_000_000
}

/// Hands out the indices 0..<count, each once, to whichever thread asks first.
@available(macOS 15, *)
final class ChunkCounter: Sendable {
    private let next = Atomic<Int>(0)
    private let count: Int

    init(count: Int) { self.count = count }

    func claim() -> Int? {
        let chunk = next.add(1, ordering: .relaxed).oldValue
        return chunk < count ? chunk : nil
    }
}
