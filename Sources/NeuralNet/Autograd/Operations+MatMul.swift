import NumSwift

/// Z = A · B for matrices;  ∂L/∂A = ∂L/∂Z · Bᵀ, ∂L/∂B = Aᵀ · ∂L/∂Z (the affine layer's formulas).
///
/// An operand that needs no gradient (the data x of x · W1) gets none computed: that product is
/// as large as the other one, a third of the work of the step.
public func matmul(_ a: Variable, _ b: Variable) -> Variable {
    precondition(
        a.rank == 2 && b.rank == 2,
        "matmul of variables needs matrices, got shapes \(Shape.describe(a.shape)) and \(Shape.describe(b.shape))")
    let (x, w) = (a.value, b.value)
    let (needsA, needsB) = (a.needsGradient, b.needsGradient)
    return Variable(matmul(x, w), "matmul", inputs: [a, b]) { g in
        [
            needsA ? matmul(g, w, transposeA: false, transposeB: true) : nil,
            needsB ? matmul(x, g, transposeA: true, transposeB: false) : nil,
        ]
    }
}
