import NumSwift
import TermPlot

/// One parameter of a gradient check as plain numbers: its backprop gradient `a` against its
/// numerical gradient `n`.
public struct GradientCheckRow: Sendable {
    /// The parameter's name, e.g. "W1".
    public let name: String
    /// The parameter's shape.
    public let shape: [Int]
    /// max |a|: how large the gradient gets.
    public let largestGradient: Double
    /// max |a − n|.
    public let largestDifference: Double
    /// mean |a − n|.
    public let meanDifference: Double
    /// The worst relative error, as NeuralNet's gradient check measures it; nil where the exact
    /// gradient is 0 and both are rounding noise, so that a relative error would compare noise with noise.
    public let worstRelativeError: Double?
    /// |a| at the element with the worst relative error, if the check says where that is.
    public let gradientAtWorst: Double?

    /// The row of the parameter `name`, from its two gradients and the relative error (and where
    /// it occurs) as the gradient check computed them.
    public init(
        name: String, backprop: NDArray, numerical: NDArray, worstRelativeError: Double?,
        gradientAtWorst: Double? = nil
    ) {
        precondition(
            backprop.shape == numerical.shape,
            "GradientCheckRow \(name): shapes \(Shape.describe(backprop.shape)) and "
                + "\(Shape.describe(numerical.shape)) differ")
        let difference = abs(backprop - numerical)
        self.name = name
        self.shape = backprop.shape
        self.largestGradient = abs(backprop).max()
        self.largestDifference = difference.max()
        self.meanDifference = difference.mean()
        self.worstRelativeError = worstRelativeError
        self.gradientAtWorst = gradientAtWorst
    }
}

/// The table of a gradient check: one row per parameter, the columns a chapter chooses, every
/// measurement in scientific notation (`sci`).
///
///     var check = GradientCheckTable(columns: [.shape, .meanDifference(), .worstRelativeError()])
///     check.append(GradientCheckRow(name: "W1", backprop: a, numerical: n, worstRelativeError: e))
///     print(check)
public struct GradientCheckTable: CustomStringConvertible, Sendable {
    /// A column of the table and its heading.
    public enum Column: Sendable {
        /// The parameter's shape, `(64,50)`.
        case shape
        /// max |a|.
        case largestGradient(_ heading: String = "max |backprop|")
        /// max |a − n|.
        case largestDifference(_ heading: String = "max |backprop - numerical|")
        /// mean |a − n|.
        case meanDifference(_ heading: String = "mean |backprop - numerical|")
        /// The worst relative error; "(both ~ 0)" where there is none to take.
        case worstRelativeError(_ heading: String = "worst relative error")
        /// |a| where the relative error is worst.
        case gradientAtWorst(_ heading: String = "at a gradient of")

        /// The column's heading.
        var heading: String {
            switch self {
            case .shape: "shape"
            case .largestGradient(let heading), .largestDifference(let heading), .meanDifference(let heading),
                .worstRelativeError(let heading), .gradientAtWorst(let heading):
                heading
            }
        }
    }

    /// The columns after the parameter's name.
    public let columns: [Column]
    /// Digits after the point of every measurement (1 gives 4.6e-13).
    public let digits: Int
    /// The parameters checked, in the order appended.
    public private(set) var rows: [GradientCheckRow] = []

    /// An empty table with the given columns after the parameter's name.
    public init(columns: [Column], digits: Int = 1) {
        self.columns = columns
        self.digits = digits
    }

    /// Adds a parameter's row.
    public mutating func append(_ row: GradientCheckRow) {
        rows.append(row)
    }

    /// The rows as a `Table`: names and shapes aligned left, measurements right.
    public var table: Table {
        var table = Table(
            headers: ["parameter"] + columns.map(\.heading),
            alignments: [.left] + columns.map { if case .shape = $0 { .left } else { .right } })
        for row in rows {
            table.append([row.name] + columns.map { cell($0, of: row) })
        }
        return table
    }

    /// The table as text.
    public var description: String { table.description }

    /// What `row` shows in `column`.
    func cell(_ column: Column, of row: GradientCheckRow) -> String {
        switch column {
        case .shape: Shape.describe(row.shape)
        case .largestGradient: sci(row.largestGradient, digits: digits)
        case .largestDifference: sci(row.largestDifference, digits: digits)
        case .meanDifference: sci(row.meanDifference, digits: digits)
        case .worstRelativeError: row.worstRelativeError.map { sci($0, digits: digits) } ?? "(both ~ 0)"
        case .gradientAtWorst: row.gradientAtWorst.map { sci($0, digits: digits) } ?? "-"
        }
    }
}
