import Datasets
import NeuralNet
import NumSwift
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

private let search = RandomSearch([
    SearchDimension("learning rate", LogUniformRange(1e-4, 1e-1)),
    SearchDimension("weight decay", LogUniformRange(1e-8, 1e-4)),
])

/// A made-up validation accuracy that peaks at learning rate 0.01 and prefers little decay.
private func score(_ trial: TrialParameters) -> Double {
    1 - Swift.abs(log10(trial["learning rate"]) + 2) / 4 - trial["weight decay"] * 100
}

@Test func randomSearchIsReproducibleWithASeed() {
    let first = search.run(trials: 30, seed: 42, evaluate: score)
    let second = search.run(trials: 30, seed: 42, evaluate: score)
    #expect(first == second)
    #expect(search.run(trials: 30, seed: 43, evaluate: score) != first)
    #expect(Set(first.map(\.parameters.seed)).count == 30)
}

@Test func randomSearchReturnsSortedRecordsWithinTheRanges() {
    let results = search.run(trials: 50, seed: 1, evaluate: score)
    #expect(results.count == 50)
    #expect(Set(results.map(\.parameters.trial)) == Set(1...50))
    for (better, worse) in zip(results, results.dropFirst()) {
        #expect(better.validationAccuracy >= worse.validationAccuracy)
    }
    for result in results {
        #expect((1e-4...1e-1).contains(result.parameters["learning rate"]))
        #expect((1e-8...1e-4).contains(result.parameters["weight decay"]))
        #expect(result.validationAccuracy == score(result.parameters))
    }
}

@Test func failedTrialsSortLastAndTiesKeepTrialOrder() {
    let outcomes: [Int: Double] = [1: 0.5, 2: .nan, 3: 0.9, 4: 0.5]
    let results = search.run(trials: 4, seed: 3) { outcomes[$0.trial]! }
    #expect(results.map(\.parameters.trial) == [3, 1, 4, 2])
}

@Test func logUniformDrawsSpreadEvenlyOverTheDecades() {
    var generator = SeededGenerator(seed: 8)
    let range = LogUniformRange(1e-4, 1e-1)
    var perDecade = [0, 0, 0]
    let n = 30_000
    for _ in 0..<n {
        let x = range.sample(using: &generator)
        perDecade[Swift.min(2, Int((log10(x) + 4).rounded(.down)))] += 1
    }
    // Each decade expects n/3 = 10 000 draws with a standard deviation of √(n · 1/3 · 2/3) ≈ 82.
    #expect(perDecade.allSatisfy { Swift.abs($0 - n / 3) < 400 }, "\(perDecade)")
}

@Test func crossValidationScoresEachFoldAndSummarisesTheScores() {
    var generator = SeededGenerator(seed: 4)
    let folds = Sampling.kFold(count: 11, folds: 3, using: &generator)
    let scores: [Double] = [0.8, 0.9, 1.0]
    var next = 0
    let result = crossValidate(folds: folds) { _, _ in
        defer { next += 1 }
        return scores[next]
    }
    #expect(result.scores == scores)
    // mean 0.9; population standard deviation √((0.01 + 0 + 0.01) / 3).
    #expect(Swift.abs(result.mean - 0.9) < 1e-15)
    #expect(Swift.abs(result.standardDeviation - 0.0816496580927726) < 1e-15)
}
