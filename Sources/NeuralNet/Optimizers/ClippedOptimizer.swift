import NumSwift

/// An optimizer that clips the gradients before handing them to another one:
///
///     g ← clip(g);  base.update(W, g)
///
/// Clipping is a wrapper rather than a training-loop option so that it composes with any
/// optimizer and any loop: `train(&net, optimizer: &clipped, …)` needs no new parameter.
/// The learning rate is the base optimizer's.
public struct ClippedOptimizer: Optimizer {
    /// The optimizer that takes the clipped gradients.
    public var base: any Optimizer
    /// How the gradients are clipped.
    public var clipping: GradientClipping
    /// The number of updates so far, and how many of them clipping changed.
    public private(set) var updates = 0
    public private(set) var clippedUpdates = 0
    /// The largest global norm seen before clipping (0 before the first update).
    public private(set) var largestNorm = 0.0

    /// `base` with its gradients clipped by `clipping` first.
    public init(_ base: any Optimizer, clipping: GradientClipping) {
        self.base = base
        self.clipping = clipping
    }

    /// The base optimizer's step size.
    public var learningRate: Double {
        get { base.learningRate }
        set { base.learningRate = newValue }
    }

    /// Clips a copy of `gradients`, then lets the base optimizer update with it.
    public mutating func update(_ params: inout Parameters, _ grads: Parameters) {
        var clippedGradients = grads
        let (norm, clipped) = clipping.apply(to: &clippedGradients)
        updates += 1
        if clipped { clippedUpdates += 1 }
        if norm.isFinite { largestNorm = Swift.max(largestNorm, norm) }
        base.update(&params, clippedGradients)
    }
}
