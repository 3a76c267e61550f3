// The loops behind windowMaxima and add(_:atFlatPositions:), on buffer pointers.

/// Planes of H × W pixels (N·C of them) and a window without padding that fits OH × OW times.
struct WindowGrid {
    let planes: Int
    let height: Int
    let width: Int
    let outputHeight: Int
    let outputWidth: Int
    let window: SlidingWindow

    /// Each window's largest pixel and its flat index, in the order (plane, oh, ow); the first
    /// in row order wins a tie, because only a strictly larger pixel replaces the one held.
    func maxima(of images: NDArray) -> (maxima: [Double], positions: [Int]) {
        let total = planes &* outputHeight &* outputWidth
        var positions = [Int](repeating: 0, count: total)
        let maxima = images.withUnsafeBufferPointer { source in
            positions.withUnsafeMutableBufferPointer { winner in
                [Double](fresh: total) { out in
                    let (fh, fw, s) = (window.height, window.width, window.stride)
                    var element = 0
                    for plane in 0..<planes {
                        let origin = plane &* height &* width
                        for oh in 0..<outputHeight {
                            for ow in 0..<outputWidth {
                                let corner = origin &+ oh &* s &* width &+ ow &* s
                                var best = corner
                                var largest = source[corner]
                                if fh == 2 && fw == 2 {
                                    // The usual pooling window, its three other pixels in row order
                                    // without the loops' overhead, which costs more than the compares.
                                    let (right, below) = (corner &+ 1, corner &+ width)
                                    if source[right] > largest { (largest, best) = (source[right], right) }
                                    if source[below] > largest { (largest, best) = (source[below], below) }
                                    if source[below &+ 1] > largest {
                                        (largest, best) = (source[below &+ 1], below &+ 1)
                                    }
                                } else {
                                    for i in 0..<fh {
                                        let row = corner &+ i &* width
                                        for j in 0..<fw where source[row &+ j] > largest {
                                            largest = source[row &+ j]
                                            best = row &+ j
                                        }
                                    }
                                }
                                out[element] = largest
                                winner[element] = best
                                element &+= 1
                            }
                        }
                    }
                }
            }
        }
        return (maxima, positions)
    }
}

extension NDArray {
    /// self[positions[i]] += values[i] for every i, positions already checked.
    mutating func addLoop(_ values: NDArray, at positions: [Int]) {
        values.withUnsafeBufferPointer { source in
            positions.withUnsafeBufferPointer { winner in
                withUnsafeMutableBufferPointer { target in
                    for i in 0..<winner.count { target[winner[i]] += source[i] }
                }
            }
        }
    }
}
