/// Contour lines of a function f(x, y) over a rectangle, drawn faintly under a plot's series
/// (the level sets an optimizer's path crosses).
public struct Contour: Sendable {
    /// The function whose level sets are drawn.
    public var function: @Sendable (Double, Double) -> Double
    /// The rectangle it is drawn over.
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>
    /// The levels drawn; nil places `levelCount` levels between the lowest value of f over the
    /// rectangle and its median, at (k/n)² of the way: evenly spaced rings around a quadratic
    /// minimum, where an optimizer's path ends.
    public var levels: [Double]?
    /// How many levels to draw when `levels` is nil.
    var levelCount: Int
    /// The legend's name for the contour lines (drawn `.` in ASCII, `·` in Unicode); nil leaves
    /// them out of the legend.
    public var label: String?

    /// The contours of `function` over `x × y`, named `label` in the legend.
    public init(
        x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double]? = nil, levelCount: Int = 4,
        label: String? = nil, _ function: @escaping @Sendable (Double, Double) -> Double
    ) {
        self.function = function
        self.x = x
        self.y = y
        self.levels = levels
        self.levelCount = levelCount
        self.label = label
    }

    /// The levels to draw, given the values of f at the cells' centres.
    func resolvedLevels(samples: [Double]) -> [Double] {
        if let levels { return levels }
        let sorted = samples.filter(\.isFinite).sorted()
        guard let lowest = sorted.first, levelCount > 0 else { return [] }
        let median = sorted[sorted.count / 2]
        guard median > lowest else { return [] }
        return (1...levelCount).map { k in
            let fraction = Double(k) / Double(levelCount)
            return lowest + (median - lowest) * fraction * fraction
        }
    }

    /// Whether a level passes between a cell's value and its neighbour's with the cell the
    /// nearer of the two (so that a contour line is one cell thick).
    static func crosses(_ value: Double, _ neighbour: Double, levels: [Double]) -> Bool {
        guard value.isFinite, neighbour.isFinite else { return false }
        return levels.contains { level in
            (value < level) != (neighbour < level) && Swift.abs(value - level) <= Swift.abs(neighbour - level)
        }
    }
}
