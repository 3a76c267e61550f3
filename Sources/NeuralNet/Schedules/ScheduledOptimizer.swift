import NumSwift

/// An optimizer whose learning rate follows a schedule: before update k (counting from 0) the
/// base optimizer's rate is set to
///
///     η = schedule.rate(at: ⌊k / updatesPerStep⌋)
///
/// With `updatesPerStep` = batches per epoch the schedule counts epochs; with 1 it counts
/// mini-batches. A wrapper rather than a training-loop option, so any loop and any optimizer
/// can be scheduled, and the loop's divergence message reports the rate actually in use.
public struct ScheduledOptimizer: Optimizer {
    /// The optimizer whose rate is set.
    public var base: any Optimizer
    /// The rates to use.
    public var schedule: any LearningRateSchedule
    /// How many updates make one step of the schedule (e.g. the batches of one epoch).
    public var updatesPerStep: Int
    /// The updates done so far.
    public private(set) var updates = 0

    /// `base` with its rate set from `schedule` before every update.
    public init(_ base: any Optimizer, schedule: any LearningRateSchedule, updatesPerStep: Int = 1) {
        precondition(updatesPerStep > 0, "ScheduledOptimizer needs updatesPerStep > 0, got \(updatesPerStep)")
        self.base = base
        self.schedule = schedule
        self.updatesPerStep = updatesPerStep
        self.base.learningRate = schedule.rate(at: 0)
    }

    /// The rate of the base optimizer: the schedule's rate of the last (or, before any, the first) update.
    /// Setting it lasts only until the next update, which takes the schedule's rate again.
    public var learningRate: Double {
        get { base.learningRate }
        set { base.learningRate = newValue }
    }

    /// The schedule step of the next update, ⌊updates / updatesPerStep⌋.
    public var scheduleStep: Int { updates / updatesPerStep }

    /// Sets the rate for this update from the schedule, then updates.
    public mutating func update(_ params: inout Parameters, _ grads: Parameters) {
        base.learningRate = schedule.rate(at: scheduleStep)
        base.update(&params, grads)
        updates += 1
    }
}
