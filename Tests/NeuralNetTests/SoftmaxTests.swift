import NeuralNet
import NumSwift
import Testing

@Suite("Softmax, log-softmax and log-sum-exp")
struct SoftmaxTests {
    /// Rows of scores from a fixed seed, spread wide (σ = 30) so that exponents reach ±100.
    static func wideScores() -> NDArray {
        var generator = SeededGenerator(seed: 7)
        return NDArray.randn([16, 10], using: &generator) * 30
    }

    @Test("The overflow case [1010, 1000, 990]")
    func overflowCase() {
        let p = softmax(NDArray([1010, 1000, 990]))
        // e^(x − 1010) / Σ: 1 / (1 + e⁻¹⁰ + e⁻²⁰), e⁻¹⁰ / (…), e⁻²⁰ / (…), worked out with NumPy.
        let expected = [0.999954600070331, 4.539786860886666e-05, 2.061060046209062e-09]
        #expect(p.isFinite)
        for (value, target) in zip(p.scalars, expected) {
            #expect(Swift.abs(value - target) <= 1e-14 * target)
        }
        // The figures the chapter prints, to 9 significant digits.
        #expect(
            p.scalars.map { NumberFormat.scientific($0, digits: 8) } == [
                "9.99954600e-01", "4.53978686e-05", "2.06106005e-09",
            ])
    }

    @Test("Small input: hand-computed e^xᵢ / Σ e^xⱼ")
    func smallInput() {
        let p = softmax(NDArray([0.3, 2.9, 4.0]))
        // NumPy: np.exp(a) / np.exp(a).sum()
        let expected = [0.018211273295547534, 0.2451918129350739, 0.7365969137693785]
        for (value, target) in zip(p.scalars, expected) {
            #expect(Swift.abs(value - target) <= 1e-15)
        }
    }

    @Test("Every row lies in (0, 1) and sums to 1 within 1e-12")
    func rowsSumToOne() {
        let p = softmax(Self.wideScores())
        #expect(p.shape == [16, 10])
        for row in p.rowsAsArrays() {
            #expect(Swift.abs(row.reduce(0, +) - 1) <= 1e-12)
            #expect(row.allSatisfy { $0 >= 0 && $0 <= 1 })
        }
        let moderate = softmax(NDArray([[-3, 0, 2.5], [1, 1, 1]]))
        #expect(moderate.scalars.allSatisfy { $0 > 0 && $0 < 1 })
        #expect(moderate[1, 0] == 1.0 / 3 && moderate[1, 2] == 1.0 / 3)
    }

    @Test("Adding a constant to every score changes nothing", arguments: [-1000.0, -3.5, 0.25, 700, 12345.678])
    func shiftInvariance(_ c: Double) {
        let x = Self.wideScores()
        let difference = abs(softmax(x + c) - softmax(x)).max()
        #expect(difference <= 1e-10, "max difference \(difference)")
    }

    @Test("Softmax keeps the order of the scores: argmax is unchanged")
    func orderPreserved() {
        let x = Self.wideScores()
        #expect(softmax(x).argmaxPerRow() == x.argmaxPerRow())
    }

    @Test("log-softmax equals log(softmax) wherever softmax does not underflow")
    func logSoftmaxMatchesLogOfSoftmax() {
        let x = Self.wideScores()
        let p = softmax(x)
        let logP = logSoftmax(x)
        var compared = 0
        for (direct, viaSoftmax) in zip(logP.scalars, log(p).scalars) where viaSoftmax.isFinite && viaSoftmax > -600 {
            #expect(Swift.abs(direct - viaSoftmax) <= 1e-9 * Swift.max(1, Swift.abs(direct)))
            compared += 1
        }
        #expect(compared > 100)
        #expect(logP.isFinite)
    }

    @Test("log-softmax stays finite where softmax rounds to 0")
    func logSoftmaxWhereSoftmaxUnderflows() {
        let x = NDArray([0, -1000])
        #expect(softmax(x).scalars == [1, 0])
        #expect(log(softmax(x))[1] == -Double.infinity)
        // log softmax = x − (0 + ln(1 + e⁻¹⁰⁰⁰)) = x − 0 in double precision.
        #expect(logSoftmax(x).scalars == [0, -1000])
        let big = logSoftmax(NDArray([1010, 1000, 990]))
        let expected = [-4.5400960276988595e-05, -10.000045400960277, -20.00004540096028]
        for (value, target) in zip(big.scalars, expected) {
            #expect(Swift.abs(value - target) <= 1e-12 * Swift.max(1, Swift.abs(target)))
        }
    }

    @Test("log-sum-exp of large and of −inf rows")
    func logSumExpExtremes() {
        let value = logSumExp(NDArray([[1000, 1000], [-Double.infinity, -Double.infinity]]))
        #expect(value.shape == [2])
        #expect(value[0] == 1000 + 0.6931471805599453)
        #expect(value[1] == -Double.infinity)
        #expect(logSumExp(NDArray([[1, 2, 3]]), keepDims: true).shape == [1, 1])
        // ln(e + e² + e³), by hand with NumPy.
        #expect(Swift.abs(logSumExp(NDArray([1, 2, 3])).scalar - 3.40760596444438) <= 1e-15)
    }
}

/// Equal to the last bit, NaN included.
private func bits(_ x: NDArray) -> [UInt64] { x.scalars.map(\.bitPattern) }

@Test func softmaxAndLogSoftmaxTogetherEqualEachAloneToTheLastBit() {
    var generator = SeededGenerator(seed: 17)
    let inputs: [NDArray] = [
        NDArray.randn([7, 10], using: &generator) * 30,
        NDArray.randn([2, 3, 4], using: &generator),
        [0.3, 2.9, 4.0],
        NDArray([[-.infinity, 1, 2], [3, -.infinity, -.infinity]]),
        NDArray([[-.infinity, -.infinity], [1, 2]]),  // a row of −inf: no finite maximum
        NDArray([[.infinity, 1], [1, 2]]),
    ]
    for x in inputs {
        let (probabilities, logProbabilities) = softmaxAndLogSoftmax(x)
        #expect(probabilities.shape == x.shape && logProbabilities.shape == x.shape)
        #expect(bits(probabilities) == bits(softmax(x)), "softmax of \(x)")
        #expect(bits(logProbabilities) == bits(logSoftmax(x)), "logSoftmax of \(x)")
    }
}
