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

/// What the loss did during the training, in one true sentence: it went down (the lesson), rose
/// or became NaN (the steps overshoot), or barely moved (the steps are too small).
func lossVerdict(from first: Double, to last: Double, learningRate: Double) -> String {
    let rate = NumberFormat.general(learningRate)
    let from = NumberFormat.fixed(first, digits: 4)
    let to = NumberFormat.fixed(last, digits: 4)
    if !last.isFinite || last > first {
        return "The loss did not go down but up, from \(from) to \(to): at learning rate \(rate) each step "
            + "overshoots the minimum it aims for. Try a smaller --lr."
    }
    if last > 0.99 * first {
        return "The loss barely moved, from \(from) to \(to): at learning rate \(rate) the steps are too "
            + "small to matter. Try a larger --lr or more --iterations."
    }
    return "The loss goes down: the network learns, from nothing but nudging each weight and watching the loss."
}
