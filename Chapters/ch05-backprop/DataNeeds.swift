import Datasets

/// What this chapter needs of its data, checked right after loading: the gradient check (5.3)
/// compares the two gradients on the first three training images. Everything else works with
/// any data the loader accepts (mini-batches are drawn with replacement).
let dataRequirements = DataRequirements(trainingImages: 3)
