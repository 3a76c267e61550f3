import NumSwift

/// An optimizer whose update of each parameter depends only on that parameter, its gradient and
/// a state of its own (a velocity, running averages, a step count).
///
/// Every rule in chapter 6 is of this kind, so the protocol splits `Optimizer.update` in two:
/// `step(_:gradient:state:)` applies the rule to one array and touches nothing else, so a test can
/// drive it with hand-picked numbers; the default `update` keeps one `State` per parameter name and
/// calls `step` for each gradient. `Optimizer` itself is unchanged, so SGD and any optimizer that
/// needs to see all parameters at once (e.g. one that normalises by a global norm) still fit it.
public protocol PerParameterOptimizer: Optimizer {
    /// What the rule remembers about one parameter between steps.
    associatedtype State: Sendable

    /// The state of every parameter updated so far, by parameter name.
    var states: [String: State] { get set }

    /// The state before the first step of a parameter shaped like `parameter` (zeros, step 0).
    func initialState(like parameter: NDArray) -> State

    /// One update of one parameter with the current `learningRate`: advances `state` and moves `parameter`.
    ///
    /// Both are `inout` so the hot loop writes in place; the function reads nothing but its arguments
    /// and the optimizer's hyper-parameters, so it is as pure as `(W, g, s) -> (W', s')`.
    func step(_ parameter: inout NDArray, gradient: NDArray, state: inout State)
}

extension PerParameterOptimizer {
    /// Calls `step` for every parameter that has a gradient, creating its state on first sight.
    public mutating func update(_ parameters: inout [String: NDArray], gradients: [String: NDArray]) {
        for (name, gradient) in gradients {
            guard let shape = parameters[name]?.shape else {
                preconditionFailure("a gradient for \"\(name)\" but no parameter of that name")
            }
            precondition(
                shape == gradient.shape,
                "parameter \"\(name)\" has shape \(Shape.describe(shape)) but its gradient "
                    + "\(Shape.describe(gradient.shape))")
            var state = states.removeValue(forKey: name) ?? initialState(like: gradient)
            // `parameters[name]!` as an inout argument is modified in place, without copying the array.
            step(&parameters[name]!, gradient: gradient, state: &state)
            states[name] = state
        }
    }

    /// Forgets every parameter's state (velocities, averages, step counts), e.g. before a new run.
    public mutating func resetState() {
        states = [:]
    }
}
