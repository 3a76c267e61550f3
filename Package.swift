// swift-tools-version: 6.2
// Deep learning from scratch, in Swift: a workbook of runnable chapters.
// Zero package dependencies: the toolchain only.

import PackageDescription

/// Modules with hot loops are optimised even in the plain debug build, so that
/// `swift run chNN-…` is fast. Never the "unchecked" optimisation level: it would remove the
/// preconditions that name the shapes of a misuse.
///
/// `-fno-math-errno` for the C headers Swift imports: `Double.squareRoot()` is a C built-in
/// there, and with errno semantics it becomes a branch to libm's `sqrt` (to set errno for a
/// negative input), which keeps loops like Adam's update from being vectorised. The results are
/// the same to the last bit (the square root is correctly rounded either way); only errno,
/// which Swift code never reads, is no longer set.
let optimisedInDebug: [SwiftSetting] = [
    .unsafeFlags(["-O"], .when(configuration: .debug)),
    .unsafeFlags(["-Xcc", "-fno-math-errno"]),
]

/// NumSwift's matmul multiplies with AVX2 and FMA instructions on x86_64 (`-target-cpu haswell`
/// and the `NUMSWIFT_FMA` switch to `addProduct`); the chapters check the CPU at start. Set
/// `WORKBOOK_PORTABLE=1` to build for the x86-64 baseline instead. arm64 has FMA in its baseline.
/// Never `-march=native`: the build must run on any x86_64 with AVX2, not only on the one it was built on.
let portableBuild = Context.environment["WORKBOOK_PORTABLE"] == "1"
#if arch(x86_64)
    let fusedMultiplyAdd: [SwiftSetting] =
        portableBuild ? [] : [.unsafeFlags(["-target-cpu", "haswell"]), .define("NUMSWIFT_FMA")]
    /// Workbook holds the CPU check, so it must itself run on any x86_64: it learns that NumSwift
    /// was built for FMA from the same define, without the code generation flag.
    let fusedMultiplyAddCheck: [SwiftSetting] = portableBuild ? [] : [.define("NUMSWIFT_FMA")]
#else
    let fusedMultiplyAdd: [SwiftSetting] = []
    let fusedMultiplyAddCheck: [SwiftSetting] = []
#endif

/// `Double.rounded()`, `exp`, `log` and friends come from libm on Linux.
let libm: [LinkerSetting] = [
    .linkedLibrary("m", .when(platforms: [.linux]))
]

let libraries: [Target] = [
    .target(name: "NumSwift", swiftSettings: optimisedInDebug + fusedMultiplyAdd, linkerSettings: libm),
    .target(name: "TermPlot", dependencies: ["NumSwift"], swiftSettings: optimisedInDebug),
    .target(name: "Datasets", dependencies: ["NumSwift"], swiftSettings: optimisedInDebug),
    .target(name: "NeuralNet", dependencies: ["NumSwift", "Datasets"], swiftSettings: optimisedInDebug),
    .target(
        name: "Workbook", dependencies: ["NumSwift", "TermPlot", "Datasets", "NeuralNet"], swiftSettings: fusedMultiplyAddCheck),
]

/// One executable per chapter; the product name is the folder name.
let chapterNames: [String] = [
    "ch01-perceptron",
    "ch02-activations",
    "ch03-softmax",
    "ch04-gradients",
    "ch05-backprop",
    "ch06-optimizers",
    "ch07-init-regularization",
    "ch08-convolution",
    "ch09-autograd",
]

let chapters: [Target] = chapterNames.map { name in
    .executableTarget(
        name: name,
        dependencies: ["NumSwift", "TermPlot", "Datasets", "NeuralNet", "Workbook"],
        path: "Chapters/\(name)",
        exclude: ["README.md"]
    )
}

/// `swift run -c release benchmarks`: NumSwift's kernels timed as Benchmarks/numpy_bench.py times NumPy.
let benchmarks: [Target] = [
    .executableTarget(
        name: "benchmarks", dependencies: ["NumSwift", "TermPlot", "NeuralNet", "Datasets", "Workbook"],
        path: "Benchmarks/Sources")
]

let tests: [Target] = [
    .testTarget(name: "NumSwiftTests", dependencies: ["NumSwift"]),
    .testTarget(name: "TermPlotTests", dependencies: ["TermPlot"], exclude: ["Snapshots"]),
    .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "Datasets"]),
    .testTarget(name: "WorkbookTests", dependencies: ["Workbook", "TermPlot", "NumSwift"]),
    .testTarget(name: "DatasetsTests", dependencies: ["Datasets", "NumSwift", "Workbook"]),
    .testTarget(name: "Ch01PerceptronTests", dependencies: ["ch01-perceptron", "NumSwift", "TermPlot"]),
    .testTarget(name: "Ch02ActivationsTests", dependencies: ["ch02-activations", "NeuralNet"]),
    .testTarget(name: "Ch03SoftmaxTests", dependencies: ["ch03-softmax"]),
    .testTarget(name: "Ch04GradientsTests", dependencies: ["ch04-gradients", "NumSwift"]),
    .testTarget(name: "Ch05BackpropTests", dependencies: ["ch05-backprop", "NeuralNet", "NumSwift", "Datasets"]),
    .testTarget(name: "Ch06OptimizersTests", dependencies: ["ch06-optimizers", "NeuralNet", "NumSwift"]),
    .testTarget(
        name: "Ch07InitRegularizationTests",
        dependencies: ["ch07-init-regularization", "NeuralNet", "NumSwift", "Datasets"]),
    .testTarget(name: "Ch08ConvolutionTests", dependencies: ["ch08-convolution", "NeuralNet", "NumSwift"]),
    .testTarget(name: "Ch09AutogradTests", dependencies: ["ch09-autograd", "NeuralNet", "NumSwift"]),
]

let package = Package(
    name: "DeepLearningFromScratch",
    platforms: [.macOS(.v14)],
    products: chapterNames.map { .executable(name: $0, targets: [$0]) },
    targets: libraries + chapters + benchmarks + tests,
    swiftLanguageModes: [.v6]
)
