/// The image data sets the workbook knows, each a folder of four IDX files under `Data/`.
public enum DatasetName: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The UCI handwritten digits, 8×8 pixels of 0...16, bundled in `Data/digits`.
    case digits
    /// MNIST, 28×28 pixels of 0...255, fetched into `Data/mnist` by `Data/get-mnist.sh`.
    case mnist
    /// Fashion-MNIST, MNIST's format with clothing, fetched into `Data/fashion` by `Data/get-fashion.sh`.
    case fashion

    /// The name as typed on the command line.
    public var description: String { rawValue }

    /// The folder under `Data/` that holds the files.
    public var folder: String { rawValue }

    /// The largest pixel value: 16 for the digits (a count of 4×4 on-pixels), 255 for the others.
    public var maximumPixel: Int { self == .digits ? 16 : 255 }

    /// The side of the square images as published: 8 pixels for the digits, 28 for the others.
    public var imageSide: Int { self == .digits ? 8 : 28 }

    /// The number of classes (ten for all three).
    public var classCount: Int { 10 }

    /// What each label means.
    public var classNames: [String] {
        switch self {
        case .digits, .mnist: return (0...9).map(String.init)
        case .fashion:
            return [
                "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                "Ankle boot",
            ]
        }
    }

    /// How a reader gets the files when they are missing.
    var howToGet: String {
        switch self {
        case .digits:
            return "they ship with the repository in Data/digits: run from the package root or pass --data-dir PATH"
        case .mnist:
            return "fetch them with `sh Data/get-mnist.sh` (see Data/mnist/README.md) or pass --data-dir PATH"
        case .fashion:
            return "fetch them with `sh Data/get-fashion.sh` (see Data/fashion/README.md) or pass --data-dir PATH"
        }
    }
}

/// The four file names every data set uses (MNIST's names).
public enum IDXFileNames {
    /// The training images.
    public static let trainImages = "train-images-idx3-ubyte"
    /// The training labels.
    public static let trainLabels = "train-labels-idx1-ubyte"
    /// The test images.
    public static let testImages = "t10k-images-idx3-ubyte"
    /// The test labels.
    public static let testLabels = "t10k-labels-idx1-ubyte"
    /// All four, in that order.
    public static let all = [trainImages, trainLabels, testImages, testLabels]
}
