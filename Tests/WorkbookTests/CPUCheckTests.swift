import Testing

@testable import Workbook

@Suite struct CPUCheckTests {
    @Test func findsNothingMissingOnAHaswellOrLaterCPU() {
        let text = "processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: fpu sse2 avx fma avx2 bmi2\n\nprocessor\t: 1\n"
        #expect(CPUCheck.missingFeatures(inCPUInfo: text) == [])
    }

    @Test func namesTheMissingFeatures() {
        let sandyBridge = "processor\t: 0\nflags\t\t: fpu sse2 sse4_2 avx\n"
        #expect(CPUCheck.missingFeatures(inCPUInfo: sandyBridge) == ["avx2", "fma"])
        let noFMA = "flags\t\t: fpu avx avx2\n"
        #expect(CPUCheck.missingFeatures(inCPUInfo: noFMA) == ["fma"])
    }

    @Test func treatsAnUnreadableListAsMissingEverything() {
        #expect(CPUCheck.missingFeatures(inCPUInfo: "") == ["avx2", "fma"])
    }

    @Test func doesNotMistakeLongerFlagNamesForTheRequiredOnes() {
        // `avx2` must not be found inside `avx512f`, nor `fma` inside `fma4`.
        #expect(CPUCheck.missingFeatures(inCPUInfo: "flags : avx512f fma4\n") == ["avx2", "fma"])
    }
}
