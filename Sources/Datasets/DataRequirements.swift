/// What a chapter needs of its data, checked right after loading, so that data a reader can
/// supply never reaches a library precondition (those are for programming errors).
///
/// The loader already guarantees well-formed files: at least one image per set, labels within
/// the classes, pixels within range, the same size for training and test images. On top of
/// that, a chapter states the counts its sections take and the shape its networks assume:
///
///     let needs = DataRequirements(trainingImages: 500, trainingClasses: 2, squareImages: true, minimumSide: 2)
///     try needs.check(sets)   // or DataOptions.loadOrExit(requiring: needs) in a chapter
public struct DataRequirements: Sendable, Equatable {
    /// The fewest training images the chapter works with.
    public var trainingImages: Int
    /// The fewest test images.
    public var testImages: Int
    /// The fewest distinct labels among the training images.
    public var trainingClasses: Int
    /// The fewest training images of each label that occurs (0: no rule).
    public var imagesPerClass: Int
    /// Whether the images must have as many rows as columns (networks built from one side).
    public var squareImages: Bool
    /// The fewest rows and columns an image may have.
    public var minimumSide: Int

    /// Requirements with the given minimums; the defaults ask for nothing beyond what the loader checks.
    public init(
        trainingImages: Int = 1, testImages: Int = 1, trainingClasses: Int = 1, imagesPerClass: Int = 0,
        squareImages: Bool = false, minimumSide: Int = 1
    ) {
        self.trainingImages = trainingImages
        self.testImages = testImages
        self.trainingClasses = trainingClasses
        self.imagesPerClass = imagesPerClass
        self.squareImages = squareImages
        self.minimumSide = minimumSide
    }

    /// What `sets` lack, one phrase per unmet requirement ("at least 500 training images");
    /// empty when the data fits.
    public func shortfalls(of sets: TrainTestSets) -> [String] {
        var needs: [String] = []
        if sets.train.count < trainingImages { needs.append("at least \(plural(trainingImages, "training image"))") }
        if sets.test.count < testImages { needs.append("at least \(plural(testImages, "test image"))") }
        let counts = DataRequirements.imagesPerLabel(sets.train.labels)
        if counts.count < trainingClasses {
            needs.append("training images of at least \(plural(trainingClasses, "class", "classes"))")
        }
        if let fewest = counts.values.min(), fewest < imagesPerClass {
            needs.append("at least \(plural(imagesPerClass, "training image")) of each class")
        }
        if squareImages && sets.train.rows != sets.train.columns { needs.append("square images") }
        if Swift.min(sets.train.rows, sets.train.columns) < minimumSide {
            needs.append("images of at least \(minimumSide)×\(minimumSide) pixels")
        }
        return needs
    }

    /// Throws a `DataRequirementsError` saying what was found and what is needed, unless `sets` fit.
    public func check(_ sets: TrainTestSets) throws(DataRequirementsError) {
        let needs = shortfalls(of: sets)
        if !needs.isEmpty { throw DataRequirementsError(found: DataRequirements.summary(of: sets), needs: needs) }
    }

    /// "1437 training and 360 test images of 8×8 pixels, 10 classes in training (fewest images of one: 139)".
    public static func summary(of sets: TrainTestSets) -> String {
        let counts = imagesPerLabel(sets.train.labels)
        return
            "\(sets.train.count) training and \(plural(sets.test.count, "test image")) of \(sets.train.rows)×\(sets.train.columns) pixels, "
            + "\(plural(counts.count, "class", "classes")) in training (fewest images of one: \(counts.values.min() ?? 0))"
    }

    /// How many images carry each label.
    static func imagesPerLabel(_ labels: [Int]) -> [Int: Int] {
        labels.reduce(into: [:]) { counts, label in counts[label, default: 0] += 1 }
    }
}

/// Data that the loader accepts but a chapter cannot work with: what was found and what is needed.
public struct DataRequirementsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What the data holds, in words.
    public let found: String
    /// What the chapter needs and the data lacks, one phrase each.
    public let needs: [String]

    /// One line: "the data has …; this chapter needs …".
    public var description: String {
        "the data has \(found); this chapter needs \(needs.joined(separator: ", "))"
    }
}
