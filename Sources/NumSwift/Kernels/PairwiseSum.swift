// NumPy sums a contiguous run of numbers pairwise (numpy/_core/src/umath/loops_utils.h.src,
// `pairwise_sum`): runs of up to 128 are added in eight interleaved partial sums, longer runs are
// halved at a multiple of 8 and the halves summed recursively. The eight independent sums also
// let the processor overlap eight additions instead of waiting for each one.

enum PairwiseSum {
    /// The largest run summed with eight partial sums instead of being halved.
    static let blockSize = 128

    /// x[0] + … + x[count − 1] in NumPy's order.
    static func sum(_ x: UnsafePointer<Double>, count n: Int) -> Double {
        if n < 8 {
            var total = 0.0
            for i in 0..<n { total += x[i] }
            return total
        }
        if n <= blockSize {
            var r0 = x[0]
            var r1 = x[1]
            var r2 = x[2]
            var r3 = x[3]
            var r4 = x[4]
            var r5 = x[5]
            var r6 = x[6]
            var r7 = x[7]
            let whole = n &- n % 8
            var i = 8
            while i < whole {
                r0 += x[i]
                r1 += x[i &+ 1]
                r2 += x[i &+ 2]
                r3 += x[i &+ 3]
                r4 += x[i &+ 4]
                r5 += x[i &+ 5]
                r6 += x[i &+ 6]
                r7 += x[i &+ 7]
                i &+= 8
            }
            var total = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                total += x[i]
                i &+= 1
            }
            return total
        }
        var half = n / 2
        half -= half % 8
        return sum(x, count: half) + sum(x + half, count: n &- half)
    }
}
