import Datasets

/// What this chapter needs of its data, checked right after loading:
/// - 500 training images: the hyper-parameter search (7.6) trains on 400 and validates on 100
///   (the overfitting section, 7.5, takes up to 300 and 100 more for early stopping);
/// - two classes at least, or there is nothing to tell apart;
/// - square images of at least 2×2 pixels: the nets are built from one side (side² inputs) and
///   the augmentation shifts images by at least one pixel.
let dataRequirements = DataRequirements(trainingImages: 500, trainingClasses: 2, squareImages: true, minimumSide: 2)
