import NeuralNet
import NumSwift

/// The forward difference (f(x + h) − f(x)) / h: error of order h (plus rounding of order ε/h).
func forwardDifference(_ f: (Double) -> Double, at x: Double, h: Double) -> Double {
    (f(x + h) - f(x)) / h
}

/// The central difference (f(x + h) − f(x − h)) / 2h: error of order h² (plus rounding of order ε/h).
func centralDifference(_ f: (Double) -> Double, at x: Double, h: Double) -> Double {
    (f(x + h) - f(x - h)) / (2 * h)
}

/// The book's sum of squares of two variables, f(x0, x1) = x0² + x1², on an array of two.
func sumOfSquares(_ x: NDArray) -> Double {
    x[0] * x[0] + x[1] * x[1]
}

/// `steps` steps of gradient descent on `f` from `start`, x ← x − lr · ∇f(x), with the gradient
/// taken numerically by central differences with the book's h = 1e-4. Returns every point
/// visited, the start first.
func gradientDescentPath(
    _ f: (NDArray) -> Double, from start: NDArray, learningRate: Double, steps: Int
) -> [NDArray] {
    var path = [start]
    var x = start
    for _ in 0..<steps {
        x = x - learningRate * numericalGradient(of: f, at: x)
        path.append(x)
    }
    return path
}
