import NeuralNet
import TermPlot
import Workbook

/// A table with one row per x and one column per activation.
func valueTable(_ activations: [Activation], at points: [Double], derivative: Bool = false) -> Table {
    var table = Table(headers: ["x"] + activations.map { derivative ? $0.name + "'" : $0.name })
    for x in points {
        table.append([short(x)] + activations.map { short(derivative ? $0.derivative(x) : $0.apply(x)) })
    }
    return table
}

/// The product of `activation`'s slopes h'(a) at the first `layers` of `sums`: the activations'
/// share of a gradient passing back through those layers (each layer's weights multiply it too).
func slopeProduct(_ activation: Activation, sums: [Double], layers: Int) -> Double {
    precondition(layers <= sums.count, "slopeProduct needs \(layers) sums, got \(sums.count)")
    return sums.prefix(layers).reduce(1) { $0 * activation.derivative($1) }
}
