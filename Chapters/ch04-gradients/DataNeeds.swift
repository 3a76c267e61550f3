import Datasets

/// What this chapter needs of its data: nothing beyond what the loader already checks (at least
/// one training and one test image; mini-batches are drawn with replacement, and the networks
/// take as many inputs as an image has pixels, whatever its shape).
let dataRequirements = DataRequirements()
