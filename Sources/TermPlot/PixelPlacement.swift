/// Where axis positions land on a canvas: x grows to the right from pixel 0, y grows upwards
/// from the bottom pixel row. Cells and pixels agree, so ticks sit on the rows they label.
struct PixelPlacement {
    let xAxis: Axis
    let yAxis: Axis
    let pixelWidth: Int
    let pixelHeight: Int
    let dotsAcross: Int
    let dotsDown: Int

    init(xAxis: Axis, yAxis: Axis, canvas: Canvas) {
        self.xAxis = xAxis
        self.yAxis = yAxis
        pixelWidth = canvas.pixelWidth
        pixelHeight = canvas.pixelHeight
        dotsAcross = canvas.dotsAcross
        dotsDown = canvas.dotsDown
    }

    /// The (fractional) pixel of the positions `x`, `y` (NaN stays NaN).
    @inline(__always)
    func pixel(x: Double, y: Double) -> (x: Double, y: Double) {
        (xAxis.pixel(x, count: pixelWidth), Double(pixelHeight - 1) - yAxis.pixel(y, count: pixelHeight))
    }

    /// The cell column holding x position `x`.
    func column(ofPosition x: Double) -> Int { Int(xAxis.pixel(x, count: pixelWidth).rounded()) / dotsAcross }

    /// The cell row holding y position `y`.
    func row(ofPosition y: Double) -> Int {
        Int((Double(pixelHeight - 1) - yAxis.pixel(y, count: pixelHeight)).rounded()) / dotsDown
    }

    /// Whether x position `x` is within the axis (and so has a column).
    func columnIsInside(_ x: Double) -> Bool {
        let pixel = xAxis.pixel(x, count: pixelWidth)
        return pixel.isFinite && pixel >= -0.5 && pixel <= Double(pixelWidth) - 0.5
    }

    /// Whether y position `y` is within the axis (and so has a row).
    func rowIsInside(_ y: Double) -> Bool {
        let pixel = yAxis.pixel(y, count: pixelHeight)
        return pixel.isFinite && pixel >= -0.5 && pixel <= Double(pixelHeight) - 0.5
    }

    /// The x position at the centre of cell column `column`.
    func position(ofColumn column: Int) -> Double {
        let pixel = (Double(column) + 0.5) * Double(dotsAcross) - 0.5
        return xAxis.lower + pixel / Double(pixelWidth - 1) * (xAxis.upper - xAxis.lower)
    }

    /// The y position at the centre of cell row `row`.
    func position(ofRow row: Int) -> Double {
        let pixel = Double(pixelHeight - 1) - ((Double(row) + 0.5) * Double(dotsDown) - 0.5)
        return yAxis.lower + pixel / Double(pixelHeight - 1) * (yAxis.upper - yAxis.lower)
    }
}
