import NumSwift

// Elementwise arithmetic with NumPy's broadcasting. Each operation: the formula forward, then its
// local derivatives; a broadcast operand gets its gradient summed back to its shape (SumToShape).

extension Variable {
    /// z = a + b;  ∂z/∂a = 1, ∂z/∂b = 1: the gradient passes to both unchanged.
    public static func + (a: Variable, b: Variable) -> Variable {
        let (aShape, bShape) = (a.shape, b.shape)
        return Variable(a.value + b.value, "+", inputs: [a, b]) { g in
            [sumToShape(g, aShape), sumToShape(g, bShape)]
        }
    }

    /// z = a − b;  ∂z/∂a = 1, ∂z/∂b = −1.
    public static func - (a: Variable, b: Variable) -> Variable {
        let (aShape, bShape) = (a.shape, b.shape)
        return Variable(a.value - b.value, "-", inputs: [a, b]) { g in
            [sumToShape(g, aShape), sumToShape(-g, bShape)]
        }
    }

    /// z = a · b elementwise;  ∂z/∂a = b, ∂z/∂b = a: each input gets the other one.
    public static func * (a: Variable, b: Variable) -> Variable {
        let (x, y) = (a.value, b.value)
        return Variable(x * y, "*", inputs: [a, b]) { g in
            [sumToShape(g * y, x.shape), sumToShape(g * x, y.shape)]
        }
    }

    /// z = a / b;  ∂z/∂a = 1/b, ∂z/∂b = −a/b².
    public static func / (a: Variable, b: Variable) -> Variable {
        let (x, y) = (a.value, b.value)
        return Variable(x / y, "/", inputs: [a, b]) { g in
            [sumToShape(g / y, x.shape), sumToShape(-g * x / (y * y), y.shape)]
        }
    }

    /// z = −a;  ∂z/∂a = −1.
    public static prefix func - (a: Variable) -> Variable {
        Variable(-a.value, "neg", inputs: [a]) { g in [-g] }
    }

    /// a + c for a fixed number c (c needs no gradient).
    public static func + (a: Variable, c: Double) -> Variable { a + Variable(constant: NDArray(c)) }

    /// a · c for a fixed number c (c needs no gradient).
    public static func * (a: Variable, c: Double) -> Variable { a * Variable(constant: NDArray(c)) }
}
