/// One data series of a `LinePlot`: points joined by a line, or scattered markers.
public struct Series: Sendable {
    /// How the points are drawn.
    public enum Style: Sendable {
        /// Consecutive points joined; a NaN or infinite point breaks the line.
        case line
        /// Each point a marker.
        case scatter
    }

    /// The x coordinates.
    public var x: [Double]
    /// The y coordinates, one per x.
    public var y: [Double]
    /// The name shown in the legend; unnamed series are left out of it.
    public var label: String?
    /// Line or scatter.
    public var style: Style
    /// The marker character; nil picks one by the series' position (`*`, `o`, `+`, …).
    public var marker: Character?

    /// A series of points `(x[i], y[i])`.
    public init(x: [Double], y: [Double], label: String? = nil, style: Style = .line, marker: Character? = nil) {
        precondition(x.count == y.count, "a series needs as many x as y values, got \(x.count) and \(y.count)")
        self.x = x
        self.y = y
        self.label = label
        self.style = style
        self.marker = marker
    }

    /// The markers given to series in order when none is chosen; all ASCII, all distinct in shape.
    static let defaultMarkers: [Unicode.Scalar] = ["*", "o", "+", "x", "#", "@", "%", "="]

    /// The marker to draw with: the chosen one, unless it cannot be written in `charset`.
    func markerScalar(index: Int, charset: Charset) -> Unicode.Scalar {
        if let marker, marker.unicodeScalars.count == 1, let scalar = marker.unicodeScalars.first,
            charset == .unicode || scalar.isASCII, TextWidth.columns(String(marker)) == 1
        {
            return scalar
        }
        return Series.defaultMarkers[index % Series.defaultMarkers.count]
    }
}
