/// A grid of character cells for drawing, each cell made of sub-pixels: 3×3 in ASCII, 2×4
/// braille dots in Unicode. Lines light sub-pixels and the cell shows the character for its
/// pattern; markers (`*`, `o`, …) and background marks (contours, reference lines) are whole
/// cells. A cell shows its marker if it has one, else its sub-pixels, else its background.
///
/// Pixel coordinates run from (0, 0) at the top left to (pixelWidth−1, pixelHeight−1).
struct Canvas {
    /// Character cells across and down.
    let columns: Int
    let rows: Int
    /// Which characters the cells are drawn with.
    let charset: Charset
    /// Sub-pixels per cell across and down.
    let dotsAcross: Int
    let dotsDown: Int

    /// The markers the plot's series are drawn with; in ASCII no crowded line cell shows one of
    /// them (see `AsciiDots.glyph(_:avoiding:)`).
    var reservedMarkers: Set<Unicode.Scalar> = []

    private var dots: [UInt16]
    private var dotColors: [ANSIColor?]
    private var marks: [Unicode.Scalar?]
    private var markColors: [ANSIColor?]
    private var background: [Unicode.Scalar?]
    private var backgroundColors: [ANSIColor?]

    /// An empty canvas of `columns × rows` cells.
    init(columns: Int, rows: Int, charset: Charset) {
        precondition(columns > 0 && rows > 0, "a canvas needs at least one cell, got \(columns)×\(rows)")
        self.columns = columns
        self.rows = rows
        self.charset = charset
        (dotsAcross, dotsDown) = charset == .ascii ? (3, 3) : (2, 4)
        let cells = columns * rows
        dots = Array(repeating: 0, count: cells)
        dotColors = Array(repeating: nil, count: cells)
        marks = Array(repeating: nil, count: cells)
        markColors = Array(repeating: nil, count: cells)
        background = Array(repeating: nil, count: cells)
        backgroundColors = Array(repeating: nil, count: cells)
    }

    /// Sub-pixels across the whole canvas.
    var pixelWidth: Int { columns * dotsAcross }
    /// Sub-pixels down the whole canvas.
    var pixelHeight: Int { rows * dotsDown }

    /// Lights one sub-pixel; positions outside the canvas are ignored.
    mutating func setPixel(_ x: Int, _ y: Int, color: ANSIColor?) {
        guard x >= 0, y >= 0, x < pixelWidth, y < pixelHeight else { return }
        let cell = (y / dotsDown) &* columns &+ x / dotsAcross
        let bit =
            charset == .ascii
            ? AsciiDots.bit(x: x % dotsAcross, y: y % dotsDown) : BrailleDots.bit(x: x % dotsAcross, y: y % dotsDown)
        dots[cell] |= bit
        dotColors[cell] = color
    }

    /// Draws the segment between two pixel positions (fractional, possibly far outside):
    /// the part inside the canvas, by Bresenham with both end points.
    mutating func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double), color: ANSIColor?) {
        guard let (start, end) = clipToCanvas(a, b) else { return }
        let (x0, y0) = pixelIndex(start)
        let (x1, y1) = pixelIndex(end)
        bresenham(x0, y0, x1, y1) { x, y in setPixel(x, y, color: color) }
    }

    /// Draws the segment between two pixel positions with `marker` in every cell it crosses.
    mutating func markerLine(
        from a: (x: Double, y: Double), to b: (x: Double, y: Double), marker: Unicode.Scalar, color: ANSIColor?
    ) {
        guard let (start, end) = clipToCanvas(a, b) else { return }
        let (x0, y0) = pixelIndex(start)
        let (x1, y1) = pixelIndex(end)
        bresenham(x0 / dotsAcross, y0 / dotsDown, x1 / dotsAcross, y1 / dotsDown) { column, row in
            setMark(column: column, row: row, marker, color: color)
        }
    }

    /// Puts `marker` in the cell holding a pixel position; positions outside are ignored.
    mutating func mark(_ point: (x: Double, y: Double), _ marker: Unicode.Scalar, color: ANSIColor?) {
        guard isInside(point) else { return }
        let (x, y) = pixelIndex(point)
        setMark(column: x / dotsAcross, row: y / dotsDown, marker, color: color)
    }

    /// Puts `marker` in a cell (drawn over the cell's sub-pixels).
    mutating func setMark(column: Int, row: Int, _ marker: Unicode.Scalar, color: ANSIColor?) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        marks[row &* columns &+ column] = marker
        markColors[row &* columns &+ column] = color
    }

    /// Puts a background character in a cell, shown only where nothing else is drawn.
    mutating func setBackground(column: Int, row: Int, _ character: Unicode.Scalar, color: ANSIColor?) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        background[row &* columns &+ column] = character
        backgroundColors[row &* columns &+ column] = color
    }

    /// The character and colour a cell shows.
    func cell(column: Int, row: Int) -> (character: Unicode.Scalar, color: ANSIColor?) {
        let index = row &* columns &+ column
        if let mark = marks[index] { return (mark, markColors[index]) }
        if dots[index] != 0 {
            let bits = dots[index]
            let character =
                charset == .ascii ? AsciiDots.glyph(bits, avoiding: reservedMarkers) : BrailleDots.glyph(bits)
            return (character, dotColors[index])
        }
        if let character = background[index] { return (character, backgroundColors[index]) }
        return (" ", nil)
    }

    /// The canvas as `rows` strings of exactly `columns` cells each (trailing spaces kept, so
    /// that a frame can put an axis after them); colours as ANSI escapes when `color` is true.
    func renderRows(color: Bool) -> [String] {
        (0..<rows).map { row in
            var line = StyledLine()
            for column in 0..<columns {
                let (character, cellColor) = cell(column: column, row: row)
                line.append(character, color: color ? cellColor : nil)
            }
            return line.finished()
        }
    }

    private func isInside(_ point: (x: Double, y: Double)) -> Bool {
        point.x >= -0.5 && point.x <= Double(pixelWidth) - 0.5 && point.y >= -0.5
            && point.y <= Double(pixelHeight) - 0.5
    }

    private func clipToCanvas(
        _ a: (x: Double, y: Double), _ b: (x: Double, y: Double)
    ) -> (start: (x: Double, y: Double), end: (x: Double, y: Double))? {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
        return clipSegment(
            a, b, xMin: -0.5, xMax: Double(pixelWidth) - 0.5, yMin: -0.5, yMax: Double(pixelHeight) - 0.5)
    }

    /// The pixel a position falls in, clamped to the canvas (a clipped end may lie on its edge).
    private func pixelIndex(_ point: (x: Double, y: Double)) -> (Int, Int) {
        let x = Swift.min(Swift.max(Int(point.x.rounded()), 0), pixelWidth - 1)
        let y = Swift.min(Swift.max(Int(point.y.rounded()), 0), pixelHeight - 1)
        return (x, y)
    }
}
