/// Linear warm-up in front of another schedule: for the first w steps the rate climbs in equal
/// increments to the base schedule's first rate, then the base schedule runs, shifted by w:
///
///     η(t) = η_base(0) · (t + 1) / w    for t < w
///     η(t) = η_base(t − w)              for t ≥ w
///
/// Large early steps from random weights (or with Adam's first, poorly estimated moments) can
/// throw training off; a short ramp avoids that (Goyal et al., 2017, "gradual warm-up"). The ramp
/// starts at η_base(0)/w rather than 0 so that no step is wasted, and reaches η_base(0) at
/// t = w − 1. The base schedule is shifted rather than overlapped so its whole shape (e.g. a
/// cosine's full descent) follows the warm-up.
public struct LinearWarmup: LearningRateSchedule {
    /// w, the number of warm-up steps.
    public var steps: Int
    /// The schedule that follows the warm-up.
    public var base: any LearningRateSchedule

    /// `steps` of linear warm-up, then `base`.
    public init(steps: Int, then base: any LearningRateSchedule) {
        precondition(steps >= 0, "LinearWarmup needs steps ≥ 0, got \(steps)")
        self.steps = steps
        self.base = base
    }

    /// η_base(0)·(t + 1)/w during warm-up, then η_base(t − w).
    public func rate(at step: Int) -> Double {
        precondition(step >= 0, "a schedule's step counts from 0, got \(step)")
        if step < steps {
            return base.rate(at: 0) * Double(step + 1) / Double(steps)
        }
        return base.rate(at: step - steps)
    }
}
