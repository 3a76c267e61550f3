import Foundation
import NumSwift

/// The command line: `--threads N` caps the explicit products' threads, `--only P1,P2` keeps the
/// workloads whose name starts with one of the prefixes, `--seconds S` is the time spent on each,
/// `--cpu-time` times by this thread's CPU time and keeps the fastest round (for one thread on a
/// shared machine: time spent waiting for a core is not counted).
struct BenchmarkOptions {
    var threads = 1
    var only: String?
    var seconds = 1.0
    var cpuTime = false

    init(arguments: [String]) {
        var rest = arguments[...]
        while let option = rest.popFirst() {
            if option == "--cpu-time" {
                cpuTime = true
                continue
            }
            guard let value = rest.popFirst() else { Self.fail("missing value after \(option)") }
            switch option {
            case "--threads": threads = Int(value) ?? 0
            case "--only": only = value
            case "--seconds": seconds = Double(value) ?? 0
            default: Self.fail("unknown option \(option)")
            }
        }
        if !(1...2).contains(threads) || seconds <= 0 {
            Self.fail("--threads takes 1 or 2, --seconds a positive number")
        }
    }

    func selects(_ name: String) -> Bool {
        guard let only else { return true }
        return only.split(separator: ",").contains { name.hasPrefix($0) }
    }

    static func fail(_ message: String) -> Never {
        let usage = "usage: benchmarks [--threads 1|2] [--only PREFIX,...] [--seconds S] [--cpu-time]"
        FileHandle.standardError.write(Data("benchmarks: \(message)\n\(usage)\n".utf8))
        exit(2)
    }
}

/// One product op(a) · op(b) to time.
struct MatmulWorkload {
    let name: String
    let a: NDArray
    let b: NDArray
    var transposeA = false
    var transposeB = false

    /// 2·m·n·k: one multiply and one add per term.
    var flops: Double {
        let m = transposeA ? a.shape[1] : a.shape[0]
        let k = transposeA ? a.shape[0] : a.shape[1]
        let n = transposeB ? b.shape[0] : b.shape[1]
        return 2 * Double(m) * Double(n) * Double(k)
    }
}

/// Seconds per call of `body`: the median of seven timed rounds after a warm-up, each round
/// repeating `body` for about a seventh of `seconds`. The median resists the other processes
/// that share the machine. With `cpuTime`, the rounds are timed by this thread's CPU time and
/// the fastest one is kept.
func measure(seconds: Double, cpuTime: Bool = false, _ body: () -> Void) -> Double {
    let now = cpuTime ? threadCPUSeconds : wallSeconds
    var calls = 1
    // Warm-up, and a round length that takes long enough to time.
    while true {
        let start = now()
        for _ in 0..<calls { body() }
        if now() - start >= seconds / 28 { break }
        calls *= 2
    }
    let perRound = (0..<7).map { _ in
        let start = now()
        for _ in 0..<calls { body() }
        return (now() - start) / Double(calls)
    }.sorted()
    return cpuTime ? perRound[0] : perRound[3]
}

func wallSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) * 1e-9
}

func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print("\(name)\t\(String(format: "%.3f", value))\t\(unit)")
}

/// Keeps a result the optimiser could otherwise prove unused and delete with the work behind it.
@_optimize(none)
func blackHole<T>(_ value: T) {}

/// The report of a workload that ran alone in this process (so that the peak memory is its
/// own): its wall time, the peak memory, and its accuracies; then the process ends.
func reportAloneAndExit(_ workload: String, seconds: Double, accuracies: [(label: String, value: Double)]) -> Never {
    let name = "\(workload) \(Parallelism.maximumThreads)t"
    report(name, seconds, "s")
    report("\(name) peak memory", peakMemoryMegabytes(), "MB")
    for (label, value) in accuracies { report("\(name) \(label)", value, "") }
    exit(0)
}
