import NeuralNet
import NumSwift
import Testing

// Every optimizer's first three steps on the tiny quadratic f(w) = Σ wᵢ², gradient g = 2w,
// from w₀ = [1, −0.5]. The expected numbers were worked out from each update rule with plain
// Python floats, independently of this code (the classical look-ahead form for Nesterov);
// the first coordinate is also done by hand in the comments where the arithmetic is short.

/// Three `update`s on f(w) = Σ w², returning w after each.
private func threeSteps(_ optimizer: inout some Optimizer) -> [[Double]] {
    var params: Parameters = ["w": [1, -0.5]]
    var path: [[Double]] = []
    for _ in 0..<3 {
        let gradient = params["w"]! * 2
        optimizer.update(&params, ["w": gradient])
        path.append(params["w"]!.scalars)
    }
    return path
}

/// One update of a single parameter `w` by gradient `g`.
private func step(_ optimizer: inout some Optimizer, _ w: inout NDArray, gradient g: NDArray) {
    var params: Parameters = ["w": w]
    w = NDArray(0)  // the dictionary holds the only reference, as in a network
    optimizer.update(&params, ["w": g])
    w = params["w"]!
}

/// Three steps of a fresh optimizer of `kind` with the hyper-parameters the expectations assume.
private func threeSteps(of kind: OptimizerKind) -> [[Double]] {
    switch kind {
    case .sgd:
        var o = SGD(learningRate: 0.1)
        return threeSteps(&o)
    case .momentum:
        var o = Momentum(learningRate: 0.1, momentum: 0.9)
        return threeSteps(&o)
    case .nesterov:
        var o = Nesterov(learningRate: 0.1, momentum: 0.9)
        return threeSteps(&o)
    case .adagrad:
        var o = AdaGrad(learningRate: 0.1)
        return threeSteps(&o)
    case .rmsprop:
        var o = RMSprop(learningRate: 0.1, decay: 0.9)
        return threeSteps(&o)
    case .adadelta:
        var o = AdaDelta()
        return threeSteps(&o)
    case .adam:
        var o = Adam(learningRate: 0.1)
        return threeSteps(&o)
    case .adamw:
        var o = AdamW(learningRate: 0.1, weightDecay: 0.1)
        return threeSteps(&o)
    }
}

private func expectedSteps(of kind: OptimizerKind) -> [[Double]] {
    switch kind {
    case .sgd:
        // w ← w − 0.1·2w = 0.8 w: 0.8, 0.64, 0.512.
        return [[0.8, -0.4], [0.64, -0.32], [0.512, -0.256]]
    case .momentum:
        // v₁ = −0.2, w₁ = 0.8; g = 1.6, v₂ = −0.18 − 0.16 = −0.34, w₂ = 0.46;
        // g = 0.92, v₃ = −0.306 − 0.092 = −0.398, w₃ = 0.062.
        return [[0.8, -0.4], [0.46, -0.23], [0.062, -0.031]]
    case .nesterov:
        // v₁ = −0.2, w₁ = 1 + 0.9·(−0.2) − 0.2 = 0.62; g = 1.24, v₂ = −0.18 − 0.124 = −0.304,
        // w₂ = 0.62 − 0.2736 − 0.124 = 0.2224; g = 0.4448, v₃ = −0.2736 − 0.04448 = −0.31808,
        // w₃ = 0.2224 − 0.286272 − 0.04448 = −0.108352.
        return [[0.62, -0.31], [0.2224, -0.1112], [-0.108352, 0.054176]]
    case .adagrad:
        // h₁ = 4, w₁ = 1 − 0.1·2/(2 + 1e-8) ≈ 0.9; h₂ = 4 + 3.24, w₂ = 0.9 − 0.18/√7.24 ≈ 0.83310.
        return [
            [0.9000000005, -0.400000001], [0.8331035275658407, -0.3375304966371345],
            [0.7804561822187429, -0.29089917837999135],
        ]
    case .rmsprop:
        // s₁ = 0.1·4 = 0.4, w₁ = 1 − 0.2/√0.4 = 1 − 0.316228 = 0.683772.
        return [
            [0.683772238983162, -0.18377224398316166], [0.498870613507054, -0.06953148908123412],
            [0.36918056029155966, -0.024435299437110106],
        ]
    case .adadelta:
        // E[g²]₁ = 0.05·4 = 0.2, Δ₁ = −√1e-6/√0.200001 · 2 = −0.0044721, w₁ = 0.9955279.
        return [
            [0.9955278752252984, -0.49552790876568914], [0.9910086802754602, -0.4910187181642212],
            [0.9864644623414908, -0.48649812845895674],
        ]
    case .adam:
        // m̂₁ = g, v̂₁ = g², so w₁ = w₀ − 0.1·g/(|g| + 1e-8) ≈ w₀ − 0.1·sign(g) = 0.9.
        return [
            [0.9000000005, -0.400000001], [0.8004122286917928, -0.30118742165916684],
            [0.7015862729460303, -0.20487125256029964],
        ]
    case .adamw:
        // w₁ = 1 − 0.1·0.1·1 − 0.1·(≈1) = 0.89: Adam's 0.9 less the decoupled ηλw₀ = 0.01.
        return [
            [0.8900000004999999, -0.395000001], [0.7815718559365048, -0.2923387042550786],
            [0.6751012216400698, -0.19341560428094734],
        ]
    }
}

@Test(arguments: OptimizerKind.allCases)
func firstThreeStepsMatchTheUpdateRule(kind: OptimizerKind) {
    let actual = threeSteps(of: kind)
    let expected = expectedSteps(of: kind)
    for (step, (a, e)) in zip(actual, expected).enumerated() {
        for (x, y) in zip(a, e) {
            #expect(abs(x - y) <= 1e-12 * max(1, abs(y)), "\(kind) step \(step + 1): \(a) vs \(e)")
        }
    }
}

@Test func adamBiasCorrectionMakesTheFirstStepTheLearningRate() {
    // Uncorrected, m₁ = 0.1 g and v₁ = 0.001 g² would give a first step of 0.1/√0.001 ≈ 3.16 η.
    // Corrected, m̂₁ = g and v̂₁ = g², so every coordinate moves by η g/(|g| + ε) ≈ η, whatever |g|.
    var adam = Adam(learningRate: 0.01)
    let gradient: NDArray = [1e-3, -50, 7]
    var parameter: NDArray = [0, 0, 0]
    step(&adam, &parameter, gradient: gradient)
    #expect(adam.stepCount == 1)
    for (m, g) in zip(adam.firstMoment["w"]!.scalars, gradient.scalars) {
        #expect(abs(m - 0.1 * g) <= 1e-15 * abs(g))
    }
    for (v, g) in zip(adam.secondMoment["w"]!.scalars, gradient.scalars) {
        #expect(abs(v - 0.001 * g * g) <= 1e-15 * g * g)
    }
    for (w, g) in zip(parameter.scalars, gradient.scalars) {
        let expected = -0.01 * g / (abs(g) + 1e-8)
        #expect(abs(w - expected) <= 1e-15)
        #expect(abs(abs(w) - 0.01) <= 1e-7)
    }
}

@Test func adaDeltaStepsDoNotDependOnTheScaleOfTheLoss() {
    // f(w) = c·w²: SGD's step grows with c; AdaDelta's Δ = −RMS[Δ]/RMS[g]·g does not,
    // up to ε: the first step is √ε·|g|/√((1 − ρ)g² + ε) ≈ √(ε/(1 − ρ)) = √(1e-6/0.05) = 0.0044721.
    func path(scale c: Double) -> [Double] {
        var optimizer = AdaDelta()
        var params: Parameters = ["w": [1]]
        var path: [Double] = []
        for _ in 0..<3 {
            optimizer.update(&params, ["w": params["w"]! * (2 * c)])
            path.append(params["w"]!.scalar)
        }
        return path
    }
    let small = path(scale: 1)
    let large = path(scale: 1000)
    #expect(abs((1 - small[0]) - (1e-6 / 0.05).squareRoot()) < 1e-5)
    for (a, b) in zip(small, large) {
        #expect(abs(a - b) < 1e-5, "scale 1: \(small), scale 1000: \(large)")
    }
}

@Test func adaDeltaLearningRateOnlyScalesTheAppliedStep() {
    var full = AdaDelta()
    var half = AdaDelta(learningRate: 0.5)
    var (a, b): (NDArray, NDArray) = ([1], [1])
    step(&full, &a, gradient: [2])
    step(&half, &b, gradient: [2])
    #expect(abs((1 - b.scalar) - 0.5 * (1 - a.scalar)) < 1e-15)
    // The rule remembers the unscaled step, so both states agree.
    #expect(full.meanSquareStep == half.meanSquareStep)
}

@Test func adamWIsAdamPlusExactlyTheDecoupledDecay() {
    let (eta, lambda) = (0.05, 0.2)
    var adam = Adam(learningRate: eta)
    var adamW = AdamW(learningRate: eta, weightDecay: lambda)
    let gradients: [NDArray] = [[0.3, -2, 5], [-0.1, -1, 4], [0.7, 0.5, -3]]
    var w: NDArray = [1, -0.5, 2]
    for g in gradients {
        var plain = w
        var decoupled = w
        step(&adam, &plain, gradient: g)
        step(&adamW, &decoupled, gradient: g)
        // AdamW(w) − Adam(w) = −ηλw, element by element, at every step: the moments never see λw.
        for i in 0..<w.count {
            #expect(abs((decoupled[i] - plain[i]) - (-eta * lambda * w[i])) < 1e-15)
        }
        w = decoupled
    }
}

@Test func adamWithL2IsNotAdamW() {
    // Adam on g + λw divides the decay by √v̂ as well: at step 1 it moves every coordinate by
    // η·sign(g + λw) = 0.05, so the decay term is lost; AdamW moves by ηλw + ≈η = 0.02 + 0.05.
    let (eta, lambda) = (0.05, 0.2)
    let w: NDArray = [2]
    let g: NDArray = [3]
    var adam = Adam(learningRate: eta)
    var adamW = AdamW(learningRate: eta, weightDecay: lambda)
    var (withL2, decoupled) = (w, w)
    step(&adam, &withL2, gradient: g + w * lambda)
    step(&adamW, &decoupled, gradient: g)
    #expect(abs(withL2.scalar - (2 - 0.05)) < 1e-8)  // the L2 term vanished into the normalisation
    #expect(abs(decoupled.scalar - (2 - 0.05 * 0.2 * 2 - 0.05)) < 1e-8)  // 1.93: the decay survives
}

@Test func adamWWithoutDecayIsAdam() {
    var adam = Adam(learningRate: 0.1)
    var adamW = AdamW(learningRate: 0.1, weightDecay: 0)
    #expect(threeSteps(&adam) == threeSteps(&adamW))
}
