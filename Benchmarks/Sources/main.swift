// NumSwift's kernels timed on the workloads of Benchmarks/numpy_bench.py, which times NumPy the
// same way. Each line is `name<TAB>value<TAB>unit`; Benchmarks/compare.sh runs both programs in
// turns and prints medians and ratios.
//
//     swift run -c release benchmarks [--threads 1|2] [--only PREFIX] [--seconds S]

import Foundation
import NumSwift

CPUCheck.verifyOrExit()

let options = BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
var generator = SeededGenerator(seed: 2024)

/// A matrix of the given shape with entries uniform in [-1, 1).
@MainActor func randomMatrix(_ rows: Int, _ columns: Int) -> NDArray {
    NDArray.uniform([rows, columns], low: -1, high: 1, using: &generator)
}

/// The products of a 784-50-10 network on a batch of 100, plus a large square one, named as in numpy_bench.py.
let products: [MatmulWorkload] = [
    MatmulWorkload(name: "x·W 100x784x50", a: randomMatrix(100, 784), b: randomMatrix(784, 50)),
    MatmulWorkload(
        name: "xT·dout 784x100x50", a: randomMatrix(100, 784), b: randomMatrix(100, 50), transposeA: true),
    MatmulWorkload(
        name: "dout·WT 100x50x784", a: randomMatrix(100, 50), b: randomMatrix(784, 50), transposeB: true),
    MatmulWorkload(name: "h·W2 100x50x10", a: randomMatrix(100, 50), b: randomMatrix(50, 10)),
    MatmulWorkload(name: "square 1000x1000x1000", a: randomMatrix(1000, 1000), b: randomMatrix(1000, 1000)),
]

for product in products where options.selects("matmul \(product.name)") {
    let seconds = measure(seconds: options.seconds) {
        _ = matmul(
            product.a, product.b, transposeA: product.transposeA, transposeB: product.transposeB,
            maxThreads: options.threads)
    }
    report("matmul \(product.name) \(options.threads)t", product.flops / seconds / 1e9, "GFLOP/s")
}

// A mid-sized product on the default thread count, the figure to compare between the debug and
// the release build (the library is optimised in both; this shows nothing else is slow).
if options.selects("matmul512") {
    let a = randomMatrix(512, 512)
    let b = randomMatrix(512, 512)
    let seconds = measure(seconds: options.seconds) { _ = matmul(a, b) }
    report("matmul512 \(Parallelism.maximumThreads)t", seconds * 1e3, "ms")
}
