// Writing one element per row: the inverse of `picking(columns:)`.

extension NDArray {
    /// A (rows, `columnCount`) matrix of zeros with `values[i]` at row i, column `columns[i]`:
    /// NumPy's `m = np.zeros((n, k)); m[np.arange(n), columns] = values`.
    ///
    /// The backward pass of max pooling: each window's gradient goes to the column that held its
    /// maximum, and nowhere else.
    public static func placing(_ values: NDArray, atColumns columns: [Int], columnCount: Int) -> NDArray {
        precondition(
            values.count == columns.count,
            "placing: \(values.count) values for \(columns.count) columns, need one value per row")
        precondition(
            columns.allSatisfy { $0 >= 0 && $0 < columnCount },
            "placing: a column index is outside 0..<\(columnCount)")
        var result = [Double](repeating: 0, count: columns.count * columnCount)
        for (row, column) in columns.enumerated() { result[row * columnCount + column] = values.scalars[row] }
        return NDArray(shape: [columns.count, columnCount], scalars: result)
    }
}
