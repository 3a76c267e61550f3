// A persistent helper thread for the second core. A thread that is already running and spins for
// a moment after each job starts a product's second half in well under a microsecond, and sleeps
// when no work comes; waking a worker on demand takes longer than a whole MLP-sized product
// (Benchmarks/README.md gives the figures).

import Dispatch
import Foundation
import Synchronization

/// One long-lived thread that runs one job at a time for whichever caller claims it first.
@available(macOS 15, *)
final class HelperThread: Sendable {
    /// The helper, started on first use.
    static let shared = HelperThread()

    /// How long the helper keeps spinning for a next job before it sleeps: training alternates
    /// products with short elementwise steps, and the helper should be awake for the next product.
    static let idleSpin: Duration = .microseconds(200)
    /// How long a caller spins for the helper's last chunk before it sleeps: the chunks are
    /// small, so the helper should finish about when the caller does, unless it was descheduled.
    static let finishSpin: Duration = .milliseconds(1)

    /// The job the helper runs next; present only between `run`'s post and the helper's take (or
    /// the caller's withdrawal). The helper counts every post as served, with or without a job.
    private let job = Mutex<(@Sendable () -> Void)?>(nil)
    /// Held by the caller whose job the helper is running: one caller at a time; it also counts jobs.
    private let owner = Mutex<Int>(0)
    /// Until this uptime (in nanoseconds) `run` declines: see `Parallelism.forEachChunk`.
    private let pausedUntil = Atomic<UInt64>(0)
    private let posted = SpinThenSleepCounter()
    private let finished = SpinThenSleepCounter()

    private init() {
        let thread = Thread { [self] in serve() }
        thread.name = "NumSwift helper"
        thread.start()
    }

    /// Offers `helperWork` to the helper while `callerWork` runs here. Afterwards the job is
    /// withdrawn if the helper has not taken it yet (it was asleep or descheduled), so
    /// `callerWork` must be able to finish everything alone. Returns how many nanoseconds the
    /// caller then waited for the helper to finish (0 when the job was withdrawn), or nil, having
    /// run nothing, when another caller owns the helper or it is paused.
    func run(_ helperWork: @Sendable () -> Void, whileCalling callerWork: () -> Void) -> UInt64? {
        guard DispatchTime.now().uptimeNanoseconds >= pausedUntil.load(ordering: .relaxed) else { return nil }
        return owner.withLockIfAvailable { jobs -> UInt64 in
            jobs &+= 1
            let ticket = jobs
            // The job never outlives this call: it is withdrawn, or the caller waits until the
            // helper has finished with it (and with every job posted before it).
            return withoutActuallyEscaping(helperWork) { escapable -> UInt64 in
                job.withLock { $0 = escapable }
                posted.increment()
                callerWork()
                let withdrawn = job.withLock { slot -> Bool in
                    guard slot != nil else { return false }
                    slot = nil
                    return true
                }
                if withdrawn { return 0 }
                let start = DispatchTime.now().uptimeNanoseconds
                finished.wait(untilAtLeast: ticket, spinning: Self.finishSpin)
                return DispatchTime.now().uptimeNanoseconds &- start
            }
        }
    }

    /// Makes `run` decline work for a while: callers then work alone.
    func pause(nanoseconds: UInt64) {
        pausedUntil.store(DispatchTime.now().uptimeNanoseconds &+ nanoseconds, ordering: .relaxed)
    }

    private func serve() {
        var served = 0
        while true {
            posted.wait(untilAtLeast: served &+ 1, spinning: Self.idleSpin)
            served &+= 1
            runPostedJob()
            finished.increment()
        }
    }

    /// Takes the job out of its slot, runs it and releases it before the caller is told.
    private func runPostedJob() {
        let work = job.withLock { slot -> (@Sendable () -> Void)? in
            let work = slot
            slot = nil
            return work
        }
        work?()
    }
}

/// A counter that one thread increments and another waits on: the waiter spins for a while (a
/// wake-up from sleep costs tens of microseconds) and then sleeps on a semaphore.
@available(macOS 15, *)
final class SpinThenSleepCounter: Sendable {
    private let value = Atomic<Int>(0)
    private let sleeping = Atomic<Bool>(false)
    private let wakeUp = DispatchSemaphore(value: 0)

    func increment() {
        // Sequentially consistent on both sides: either the waiter sees the new value, or this
        // sees that the waiter is asleep (and a spare signal only costs the waiter one more check).
        value.add(1, ordering: .sequentiallyConsistent)
        if sleeping.load(ordering: .sequentiallyConsistent) { wakeUp.signal() }
    }

    func wait(untilAtLeast target: Int, spinning spin: Duration) {
        let clock = ContinuousClock()
        let deadline = clock.now + spin
        var spins = 0
        while value.load(ordering: .acquiring) < target {
            spins &+= 1
            if spins & 15 == 0 {
                if clock.now >= deadline { break }
                // When other threads want this core (a busy machine, or the other side of this
                // hand-over running here), let them: spinning would only slow them down.
                sched_yield()
            }
        }
        while value.load(ordering: .sequentiallyConsistent) < target {
            sleeping.store(true, ordering: .sequentiallyConsistent)
            if value.load(ordering: .sequentiallyConsistent) < target { wakeUp.wait() }
            sleeping.store(false, ordering: .sequentiallyConsistent)
        }
    }
}
