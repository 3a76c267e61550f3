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
    /// a shared counter, so a helper that wakes late or is descheduled by other programs costs
    /// little: the caller takes the remaining work and withdraws the job if the helper has not
    /// picked it up. When the helper is busy with another caller's work, or unavailable on this
    /// OS version, every call runs here.
    static func forEachChunk(count: Int, _ body: @Sendable (Int) -> Void) {
        if #available(macOS 15, *), count > 1 {
            let next = ChunkCounter(count: count)
            let work: @Sendable () -> Void = {
                while let chunk = next.claim() { body(chunk) }
            }
            if HelperThread.shared.run(work, whileCalling: work) { return }
        }
        for chunk in 0..<count { body(chunk) }
    }
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
