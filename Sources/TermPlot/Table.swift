import NumSwift

/// A table of text cells with aligned columns and a rule under the header:
///
///     x1  x2  AND
///     ----------
///      0   0    0
///
/// Numbers are right-aligned and text left-aligned unless told otherwise. Rendering is pure:
/// the same table always gives the same text, with no trailing spaces.
public struct Table: CustomStringConvertible, Sendable {
    /// How the cells of one column line up.
    public enum Alignment: Sendable {
        case left, right
    }

    /// The column titles.
    public var headers: [String]
    /// The rows of cells; each row has one cell per header.
    public private(set) var rows: [[String]]
    /// The alignment of each column; nil chooses from the cells (right when every cell is a number).
    public var alignments: [Alignment]?
    /// Spaces between two columns.
    var columnGap: Int

    /// A table with the given column titles and, optionally, its rows.
    public init(headers: [String], rows: [[String]] = [], alignments: [Alignment]? = nil, columnGap: Int = 2) {
        self.headers = headers
        self.rows = []
        self.alignments = alignments
        self.columnGap = columnGap
        for row in rows { append(row) }
    }

    /// Adds a row; it must have one cell per column.
    public mutating func append(_ row: [String]) {
        precondition(
            row.count == headers.count, "a table row needs \(headers.count) cells, got \(row.count): \(row)")
        rows.append(row)
    }

    /// The table as lines of text.
    public func render() -> String {
        let columns = headers.indices
        let widths = columns.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        let aligned =
            alignments
            ?? columns.map { column in
                !rows.isEmpty && rows.allSatisfy { Table.looksNumeric($0[column]) } ? .right : .left
            }
        let gap = String(repeating: " ", count: columnGap)
        func line(_ cells: [String]) -> String {
            let padded = columns.map { column in
                NumberFormat.pad(cells[column], to: widths[column], alignRight: aligned[column] == .right)
            }
            return String(padded.joined(separator: gap).reversed().drop { $0 == " " }.reversed())
        }
        let ruleWidth = widths.reduce(0, +) + columnGap * Swift.max(0, widths.count - 1)
        let rule = String(repeating: "-", count: ruleWidth)
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// The rendered table.
    public var description: String { render() }

    /// Whether a cell reads as a number (so that its column is right-aligned).
    static func looksNumeric(_ cell: String) -> Bool {
        let trimmed = cell.trimmingSpaces()
        if ["nan", "inf", "-inf", "-", ""].contains(trimmed) { return true }
        return Double(trimmed.filter { $0 != "%" && $0 != "×" }) != nil
    }
}

extension String {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
