// Selecting rows, picking one element per row, joining arrays.

extension NDArray {
    /// The length of one row along axis 0: the number of elements in `self[i]`.
    var rowLength: Int { rank == 0 ? 1 : count / Swift.max(shape[0], 1) }

    /// Row `index` along the first axis (NumPy's `a[i]`), with one axis fewer.
    public subscript(row index: Int) -> NDArray {
        precondition(rank >= 1, "too many indices for array: array is 0-dimensional, but 1 were indexed")
        let wrapped = index < 0 ? index + shape[0] : index
        precondition(
            wrapped >= 0 && wrapped < shape[0], "index \(index) is out of bounds for axis 0 with size \(shape[0])")
        let start = wrapped * rowLength
        return NDArray(shape: Array(shape.dropFirst()), scalars: Array(scalars[start..<start + rowLength]))
    }

    /// The rows in a range along the first axis (NumPy's `a[start:end]`).
    public subscript(rows range: Range<Int>) -> NDArray {
        precondition(rank >= 1, "cannot slice a 0-dimensional array")
        precondition(
            range.lowerBound >= 0 && range.upperBound <= shape[0],
            "rows \(range) are out of bounds for axis 0 with size \(shape[0])")
        var newShape = shape
        newShape[0] = range.count
        let slice = scalars[(range.lowerBound * rowLength)..<(range.upperBound * rowLength)]
        return NDArray(shape: newShape, scalars: Array(slice))
    }

    /// The rows at the given indices, in that order, repeats allowed, negative indices counted from
    /// the end (NumPy's `a[[i, j, …]]`).
    public subscript(rows indices: [Int]) -> NDArray {
        precondition(rank >= 1, "cannot index rows of a 0-dimensional array")
        let length = rowLength
        let rows = shape[0]
        var newShape = shape
        newShape[0] = indices.count
        let wrapped = indices.map { index in
            let row = index < 0 ? index + rows : index
            precondition(row >= 0 && row < rows, "index \(index) is out of bounds for axis 0 with size \(rows)")
            return row
        }
        let result = copyingRows(wrapped, length: length)
        return NDArray(shape: newShape, scalars: result)
    }

    /// For a (rows, columns) matrix, the element `self[i, columns[i]]` of every row
    /// (NumPy's `a[np.arange(n), t]`): how cross-entropy reads the probability of the true class.
    public func picking(columns: [Int]) -> NDArray {
        precondition(rank == 2, "picking(columns:) needs a 2-D array, got shape \(Shape.describe(shape))")
        precondition(
            columns.count == shape[0],
            "picking(columns:) needs one column per row: \(columns.count) columns for shape \(Shape.describe(shape))")
        let width = shape[1]
        return NDArray(
            columns.enumerated().map { row, index in
                let column = index < 0 ? index + width : index
                precondition(
                    column >= 0 && column < width, "index \(index) is out of bounds for axis 1 with size \(width)")
                return scalars[row * width + column]
            })
    }

    /// Joins arrays along an existing axis; all other lengths must agree (np.concatenate).
    public static func concatenate(_ arrays: [NDArray], axis: Int = 0) -> NDArray {
        precondition(!arrays.isEmpty, "need at least one array to concatenate")
        let first = arrays[0]
        let axis = Shape.normalize(axis: axis, rank: first.rank)
        for array in arrays {
            var a = array.shape
            var b = first.shape
            precondition(
                a.count == b.count,
                "all the input arrays must have same number of dimensions, but got shapes "
                    + "\(Shape.describe(first.shape)) and \(Shape.describe(array.shape))")
            a[axis] = 0
            b[axis] = 0
            precondition(
                a == b,
                "all the input array dimensions except for the concatenation axis must match exactly, "
                    + "but got shapes \(Shape.describe(first.shape)) and \(Shape.describe(array.shape))")
        }
        let outer = Shape.count(Array(first.shape[..<axis]))
        var shape = first.shape
        shape[axis] = arrays.reduce(0) { $0 + $1.shape[axis] }
        var result: [Double] = []
        result.reserveCapacity(Shape.count(shape))
        for o in 0..<outer {
            for array in arrays {
                let chunk = array.count / Swift.max(outer, 1)
                result.append(contentsOf: array.scalars[(o * chunk)..<((o + 1) * chunk)])
            }
        }
        return NDArray(shape: shape, scalars: result)
    }

    /// Joins arrays of equal shape along a new axis (np.stack).
    public static func stack(_ arrays: [NDArray], axis: Int = 0) -> NDArray {
        precondition(!arrays.isEmpty, "need at least one array to stack")
        let shape = arrays[0].shape
        precondition(arrays.allSatisfy { $0.shape == shape }, "all input arrays must have the same shape")
        let axis = Shape.normalize(axis: axis, rank: shape.count + 1)
        var expanded = shape
        expanded.insert(1, at: axis)
        return concatenate(arrays.map { $0.reshaped(expanded) }, axis: axis)
    }

    /// A 2-D array's rows as Swift arrays.
    public func rowsAsArrays() -> [[Double]] {
        precondition(rank == 2, "rowsAsArrays needs a 2-D array, got shape \(Shape.describe(shape))")
        return (0..<shape[0]).map { Array(scalars[($0 * shape[1])..<(($0 + 1) * shape[1])]) }
    }
}
