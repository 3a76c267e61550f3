// NumSwift is built for AVX2 and FMA on x86_64 (see Package.swift); on an older CPU the first
// product would die of an illegal instruction. Chapters call `CPUCheck.verifyOrExit()` first (through
// `OptionParser.parseOrExit`), so the reader gets one clear line instead. The check lives in
// Workbook, which is compiled for the x86-64 baseline: compiled inside NumSwift it would itself use
// AVX instructions and die before it could print.

import Foundation

/// The start-up check that this CPU can run the instructions NumSwift was compiled for.
public enum CPUCheck {
    /// The x86 features an FMA build of NumSwift needs, as /proc/cpuinfo names them.
    static let requiredFeatures = ["avx2", "fma"]

    /// Call first thing in a program's `main`. In an AVX2+FMA build on Linux x86_64, when
    /// /proc/cpuinfo lacks `avx2` or `fma`, prints one line naming `WORKBOOK_PORTABLE=1 swift run …`
    /// and exits with status 1. Elsewhere it does nothing (arm64 always has FMA).
    public static func verifyOrExit() {
        #if NUMSWIFT_FMA && arch(x86_64) && os(Linux)
            guard let text = readCPUInfo() else { return }
            let missing = missingFeatures(inCPUInfo: text)
            guard !missing.isEmpty else { return }
            let program = CommandLine.arguments.first?.split(separator: "/").last.map(String.init) ?? "<program>"
            let message =
                "error: this build uses AVX2 and FMA instructions, but this CPU lacks \(missing.joined(separator: ", ")); "
                + "build the portable version instead: WORKBOOK_PORTABLE=1 swift run \(program)"
            printToStandardError(message)
            exit(1)
        #endif
    }

    /// The required features absent from the first `flags` line of a /proc/cpuinfo text (all of
    /// them when there is no such line).
    static func missingFeatures(inCPUInfo text: String) -> [String] {
        let flagsLine = text.split(separator: "\n").first { $0.hasPrefix("flags") }
        let flags = Set((flagsLine?.split(separator: ":").last ?? "").split(separator: " ").map(String.init))
        return requiredFeatures.filter { !flags.contains($0) }
    }

    #if os(Linux)
        private static func readCPUInfo() -> String? {
            FileHandle(forReadingAtPath: "/proc/cpuinfo").map {
                String(decoding: $0.readDataToEndOfFile(), as: UTF8.self)
            }
        }
    #endif
}
