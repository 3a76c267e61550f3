import Foundation

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

    /// Runs `first` on the calling thread and `second` on the helper thread, and returns when both
    /// have finished. When the helper is busy with another caller's work, or unavailable on this
    /// OS version, both run here one after the other.
    static func runConcurrently(_ first: () -> Void, _ second: @Sendable () -> Void) {
        if #available(macOS 15, *) {
            if HelperThread.shared.run(second, whileCalling: first) { return }
        }
        first()
        second()
    }
}
