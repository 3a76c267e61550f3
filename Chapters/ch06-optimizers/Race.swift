import NeuralNet
import NumSwift
import TermPlot

/// The valley of the race: f(x, y) = x²/20 + y², twenty times steeper across (y) than along (x),
/// with its minimum at (0, 0). The classic test of how an optimizer copes with a ravine.
enum Ravine {
    /// f(x, y) = x²/20 + y².
    static func value(_ x: Double, _ y: Double) -> Double { x * x / 20 + y * y }

    /// ∇f = (x/10, 2y).
    static func gradient(_ x: Double, _ y: Double) -> (x: Double, y: Double) { (x / 10, 2 * y) }

    /// Where every optimizer starts.
    static let start = (x: -7.0, y: 2.0)

    /// The window the paths are drawn in.
    static let xRange = -10.0...10.0
    static let yRange = -3.0...3.0

    /// Contour levels f = k²/2 for k = 1…4 (0.5, 2, 4.5, 8): rings evenly spaced around the minimum
    /// (f = 8 crosses the window only near x = 0).
    static let levels = [0.5, 2, 4.5, 8]
}

/// One entrant of the race: its name, its settings as printed, and the optimizer itself.
struct Racer {
    let name: String
    let settings: String
    let optimizer: any Optimizer
}

/// The points an optimizer visits on the ravine: the start, then one point after every update.
/// The position is a single named parameter, so any `Optimizer` runs exactly as in training.
func racePath(_ optimizer: any Optimizer, updates: Int) -> [(x: Double, y: Double)] {
    var optimizer = optimizer
    var params: Parameters = ["p": [Ravine.start.x, Ravine.start.y]]
    var path = [Ravine.start]
    for _ in 0..<updates {
        let p = params["p"]!
        let g = Ravine.gradient(p[0], p[1])
        optimizer.update(&params, ["p": [g.x, g.y]])
        let q = params["p"]!
        path.append((q[0], q[1]))
    }
    return path
}

/// A racer's path over the contours of f: the start and the point after every update as `o`, the minimum as `+`.
func racePlot(title: String, path: [(x: Double, y: Double)]) -> LinePlot {
    let contour = Contour(x: Ravine.xRange, y: Ravine.yRange, levels: Ravine.levels) { Ravine.value($0, $1) }
    return LinePlot(title: title, xRange: Ravine.xRange, yRange: Ravine.yRange)
        .contour(contour)
        .scatter(x: path.map(\.x), y: path.map(\.y), marker: "o")
        .scatter(x: [0], y: [0], marker: "+")
}
