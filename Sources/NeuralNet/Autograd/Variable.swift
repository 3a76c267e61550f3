import NumSwift

/// A value that remembers how it was made, so that the chain rule can be run over it: automatic
/// differentiation in reverse mode (backpropagation done by the program, not by hand).
///
/// Each operation on variables (`+`, `*`, `matmul`, `exp`, `relu`, …, Autograd/Operations+*.swift)
/// computes its value at once and records its inputs and its local backward: a closure that turns
/// ∂L/∂(output) into ∂L/∂(input) for each input. `backward()` then visits the recorded graph from
/// the output back to the leaves, in topological order, and leaves ∂output/∂v in every `v.gradient`.
///
/// A class, not a struct: a node of the graph is one thing that several later operations use (a
/// fan-out such as x · x, or W in every step of a chain), and the gradients arriving along every
/// use must add up in that one node. Its identity is what the topological order and the gradient
/// bookkeeping key on; a value type would be copied at each use and lose that. A graph belongs to
/// the one thread that builds it (the class is not `Sendable`).
public final class Variable {
    /// The array this node holds (computed when the node was made).
    public let value: NDArray
    /// The sum of ∂output/∂self over every `backward()` call that reached this node since it was
    /// made or last zeroed (nil before any); the same shape as `value`.
    public private(set) var gradient: NDArray?
    /// Whether any gradient is wanted here: true for a leaf made with `Variable(_:)`, false for a
    /// constant (data, targets), and true for an operation's result when any input needs one.
    public let needsGradient: Bool
    /// A short name of the operation that made this node ("matmul", "+", …; "leaf" or "constant").
    public let operation: String
    /// The operation's inputs, in order; empty for a leaf, a constant, and a result no gradient
    /// flows through (all of whose inputs are constants).
    public private(set) var inputs: [Variable]
    /// The local backward: ∂L/∂(this value) → ∂L/∂(each input), nil where that input needs none.
    /// It captures the arrays it needs, never the input nodes themselves (see `deinit`).
    private let localBackward: ((NDArray) -> [NDArray?])?

    /// A leaf whose gradient is wanted (a parameter, or the x of d/dx).
    public init(_ value: NDArray) {
        self.value = value
        needsGradient = true
        operation = "leaf"
        inputs = []
        localBackward = nil
    }

    /// A leaf whose gradient is never wanted: data, targets, a fixed number.
    public init(constant value: NDArray) {
        self.value = value
        needsGradient = false
        operation = "constant"
        inputs = []
        localBackward = nil
    }

    /// The result of `operation` on `inputs`, with its local backward. Operations call this.
    init(_ value: NDArray, _ operation: String, inputs: [Variable], backward: @escaping (NDArray) -> [NDArray?]) {
        self.value = value
        self.operation = operation
        needsGradient = inputs.contains { $0.needsGradient }
        // A result no gradient flows through keeps neither its inputs nor its closure.
        self.inputs = needsGradient ? inputs : []
        localBackward = needsGradient ? backward : nil
    }

    /// The value's shape.
    public var shape: [Int] { value.shape }

    /// Forgets the accumulated gradient, as before a new training step on the same leaves.
    public func zeroGradient() { gradient = nil }

    /// Runs the chain rule from this node back to every node it was computed from, and adds
    /// ∂self/∂v to `v.gradient` for each of them (self included, with ∂self/∂self = 1).
    ///
    /// This node must be a scalar (a loss), unless `seed` gives ∂L/∂self for a larger L.
    /// Calling it twice ADDS the gradients twice (as PyTorch does): each call computes the
    /// contributions of this pass only and adds them to what the nodes already hold, so the
    /// result is always (number of calls) × the gradient, never a mixture. Between training
    /// steps, build a new graph from fresh leaves, or call `zeroGradient()` on the leaves.
    public func backward(seed: NDArray? = nil) {
        let start = seed ?? .ones(value.shape)
        precondition(
            start.shape == value.shape,
            "backward(seed:): the seed has shape \(Shape.describe(start.shape)), the value "
                + "\(Shape.describe(value.shape))")
        precondition(
            seed != nil || value.count == 1,
            "backward() starts from a scalar (a loss); this value has shape \(Shape.describe(value.shape)): "
                + "pass backward(seed:) with ∂L/∂value")
        // The gradients of this pass, until a node has received all of its contributions.
        var arriving: [ObjectIdentifier: NDArray] = [ObjectIdentifier(self): start]
        for node in topologicalOrder().reversed() {
            guard let incoming = arriving.removeValue(forKey: ObjectIdentifier(node)) else { continue }
            node.gradient = node.gradient.map { $0 + incoming } ?? incoming
            guard let localBackward = node.localBackward else { continue }
            for (input, inputGradient) in zip(node.inputs, localBackward(incoming)) where input.needsGradient {
                guard let inputGradient else { continue }
                let key = ObjectIdentifier(input)
                // A fan-out: every use of `input` sends its share, and the shares add up.
                arriving[key] = arriving[key].map { $0 + inputGradient } ?? inputGradient
            }
        }
    }

    /// Every node this one depends on, each after all of its inputs (so before every use),
    /// ending with self. Depth-first, with an explicit stack instead of recursion: a chain of
    /// 100,000 operations would overflow the call stack of a recursive search.
    public func topologicalOrder() -> [Variable] {
        var order: [Variable] = []
        var visited: Set<ObjectIdentifier> = []
        // (node, inputs already pushed?). A node is emitted when it comes off the stack the second
        // time: everything pushed above it, its inputs and theirs, has been emitted by then.
        var stack: [(node: Variable, expanded: Bool)] = [(self, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded {
                order.append(node)
                continue
            }
            // Marked when expanded, not when pushed: a node pushed twice (x in x - x * y) must be
            // emitted after the deeper of its uses (x * y) has pushed it, not where it was first seen.
            guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
            stack.append((node, true))
            for input in node.inputs where input.needsGradient && !visited.contains(ObjectIdentifier(input)) {
                stack.append((input, false))
            }
        }
        return order
    }

    /// Releases the graph without recursion. Left to itself, freeing the last node of a chain
    /// frees its input, whose deinit frees its input, and so on: 100,000 nested deinits overflow
    /// the stack. Here each input that only this node still holds gives up its own inputs to a
    /// loop first, so every node dies with none left to free.
    deinit {
        var orphans = inputs
        inputs = []
        while var node = orphans.popLast() {
            if isKnownUniquelyReferenced(&node) {
                orphans.append(contentsOf: node.inputs)
                node.inputs = []
            }
        }
    }
}
