import NumSwift
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct ElementwiseUpdateTests {
    /// Bit patterns, so that NaN equals NaN and −0 differs from 0.
    func bits(_ x: NDArray) -> [UInt64] { x.scalars.map(\.bitPattern) }

    @Test func theFlatSubscriptWalksTheElementsInRowMajorOrder() {
        var a = NDArray([[1, 2, 3], [4, 5, 6]])
        #expect((0..<6).map { a[flat: $0] } == [1, 2, 3, 4, 5, 6])
        a[flat: 4] = -5
        #expect(a == NDArray([[1, 2, 3], [4, -5, 6]]))
    }

    @Test func aTwoArrayUpdateIsTheFormulaInOnePass() {
        var generator = SeededGenerator(seed: 1)
        let g = NDArray.randn([4, 5], using: &generator)
        var m = NDArray.randn([4, 5], using: &generator)
        let kept: NDArray = m * 0.9
        let expected: NDArray = kept + g * (1 - 0.9)
        m.update(with: g) { m, g in m * 0.9 + g * (1 - 0.9) }
        #expect(m == expected)
        // The other operand broadcasts: a row is added to every row.
        var rows = NDArray.zeros([3, 2])
        rows.update(with: [1, 2]) { x, b in x + b }
        let expectedRows = NDArray([[1, 2], [1, 2], [1, 2]])
        #expect(rows == expectedRows)
    }

    @Test func aThreeArrayUpdateReadsTwoOperands() {
        var w: NDArray = [1, 2, 3]
        w.update(with: [1, 1, 1], [4, 9, 16]) { w, m, v in w - 0.5 * m / v.squareRoot() }
        let expected: [Double] = [1 - 0.5 / 2, 2 - 0.5 / 3, 3 - 0.5 / 4]
        #expect(w.scalars == expected)
    }

    @Test func anUpdateWritesIntoTheArraysOwnStorage() {
        var m = NDArray.zeros([100, 100])
        let before = m.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
        m.update(with: NDArray.ones([100, 100])) { m, g in m + g }
        m.update(with: NDArray.ones([100, 100]), NDArray.ones([100, 100])) { m, a, b in m + a * b }
        #expect(m.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) } == before)
        #expect(m.scalars.allSatisfy { $0 == 2 })
    }

    @Test func everyInPlaceFunctionEqualsItsOutOfPlaceTwin() {
        let x: NDArray = [-2.5, -1, -0.0, 0, 0.25, 1, 4, .infinity, -.infinity, .nan]
        let pairs: [(String, (inout NDArray) -> Void, NDArray)] = [
            ("sqrt", { $0.formSquareRoot() }, sqrt(x)),
            ("exp", { $0.formExp() }, exp(x)),
            ("log", { $0.formLog() }, log(x)),
            ("square", { $0.formSquare() }, square(x)),
            ("abs", { $0.formAbs() }, abs(x)),
            ("sign", { $0.formSign() }, sign(x)),
            ("maximum", { $0.formMaximum(0.5) }, maximum(x, 0.5)),
            ("clip", { $0.formClip(-1, 1) }, clip(x, -1, 1)),
        ]
        for (name, inPlace, expected) in pairs {
            var y = x
            inPlace(&y)
            #expect(bits(y) == bits(expected), "\(name)")
        }
    }

    @Test func signIsMinusOneZeroOrOne() {
        let signs = sign([-3, -0.0, 0, 2, .infinity])
        #expect(signs.scalars == [-1, 0, 0, 1, 1])
        #expect(sign([.nan]).scalar.isNaN)
    }
}
