import Datasets

/// What this chapter needs of its data, checked right after loading: the gradient checks of 9.5
/// use the first three training images; the training of 9.6 and the timing of 9.7 draw batches
/// from whatever the loader accepts.
let dataRequirements = DataRequirements(trainingImages: 3)
