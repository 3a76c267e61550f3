// NumPy's way of printing an array: `array([[1., 2.],\n       [3., 4.]])`.

extension NDArray: CustomStringConvertible {
    /// The array as NumPy's `repr` prints it: one common number format for all elements,
    /// rows aligned under each other, long rows wrapped at 75 columns, and arrays of more
    /// than 1000 elements shortened to their first and last three entries per axis with `...`.
    /// As NumPy 2 does, the shape is added where the text does not show it (a shortened or
    /// empty array), and the dtype for an empty one: `array([], shape=(0, 3), dtype=float64)`.
    public var description: String {
        let prefix = "array("
        let body: String
        if rank == 0 {
            body = ArrayPrinter.formatter(for: scalars).format(scalars[0])
        } else if count == 0 {
            body = "[]"
        } else {
            let printer = ArrayPrinter(array: self, summarize: count > ArrayPrinter.threshold)
            body = printer.render(indent: String(repeating: " ", count: prefix.count))
        }
        var extras: [String] = []
        if (count == 0 && shape != [0]) || count > ArrayPrinter.threshold {
            extras.append("shape=" + ArrayPrinter.pythonTuple(shape))
        }
        if count == 0 { extras.append("dtype=float64") }
        guard !extras.isEmpty else { return prefix + body + ")" }
        // The extras go on a line of their own when they would pass the line width.
        let text = prefix + body + ","
        let extra = extras.joined(separator: ", ") + ")"
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last!.count
        let spacer =
            lastLine + extra.count + 1 > ArrayPrinter.lineWidth
            ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return text + spacer + extra
    }
}

/// Lays out the nested brackets of an array, as NumPy's `_formatArray` does.
struct ArrayPrinter {
    /// Arrays with more elements than this are summarised (np.set_printoptions threshold).
    static let threshold = 1000
    /// Entries kept at each end of a summarised axis (edgeitems).
    static let edgeItems = 3
    /// Lines are wrapped before this many characters (linewidth).
    static let lineWidth = 75

    let array: NDArray
    let summarize: Bool
    let strides: [Int]
    let formatter: ElementFormatter

    init(array: NDArray, summarize: Bool) {
        self.array = array
        self.summarize = summarize
        self.strides = Shape.strides(array.shape)
        // As NumPy, the format is chosen from the elements that will be shown.
        var shown: [Double] = []
        ArrayPrinter.visibleOffsets(shape: array.shape, strides: strides, summarize: summarize, axis: 0, base: 0) {
            shown.append(array.scalars[$0])
        }
        self.formatter = ArrayPrinter.formatter(for: shown)
    }

    static func formatter(for values: [Double]) -> ElementFormatter { ElementFormatter(values: values) }

    /// A shape as Python writes a tuple: `(1001,)`, `(40, 50)`.
    static func pythonTuple(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    func render(indent: String) -> String {
        block(axis: 0, base: 0, indent: indent)
    }

    /// The indices kept along an axis of `length`: all of them, or the ends with a gap (nil) between.
    static func kept(_ length: Int, summarize: Bool) -> [Int?] {
        if summarize && length > 2 * edgeItems {
            return Array(0..<edgeItems) + [nil] + Array((length - edgeItems)..<length)
        }
        return Array(0..<length)
    }

    static func visibleOffsets(
        shape: [Int], strides: [Int], summarize: Bool, axis: Int, base: Int, _ body: (Int) -> Void
    ) {
        for index in kept(shape[axis], summarize: summarize) {
            guard let index else { continue }
            let offset = base + index * strides[axis]
            if axis == shape.count - 1 {
                body(offset)
            } else {
                visibleOffsets(
                    shape: shape, strides: strides, summarize: summarize, axis: axis + 1, base: offset, body)
            }
        }
    }

    private func block(axis: Int, base: Int, indent: String) -> String {
        let rank = array.rank
        let entries = ArrayPrinter.kept(array.shape[axis], summarize: summarize)
        if axis == rank - 1 {
            let words = entries.map { index in
                index.map { formatter.format(array.scalars[base + $0 * strides[axis]]) } ?? "..."
            }
            return "[" + wrap(words, indent: indent + " ", closing: rank) + "]"
        }
        let nextIndent = indent + " "
        let separator = "," + String(repeating: "\n", count: rank - axis - 1) + nextIndent
        let children = entries.map { index in
            index.map { block(axis: axis + 1, base: base + $0 * strides[axis], indent: nextIndent) } ?? "..."
        }
        return "[" + children.joined(separator: separator) + "]"
    }

    /// Joins the words of the innermost axis with ", ", starting a new line where one would pass the width.
    private func wrap(_ words: [String], indent: String, closing brackets: Int) -> String {
        var lines: [String] = []
        var line = ""
        let firstColumn = indent.count
        for (i, word) in words.enumerated() {
            let isLast = i == words.count - 1
            let piece = isLast ? word : word + ","
            // NumPy keeps room for the closing brackets after every word of a row, and for the ")" after the last.
            let reserve = isLast ? brackets + 1 : brackets
            let candidate = line.isEmpty ? piece : line + " " + piece
            if !line.isEmpty && firstColumn + candidate.count + reserve > ArrayPrinter.lineWidth {
                lines.append(line)
                line = piece
            } else {
                line = candidate
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n" + indent)
    }
}

/// One number format for every element of an array, as NumPy's `FloatingFormat` chooses it:
/// positional with up to 8 decimals, or scientific when the magnitudes call for it
/// (largest ≥ 1e8, smallest non-zero < 1e-4, or a ratio above 1000). Trailing zeros are
/// dropped to the longest fraction needed; all entries are padded to one width.
struct ElementFormatter {
    static let precision = 8
    let scientific: Bool
    let fractionDigits: Int
    let width: Int
    let integerWidth: Int
    let exponentDigits: Int

    init(values: [Double]) {
        let finite = values.filter(\.isFinite)
        let magnitudes = finite.map { Swift.abs($0) }.filter { $0 != 0 }
        let largest = magnitudes.max() ?? 0
        let smallest = magnitudes.min() ?? 0
        scientific = largest >= 1e8 || (smallest > 0 && (smallest < 1e-4 || largest / smallest > 1e3))
        if scientific {
            let digits = finite.map { ElementFormatter.fraction(NumberFormat.scientific($0, digits: 8)).count }
            fractionDigits = digits.max() ?? 0
            let exponents = finite.map { value -> Int in
                let text = NumberFormat.scientific(value, digits: 0)
                return text.count - (text.firstIndex(of: "e").map { text.distance(from: text.startIndex, to: $0) } ?? 0)
                    - 2
            }
            exponentDigits = Swift.max(2, exponents.max() ?? 2)
            integerWidth = finite.contains { $0 < 0 || $0.sign == .minus } ? 2 : 1
        } else {
            let texts = finite.map { NumberFormat.fixed($0, digits: ElementFormatter.precision) }
            fractionDigits = texts.map { ElementFormatter.fraction($0).count }.max() ?? 0
            integerWidth = texts.map { $0.prefix { $0 != "." }.count }.max() ?? 1
            exponentDigits = 0
        }
        let finiteWidth =
            scientific
            ? integerWidth + 1 + fractionDigits + 2 + exponentDigits
            : integerWidth + 1 + fractionDigits
        let specialWidth =
            values.contains { !$0.isFinite }
            ? values.filter { !$0.isFinite }.map { NumberFormat.describe($0).count }.max()! : 0
        width = Swift.max(finite.isEmpty ? 0 : finiteWidth, specialWidth)
    }

    /// The digits after the point of a %f or %e text, trailing zeros removed.
    static func fraction(_ text: String) -> Substring {
        guard let point = text.firstIndex(of: ".") else { return "" }
        let end = text.firstIndex(of: "e") ?? text.endIndex
        var digits = text[text.index(after: point)..<end]
        while digits.last == "0" { digits = digits.dropLast() }
        return digits
    }

    func format(_ x: Double) -> String {
        guard x.isFinite else { return NumberFormat.pad(NumberFormat.describe(x), to: width) }
        if scientific {
            let text = NumberFormat.scientific(x, digits: fractionDigits)
            let parts = text.split(separator: "e")
            var mantissa = String(parts[0])
            if fractionDigits == 0 { mantissa += "." }
            let exponent = parts[1]
            let sign = exponent.first!
            let digits = NumberFormat.pad(String(exponent.dropFirst()), to: exponentDigits)
                .replacingSpaces(with: "0")
            return NumberFormat.pad(mantissa + "e" + String(sign) + digits, to: width)
        }
        let text = NumberFormat.fixed(x, digits: ElementFormatter.precision)
        let integer = String(text.prefix { $0 != "." })
        let fraction = String(ElementFormatter.fraction(text))
        let padded =
            NumberFormat.pad(integer, to: integerWidth) + "."
            + NumberFormat.pad(fraction, to: fractionDigits, alignRight: false)
        return NumberFormat.pad(padded, to: width)
    }
}

extension String {
    fileprivate func replacingSpaces(with character: Character) -> String {
        String(map { $0 == " " ? character : $0 })
    }
}
