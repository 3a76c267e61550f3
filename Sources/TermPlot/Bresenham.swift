/// Bresenham's line algorithm: the pixels of the segment from (x0, y0) to (x1, y1),
/// both end points included, in integer arithmetic.
///
/// The segment is always walked from its lexicographically smaller end, so a line and its
/// reverse light exactly the same pixels (plain Bresenham breaks ties by direction).
@inline(__always)
func bresenham(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ plot: (Int, Int) -> Void) {
    var (x, y, xEnd, yEnd) = (x0, y0, x1, y1)
    if (x1, y1) < (x0, y0) { (x, y, xEnd, yEnd) = (x1, y1, x0, y0) }
    let dx = abs(xEnd &- x)
    let dy = -abs(yEnd &- y)
    let stepX = x < xEnd ? 1 : -1
    let stepY = y < yEnd ? 1 : -1
    var error = dx &+ dy
    while true {
        plot(x, y)
        if x == xEnd && y == yEnd { return }
        let doubled = 2 &* error
        if doubled >= dy {
            error &+= dy
            x &+= stepX
        }
        if doubled <= dx {
            error &+= dx
            y &+= stepY
        }
    }
}

/// The pixels of a segment as a list (for tests and small uses; drawing calls `bresenham`).
func bresenhamPoints(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) -> [Pixel] {
    var points: [Pixel] = []
    bresenham(x0, y0, x1, y1) { points.append(Pixel(x: $0, y: $1)) }
    return points
}

/// A pixel position on a canvas; y grows downwards.
struct Pixel: Hashable {
    var x: Int
    var y: Int
}
