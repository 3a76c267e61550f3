// NumSwift's kernels timed on the workloads of Benchmarks/numpy_bench.py, which times NumPy the
// same way. Each line is `name<TAB>value<TAB>unit`; Benchmarks/compare.sh runs both programs in
// turns and prints medians and ratios.
//
//     swift run -c release benchmarks [--threads 1|2] [--only PREFIX,...] [--seconds S] [--cpu-time]
//     swift run -c release benchmarks --only experiment

import Foundation
import NumSwift
import TermPlot
import Workbook

CPUCheck.verifyOrExit()

let options = BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))

// Only on request, and before anything else is allocated: it takes seconds, and the peak memory
// should be this workload's alone.
if options.only == "experiment" {
    let result = runExperiment()
    reportAloneAndExit(
        "experiment ch05 10000 steps", seconds: result.seconds,
        accuracies: [("final train accuracy", result.trainAccuracy), ("final test accuracy", result.testAccuracy)])
}
// An epoch of SimpleConvNet, also alone in its process for the same reason.
if options.only == "convnet epoch" {
    let result = runConvNetEpoch()
    reportAloneAndExit(
        "convnet epoch 10000 images", seconds: result.seconds, accuracies: [("train accuracy", result.trainAccuracy)])
}
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
    let seconds = measure(seconds: options.seconds, cpuTime: options.cpuTime) {
        blackHole(
            matmul(
                product.a, product.b, transposeA: product.transposeA, transposeB: product.transposeB,
                maxThreads: options.threads))
    }
    report("matmul \(product.name) \(options.threads)t", product.flops / seconds / 1e9, "GFLOP/s")
}

// A mid-sized product on the default thread count, the figure to compare between the debug and
// the release build (the library is optimised in both; this shows nothing else is slow).
if options.selects("matmul512") {
    let a = randomMatrix(512, 512)
    let b = randomMatrix(512, 512)
    let seconds = measure(seconds: options.seconds, cpuTime: options.cpuTime) { blackHole(matmul(a, b)) }
    report("matmul512 \(Parallelism.maximumThreads)t", seconds * 1e3, "ms")
}

// Elementwise operations and reductions at the sizes a 784-50-10 network meets on a batch of
// 100, in microseconds per call (NumPy's figure is mostly its per-call overhead at these sizes).
let hidden = randomMatrix(100, 50)
let hiddenOther = randomMatrix(100, 50)
let bias = randomMatrix(1, 50).reshaped([50])
let scores = randomMatrix(100, 10)
let pixels = randomMatrix(100, 784)
var weights = randomMatrix(784, 50)
let gradient = randomMatrix(784, 50)
let elementwise: [(String, () -> Void)] = [
    ("add same-shape 100x50", { blackHole(hidden + hiddenOther) }),
    ("add row 100x50 + (50,)", { blackHole(hidden + bias) }),
    ("scale 100x784 * 0.5", { blackHole(pixels * 0.5) }),
    ("relu maximum(100x50, 0)", { blackHole(maximum(hidden, 0)) }),
    ("exp 100x10", { blackHole(exp(scores)) }),
    ("sum axis 0 of 100x50", { blackHole(hidden.sum(axis: 0)) }),
    ("sum axis 1 of 100x10", { blackHole(scores.sum(axis: 1, keepDims: true)) }),
    ("max axis 1 of 100x10", { blackHole(scores.max(axis: 1, keepDims: true)) }),
    ("sum all of 100x784", { blackHole(pixels.sum()) }),
]
for (name, body) in elementwise where options.selects("elementwise \(name)") {
    report("elementwise \(name)", measure(seconds: options.seconds / 4, cpuTime: options.cpuTime, body) * 1e6, "µs")
}
if options.selects("elementwise sgd step") {
    // In place: w += −0.1 · g in one pass (axpy), where NumPy's `w -= 0.1 * g` makes a temporary.
    let seconds = measure(seconds: options.seconds / 4, cpuTime: options.cpuTime) {
        weights.add(gradient, scaledBy: -0.1)
    }
    report("elementwise sgd step 784x50", seconds * 1e6, "µs")
}

// Training, on the default number of threads (NUMSWIFT_THREADS; compare.sh sets it).
if options.selects("train step") {
    let seconds = timeTrainingStep(seconds: options.seconds, cpuTime: options.cpuTime)
    report("train step 784-50-10 batch 100 \(Parallelism.maximumThreads)t", seconds * 1e6, "µs")
}
// Chapter 8: the book's first convolution and its pieces, in milliseconds per call, and one
// SimpleConvNet training step.
for (name, seconds) in timeConvolutionPieces(
    seconds: options.seconds, cpuTime: options.cpuTime, selects: options.selects)
{
    report("\(name) \(Parallelism.maximumThreads)t", seconds * 1e3, "ms")
}
if options.selects("convnet train step") {
    let seconds = timeConvNetStep(seconds: options.seconds, cpuTime: options.cpuTime)
    report("convnet train step batch 100 \(Parallelism.maximumThreads)t", seconds * 1e3, "ms")
}
// The same step with the gradient by automatic differentiation (chapter 9); no NumPy counterpart:
// compare.sh prints its ratio to the hand-written step above.
if options.selects("train step autograd") {
    let seconds = timeTrainingStep(seconds: options.seconds, cpuTime: options.cpuTime, automatic: true)
    report("train step autograd 784-50-10 batch 100 \(Parallelism.maximumThreads)t", seconds * 1e6, "µs")
}
// TermPlot: rendering a 60×15 line plot of 10,000 points, in milliseconds (the goal: under 5 ms).
let linePlot = tenThousandPointPlot()
for charset in Charset.allCases where options.selects("plot line 10000 points \(charset)") {
    let plotOptions = RenderOptions(charset: charset, width: 60, height: 15)
    report(
        "plot line 10000 points \(charset)",
        measure(seconds: options.seconds / 4, cpuTime: options.cpuTime) {
            blackHole(linePlot.render(plotOptions))
        } * 1e3, "ms")
}
