/// Liang–Barsky clipping: the part of the segment from `a` to `b` inside the rectangle
/// `xMin...xMax × yMin...yMax`, or nil when none of it is. Clipping before rasterising keeps
/// a point far outside the plot (say at 1e300) from costing a walk over that many pixels.
func clipSegment(
    _ a: (x: Double, y: Double), _ b: (x: Double, y: Double), xMin: Double, xMax: Double, yMin: Double,
    yMax: Double
) -> (start: (x: Double, y: Double), end: (x: Double, y: Double))? {
    let dx = b.x - a.x
    let dy = b.y - a.y
    var enter = 0.0
    var leave = 1.0
    // Each edge as p·t ≤ q: the segment a + t·(b − a) is inside where all four hold.
    func keep(_ p: Double, _ q: Double) -> Bool {
        if p == 0 { return q >= 0 }
        let t = q / p
        if p < 0 {
            if t > leave { return false }
            enter = Swift.max(enter, t)
        } else {
            if t < enter { return false }
            leave = Swift.min(leave, t)
        }
        return true
    }
    guard keep(-dx, a.x - xMin), keep(dx, xMax - a.x), keep(-dy, a.y - yMin), keep(dy, yMax - a.y) else {
        return nil
    }
    return ((a.x + enter * dx, a.y + enter * dy), (a.x + leave * dx, a.y + leave * dy))
}
