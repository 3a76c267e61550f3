// PLACEHOLDER until TermPlot's image plot lands on main: this plain character ramp then
// gives way to it (keep `gallery(_:labels:)`'s signature, render through TermPlot).

extension ImageDataset {
    /// A few images side by side, each with its label above it, drawn with the ASCII ramp
    /// " .:-=+*#%@" (blank for 0, `@` for the data set's maximum).
    ///
    /// Terminal cells are about twice as tall as wide, so narrow images (the 8×8 digits) use
    /// two characters per pixel and wide ones (MNIST's 28×28) one character per pixel and one
    /// line per two pixel rows, averaged. Images wrap onto further rows to stay within `width`.
    public func gallery(_ indices: [Int], labels names: [String]? = nil, width: Int = 80) -> String {
        precondition(
            names.map { $0.count >= classCount } ?? true, "gallery needs one name per class, \(classCount) in all")
        let doubled = columns <= 16
        let blockWidth = doubled ? 2 * columns : columns
        let gap = "   "
        let perLine = Swift.max(1, (width + gap.count) / (blockWidth + gap.count))
        var groups: [[Int]] = []
        for start in stride(from: 0, to: indices.count, by: perLine) {
            groups.append(Array(indices[start..<Swift.min(start + perLine, indices.count)]))
        }
        return groups.map { group in
            let blocks = group.map { block(for: $0, label: names?[labels[$0]] ?? String(labels[$0]), doubled: doubled) }
            let height = blocks.map(\.count).max() ?? 0
            return (0..<height).map { line in
                let text = blocks.map { line < $0.count ? $0[line] : String(repeating: " ", count: blockWidth) }
                    .joined(separator: gap)
                return String(text.reversed().drop { $0 == " " }.reversed())
            }.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// One image as equal-width lines under its label.
    private func block(for index: Int, label: String, doubled: Bool) -> [String] {
        let ramp = Array(" .:-=+*#%@")
        let pixels = Array(image(index))
        let blockWidth = doubled ? 2 * columns : columns
        func character(_ value: Double) -> Character {
            ramp[Swift.min(ramp.count - 1, Int((value / Double(maximumPixel) * Double(ramp.count - 1)).rounded()))]
        }
        var lines = [String(label.prefix(blockWidth)).padding(to: blockWidth)]
        let rowStep = doubled ? 1 : 2
        for row in stride(from: 0, to: rows, by: rowStep) {
            let lastRow = Swift.min(row + rowStep, rows)
            var line = ""
            for column in 0..<columns {
                let values = (row..<lastRow).map { Double(pixels[$0 * columns + column]) }
                let cell = character(values.reduce(0, +) / Double(values.count))
                line.append(cell)
                if doubled { line.append(cell) }
            }
            lines.append(line)
        }
        return lines
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    fileprivate func padding(to width: Int) -> String {
        self + String(repeating: " ", count: Swift.max(0, width - count))
    }
}
