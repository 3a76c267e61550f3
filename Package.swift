// swift-tools-version: 6.2
// Deep learning from scratch, in Swift: a workbook of runnable chapters.
// Zero package dependencies: the toolchain only.

import PackageDescription

/// Modules with hot loops are optimised even in the plain debug build, so that
/// `swift run chNN-…` is fast. Never `-Ounchecked`: it would remove the
/// preconditions that name the shapes of a misuse.
let optimisedInDebug: [SwiftSetting] = [
    .unsafeFlags(["-O"], .when(configuration: .debug))
]

/// `Double.rounded()`, `exp`, `log` and friends come from libm on Linux.
let libm: [LinkerSetting] = [
    .linkedLibrary("m", .when(platforms: [.linux]))
]

let libraries: [Target] = [
    .target(name: "NumSwift", swiftSettings: optimisedInDebug, linkerSettings: libm),
    .target(name: "TermPlot", dependencies: ["NumSwift"], swiftSettings: optimisedInDebug),
    .target(name: "Datasets", dependencies: ["NumSwift", "TermPlot"], swiftSettings: optimisedInDebug),
    .target(name: "NeuralNet", dependencies: ["NumSwift", "Datasets"], swiftSettings: optimisedInDebug),
    .target(name: "Workbook", dependencies: ["NumSwift", "TermPlot", "Datasets"]),
]

/// One executable per chapter; the product name is the folder name.
let chapterNames: [String] = [
    "ch01-perceptron",
]

let chapters: [Target] = chapterNames.map { name in
    .executableTarget(
        name: name,
        dependencies: ["NumSwift", "TermPlot", "Datasets", "NeuralNet", "Workbook"],
        path: "Chapters/\(name)",
        exclude: ["README.md"]
    )
}

let tests: [Target] = [
    .testTarget(name: "NumSwiftTests", dependencies: ["NumSwift"]),
    .testTarget(name: "TermPlotTests", dependencies: ["TermPlot"]),
    .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "Datasets"]),
    .testTarget(name: "WorkbookTests", dependencies: ["Workbook", "TermPlot"]),
    .testTarget(name: "DatasetsTests", dependencies: ["Datasets", "NumSwift"]),
    .testTarget(name: "Ch01PerceptronTests", dependencies: ["ch01-perceptron", "NumSwift"]),
]

let package = Package(
    name: "DeepLearningFromScratch",
    platforms: [.macOS(.v14)],
    products: chapterNames.map { .executable(name: $0, targets: [$0]) },
    targets: libraries + chapters + tests,
    swiftLanguageModes: [.v6]
)
