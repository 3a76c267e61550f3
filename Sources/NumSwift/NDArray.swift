/// An n-dimensional array of `Double`, the workbook's stand-in for NumPy's `ndarray`.
///
/// Elements are stored contiguously in row-major order; `shape` gives the length of each axis
/// and `[]` is the shape of a scalar. `NDArray` is a value type: the element buffer is a Swift
/// `Array`, so copies share storage until one of them is written to (copy-on-write).
public struct NDArray: Sendable {
    /// The length of each axis, outermost first; `[]` for a scalar.
    public private(set) var shape: [Int]
    /// The elements in row-major order. Its count is always the product of `shape`.
    public var scalars: [Double] { storage }
    /// The element buffer behind `scalars`; a Swift array, so copies share it until written.
    @usableFromInline var storage: [Double]

    /// Creates an array of the given shape from its elements in row-major order.
    public init(shape: [Int], scalars: [Double]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "negative dimensions are not allowed: \(Shape.describe(shape))")
        precondition(
            Shape.count(shape) == scalars.count,
            "cannot make an array of shape \(Shape.describe(shape)) from \(scalars.count) elements")
        self.shape = shape
        self.storage = scalars
    }

    /// A 0-dimensional array holding one number.
    public init(_ value: Double) {
        self.init(shape: [], scalars: [value])
    }

    /// A 1-D array of the given numbers.
    public init(_ values: [Double]) {
        self.init(shape: [values.count], scalars: values)
    }

    /// A 2-D array from its rows; every row must have the same length.
    public init(_ rows: [[Double]]) {
        let columns = rows.first?.count ?? 0
        precondition(
            rows.allSatisfy { $0.count == columns },
            "setting an array element with a sequence: the rows have different lengths \(rows.map(\.count))")
        self.init(shape: [rows.count, columns], scalars: rows.flatMap { $0 })
    }

    /// A 3-D array from nested rows; all inner arrays must agree in length.
    public init(_ blocks: [[[Double]]]) {
        let inner = blocks.map { NDArray($0) }
        let first = inner.first?.shape ?? [0, 0]
        precondition(
            inner.allSatisfy { $0.shape == first },
            "setting an array element with a sequence: the blocks have different shapes")
        self.init(shape: [blocks.count] + first, scalars: inner.flatMap(\.scalars))
    }

    /// The number of axes (NumPy's `ndim`).
    public var rank: Int { shape.count }

    /// The number of elements (NumPy's `size`).
    public var count: Int { scalars.count }

    /// The only element of a one-element array (NumPy's `item()`).
    public var scalar: Double {
        precondition(count == 1, "can only convert an array of size 1 to a Double, not shape \(Shape.describe(shape))")
        return scalars[0]
    }

    /// The element at a full multi-index, e.g. `a[1, 2]`; negative indices count from the end.
    public subscript(indices: Int...) -> Double {
        get { scalars[flatIndex(indices)] }
        set { storage[flatIndex(indices)] = newValue }
    }

    /// The row-major position of a full multi-index.
    func flatIndex(_ indices: [Int]) -> Int {
        precondition(
            indices.count == rank,
            "too many or too few indices for array: array is \(rank)-dimensional, but \(indices.count) were indexed")
        var flat = 0
        for (axis, index) in indices.enumerated() {
            let length = shape[axis]
            let wrapped = index < 0 ? index + length : index
            precondition(
                wrapped >= 0 && wrapped < length,
                "index \(index) is out of bounds for axis \(axis) with size \(length)")
            flat = flat * length + wrapped
        }
        return flat
    }
}

extension NDArray: Equatable {
    /// Arrays are equal when their shapes and all their elements are equal (NaN ≠ NaN, as in IEEE 754).
    public static func == (lhs: NDArray, rhs: NDArray) -> Bool {
        lhs.shape == rhs.shape && lhs.scalars == rhs.scalars
    }
}

extension NDArray: ExpressibleByArrayLiteral {
    /// A 1-D array: `let x: NDArray = [1, 2, 3]`.
    public init(arrayLiteral elements: Double...) {
        self.init(elements)
    }
}
