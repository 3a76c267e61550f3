import Datasets
import NeuralNet
import NumSwift
import TermPlot
import Workbook

/// Three hand-made 3×3 filters: the responses they give show what a single filter can detect.
let handMadeFilters: [(name: String, weights: [[Double]])] = [
    ("vertical edge", [[1, 0, -1], [1, 0, -1], [1, 0, -1]]),
    ("horizontal edge", [[1, 1, 1], [0, 0, 0], [-1, -1, -1]]),
    ("blur", [[1, 1, 1], [1, 1, 1], [1, 1, 1]].map { $0.map { $0 / 9 } }),
]

/// One image (H, W) convolved with one 3×3 filter, padding 1 so the output keeps the image's size,
/// through the library's `Convolution` layer.
func convolve(_ image: NDArray, with filter: [[Double]]) -> NDArray {
    var layer = Convolution(weight: "W", bias: "b", padding: 1)
    let params: Parameters = ["W": NDArray(filter).reshaped([1, 1, 3, 3]), "b": NDArray.zeros([1])]
    let side = (image.shape[0], image.shape[1])
    return layer.forward(image.reshaped([1, 1, side.0, side.1]), params, training: false).reshaped([side.0, side.1])
}

/// The image moved `pixels` to the right, the columns that enter filled with 0.
func shiftedRight(_ image: NDArray, by pixels: Int) -> NDArray {
    let (rows, columns) = (image.shape[0], image.shape[1])
    var moved = NDArray.zeros([rows, columns])
    for r in 0..<rows {
        for c in pixels..<columns { moved[r, c] = image[r, c - pixels] }
    }
    return moved
}

/// The Euclidean norm of every weight gradient, by parameter name in the book's order ("W1", "W2", …).
func weightGradientNorms(_ grads: Parameters) -> [(name: String, norm: Double)] {
    ParameterNames.ordered(grads.keys.filter { $0.hasPrefix("W") }).map { name in
        (name, square(grads[name]!).sum().squareRoot())
    }
}

/// Checks, right after loading, that the images fit the chapter's networks; one line and exit 1 if not.
func checkData(_ data: TrainTestSets, filterSize: Int, padding: Int) {
    let (rows, columns) = (data.train.rows, data.train.columns)
    let convolved = rows + 2 * padding - filterSize + 1
    var problems: [String] = []
    if rows != columns { problems.append("square images (found \(rows)x\(columns))") }
    if convolved < 2 || convolved % 2 != 0 {
        problems.append(
            "images whose \(filterSize)x\(filterSize) convolution (pad \(padding)) has an even side "
                + "(found side \(rows), convolved side \(convolved))")
    }
    if data.train.count < 100 || data.test.count < 10 {
        problems.append("at least 100 training and 10 test images (found \(data.train.count) and \(data.test.count))")
    }
    if data.train.classCount < 2 { problems.append("at least 2 classes (found \(data.train.classCount))") }
    if !problems.isEmpty {
        fail("data set \(data.name) does not fit chapter 8: it needs " + problems.joined(separator: "; "))
    }
}

/// The first of `plots` (images `side` pixels wide) that fit side by side in `width` columns,
/// `gap` apart, at one character per pixel at least: all four 8×8 digits, two 28×28 ones.
func fitting(_ plots: [any Plot], side: Int, width: Int, gap: Int = 1) -> [any Plot] {
    var count = plots.count
    while count > 1 && (width - gap * (count - 1)) / count < side + 2 { count -= 1 }
    return Array(plots.prefix(count))
}
