import NumSwift

// Elementwise functions. Where the derivative is easiest in terms of the output (eˣ), the
// backward captures the output; where in terms of the input (log x, ReLU's mask), the input.

/// y = eˣ;  ∂y/∂x = eˣ = y.
public func exp(_ x: Variable) -> Variable {
    let y = exp(x.value)
    return Variable(y, "exp", inputs: [x]) { g in [g * y] }
}

/// y = log x;  ∂y/∂x = 1/x.
public func log(_ x: Variable) -> Variable {
    let input = x.value
    return Variable(log(input), "log", inputs: [x]) { g in [g / input] }
}

/// y = max(0, x);  ∂y/∂x = [x > 0] (0 at x = 0, as `ReLULayer`).
public func relu(_ x: Variable) -> Variable {
    let mask = x.value .> 0
    return Variable(relu(x.value), "relu", inputs: [x]) { g in [g * mask] }
}
