import NeuralNet
import NumSwift
import Testing

// The graph itself: its order, what two calls of backward() do, constants, long chains.

@Suite struct AutogradGraphTests {
    @Test func topologicalOrderPutsEveryNodeAfterItsInputs() {
        let x = Variable(NDArray([2.0]))
        let y = Variable(NDArray([3.0]))
        let a = x * y
        let b = exp(a) + x
        let c = b * a
        let order = c.topologicalOrder()
        let position = Dictionary(
            uniqueKeysWithValues: order.enumerated().map { (ObjectIdentifier($0.element), $0.offset) })
        #expect(order.count == 6)
        #expect(order.last === c)
        for node in order {
            for input in node.inputs {
                #expect(position[ObjectIdentifier(input)]! < position[ObjectIdentifier(node)]!)
            }
        }
    }

    @Test func callingBackwardTwiceAddsTheGradientTwice() {
        let x = Variable(NDArray([2.0, -1.0]))
        let loss = (x * x * x).sum()
        loss.backward()
        let once = x.gradient!
        #expect(once == NDArray([12.0, 3.0]))  // 3x²
        loss.backward()
        #expect(x.gradient == once * 2)
        x.zeroGradient()
        #expect(x.gradient == nil)
        loss.backward()
        #expect(x.gradient == once)
    }

    @Test func aSecondGraphOnTheSameLeafAccumulatesUntilZeroed() {
        let w = Variable(NDArray([1.5]))
        (w * 2.0).sum().backward()
        (w * 3.0).sum().backward()
        #expect(w.gradient == NDArray([5.0]))
    }

    @Test func constantsGetNoGradientAndKeepNoGraph() {
        let data = Variable(constant: NDArray([1.0, 2.0]))
        let w = Variable(NDArray([0.5, 0.5]))
        let product = data * w
        let constantOnly = data * data
        product.sum().backward()
        #expect(data.gradient == nil)
        #expect(w.gradient == NDArray([1.0, 2.0]))
        #expect(!constantOnly.needsGradient && constantOnly.inputs.isEmpty)
    }

    @Test func backwardFromANonScalarTakesASeed() {
        let x = Variable(NDArray([1.0, 2.0, 3.0]))
        let y = x * x
        y.backward(seed: NDArray([1.0, 0.0, -1.0]))
        #expect(x.gradient == NDArray([2.0, 0.0, -6.0]))
    }

    @Test func aChainOf100000OperationsDifferentiatesAndIsReleased() {
        let steps = 100_000
        let x = Variable(NDArray([0.5]))
        do {
            var y = x
            for _ in 0..<steps {
                y = y * 1.0 + 1e-6
            }
            #expect(y.topologicalOrder().count == 2 * steps + 1)
            y.sum().backward()
            // y goes out of scope here: 200,000 nodes released one after the other, not nested.
        }
        #expect(x.gradient == NDArray([1.0]))
    }
}
