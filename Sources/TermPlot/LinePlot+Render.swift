extension LinePlot {
    /// The plot as text: axes fitted to the data (or the given ranges), contour, reference
    /// lines, then the series in order, then the legend of the named series, followed by the
    /// named reference lines and contour (every glyph drawn that a reader might ask about).
    ///
    /// Without colour, the first line series is drawn with line characters and every other
    /// series with its marker, so that series stay apart; with colour, all lines are lines. A
    /// crowded line cell whose ASCII glyph (`+`, `x`, `#`) is some series' marker is drawn with
    /// another glyph, so a line never passes for a marker.
    public func render(_ options: RenderOptions) -> String {
        let rows = options.height
        let (xData, yData) = dataBounds()
        let yAxis = Axis.make(
            scale: yScale, dataLower: yData?.lowerBound, dataUpper: yData?.upperBound, fixed: yRange,
            tickCount: Swift.max(2, rows / 3))
        let gutter = Frame.gutter(for: yAxis.ticks.map(\.label))
        let columns = Frame.bodyColumns(width: options.width, gutter: gutter)
        let xAxis = Axis.make(
            scale: xScale, dataLower: xData?.lowerBound, dataUpper: xData?.upperBound, fixed: xRange,
            tickCount: Swift.max(2, columns / 10))
        var canvas = Canvas(columns: columns, rows: rows, charset: options.charset)
        let place = PixelPlacement(xAxis: xAxis, yAxis: yAxis, canvas: canvas)
        if let contour { drawContour(contour, on: &canvas, place: place, color: options.color) }
        drawReferenceLines(on: &canvas, place: place, color: options.color)
        var legend: [(symbol: String, label: String)] = []
        var lineSeriesSeen = 0
        for (index, series) in series.enumerated() {
            let color = options.color ? ANSIColor.series(index) : nil
            let usesMarker = series.style == .scatter || (!options.color && lineSeriesSeen > 0)
            if series.style == .line { lineSeriesSeen += 1 }
            let marker = series.markerScalar(index: index, charset: options.charset)
            if usesMarker { canvas.reservedMarkers.insert(marker) }
            draw(series, on: &canvas, place: place, marker: usesMarker ? marker : nil, color: color)
            if let label = series.label {
                let symbol = usesMarker ? String(marker) : (options.charset == .unicode ? "─" : "-")
                legend.append((color?.paint(symbol, enabled: true) ?? symbol, label))
            }
        }
        legend += backgroundLegend(options)
        var frame = Frame(title: title, xLabel: xLabel, yLabel: yLabel, charset: options.charset)
        frame.yTicks = yAxis.ticks.map { (place.row(ofPosition: $0.position), $0.label) }
        frame.xTicks = xAxis.ticks.map { (place.column(ofPosition: $0.position), $0.label) }
        frame.legend = legend
        return frame.render(body: canvas.renderRows(color: options.color), columns: columns, width: options.width)
    }

    /// The smallest and largest finite x and y positions (after the axis transforms) of
    /// everything drawn; nil for an axis with nothing on it.
    func dataBounds() -> (x: ClosedRange<Double>?, y: ClosedRange<Double>?) {
        var x = Bounds()
        var y = Bounds()
        for series in series {
            for (a, b) in zip(series.x, series.y) {
                let (u, v) = (xScale.transform(a), yScale.transform(b))
                guard u.isFinite, v.isFinite else { continue }
                x.include(u)
                y.include(v)
            }
        }
        for line in horizontalLines { y.include(yScale.transform(line.value)) }
        for line in verticalLines { x.include(xScale.transform(line.value)) }
        if let contour {
            for value in [contour.x.lowerBound, contour.x.upperBound] { x.include(xScale.transform(value)) }
            for value in [contour.y.lowerBound, contour.y.upperBound] { y.include(yScale.transform(value)) }
        }
        return (x.range, y.range)
    }

    private func draw(
        _ series: Series, on canvas: inout Canvas, place: PixelPlacement, marker: Unicode.Scalar?, color: ANSIColor?
    ) {
        var previous: (x: Double, y: Double)?
        for (a, b) in zip(series.x, series.y) {
            let point = place.pixel(x: xScale.transform(a), y: yScale.transform(b))
            guard point.x.isFinite, point.y.isFinite else {
                previous = nil
                continue
            }
            switch (series.style, marker) {
            case (.scatter, let marker?):
                canvas.mark(point, marker, color: color)
            case (_, let marker?):
                canvas.markerLine(from: previous ?? point, to: point, marker: marker, color: color)
            default:
                canvas.line(from: previous ?? point, to: point, color: color)
            }
            previous = point
        }
    }

    /// The glyphs of the background marks, shared by the drawing and the legend.
    private static func horizontalGlyph(_ charset: Charset) -> Unicode.Scalar { charset == .unicode ? "┄" : "-" }
    private static func verticalGlyph(_ charset: Charset) -> Unicode.Scalar { charset == .unicode ? "┆" : ":" }
    private static func contourGlyph(_ charset: Charset) -> Unicode.Scalar { charset == .unicode ? "·" : "." }

    /// Legend entries for the labelled reference lines and contour, in the order they are drawn.
    private func backgroundLegend(_ options: RenderOptions) -> [(symbol: String, label: String)] {
        let gray: ANSIColor? = options.color ? .gray : nil
        func entry(_ glyph: Unicode.Scalar, _ label: String) -> (symbol: String, label: String) {
            (gray?.paint(String(glyph), enabled: true) ?? String(glyph), label)
        }
        var entries: [(symbol: String, label: String)] = []
        if let label = contour?.label { entries.append(entry(Self.contourGlyph(options.charset), label)) }
        for line in horizontalLines {
            if let label = line.label { entries.append(entry(Self.horizontalGlyph(options.charset), label)) }
        }
        for line in verticalLines {
            if let label = line.label { entries.append(entry(Self.verticalGlyph(options.charset), label)) }
        }
        return entries
    }

    private func drawReferenceLines(on canvas: inout Canvas, place: PixelPlacement, color: Bool) {
        let gray: ANSIColor? = color ? .gray : nil
        for line in horizontalLines {
            guard place.rowIsInside(yScale.transform(line.value)) else { continue }
            let row = place.row(ofPosition: yScale.transform(line.value))
            for column in 0..<canvas.columns {
                canvas.setBackground(column: column, row: row, Self.horizontalGlyph(canvas.charset), color: gray)
            }
        }
        for line in verticalLines {
            guard place.columnIsInside(xScale.transform(line.value)) else { continue }
            let column = place.column(ofPosition: xScale.transform(line.value))
            for row in 0..<canvas.rows {
                canvas.setBackground(column: column, row: row, Self.verticalGlyph(canvas.charset), color: gray)
            }
        }
    }

    private func drawContour(_ contour: Contour, on canvas: inout Canvas, place: PixelPlacement, color: Bool) {
        // f at the centre of every cell, then a mark wherever a level passes between a cell
        // and one of its four neighbours.
        let (columns, rows) = (canvas.columns, canvas.rows)
        var values = [Double](repeating: .nan, count: columns * rows)
        for row in 0..<rows {
            let y = yScale.inverse(place.position(ofRow: row))
            for column in 0..<columns {
                let x = xScale.inverse(place.position(ofColumn: column))
                if contour.x.contains(x) && contour.y.contains(y) {
                    values[row * columns + column] = contour.function(x, y)
                }
            }
        }
        let levels = contour.resolvedLevels(samples: values)
        let character = Self.contourGlyph(canvas.charset)
        for row in 0..<rows {
            for column in 0..<columns {
                let value = values[row * columns + column]
                let neighbours = [
                    column > 0 ? values[row * columns + column - 1] : .nan,
                    column + 1 < columns ? values[row * columns + column + 1] : .nan,
                    row > 0 ? values[(row - 1) * columns + column] : .nan,
                    row + 1 < rows ? values[(row + 1) * columns + column] : .nan,
                ]
                if neighbours.contains(where: { Contour.crosses(value, $0, levels: levels) }) {
                    canvas.setBackground(column: column, row: row, character, color: color ? .gray : nil)
                }
            }
        }
    }
}

/// The smallest and largest of the finite values seen so far.
struct Bounds {
    private(set) var lower = Double.infinity
    private(set) var upper = -Double.infinity

    /// Takes `value` into account (NaN and infinities are skipped).
    mutating func include(_ value: Double) {
        guard value.isFinite else { return }
        lower = Swift.min(lower, value)
        upper = Swift.max(upper, value)
    }

    /// The bounds, or nil when no finite value was seen.
    var range: ClosedRange<Double>? { lower <= upper ? lower...upper : nil }
}
