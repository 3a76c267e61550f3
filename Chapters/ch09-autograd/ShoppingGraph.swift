import NeuralNet
import NumSwift

/// Chapter 5's shopping graphs built from variables: the forward values and ∂price/∂value of
/// every node come from one `backward()` on the price, not from layers called in reverse by hand.
struct ShoppingGraph {
    /// One node of the graph: its name in chapter 5's tables, its value and ∂price/∂value.
    struct Row {
        let name: String
        let value: Double
        let derivative: Double
    }

    /// The nodes in the order of chapter 5's table, the price first.
    let rows: [Row]

    /// 2 apples at 100, then a 10% tax (chapter 5.1).
    static func apples() -> ShoppingGraph {
        let (applePrice, apples, tax) = (leaf(100), leaf(2), leaf(1.1))
        let subtotal = applePrice * apples
        let price = subtotal * tax
        price.backward()
        return ShoppingGraph(
            nodes: [
                ("price", price), ("apples x price", subtotal), ("apple price", applePrice), ("apples", apples),
                ("tax", tax),
            ])
    }

    /// 2 apples at 100 and 3 oranges at 150, added, then the 10% tax (chapter 5.2).
    static func fruit() -> ShoppingGraph {
        let (applePrice, apples, orangePrice, oranges, tax) = (leaf(100), leaf(2), leaf(150), leaf(3), leaf(1.1))
        let appleTotal = applePrice * apples
        let orangeTotal = orangePrice * oranges
        let subtotal = appleTotal + orangeTotal
        let price = subtotal * tax
        price.backward()
        return ShoppingGraph(
            nodes: [
                ("price", price), ("subtotal", subtotal), ("tax", tax), ("apples total", appleTotal),
                ("oranges total", orangeTotal), ("apple price", applePrice), ("apples", apples),
                ("orange price", orangePrice), ("oranges", oranges),
            ])
    }

    /// The row of the node called `name`.
    subscript(name: String) -> Row { rows.first { $0.name == name }! }

    private init(nodes: [(String, Variable)]) {
        rows = nodes.map { Row(name: $0.0, value: $0.1.value.scalar, derivative: $0.1.gradient!.scalar) }
    }

    /// A number whose derivative is wanted, as a 0-dimensional array.
    private static func leaf(_ x: Double) -> Variable { Variable(NDArray(x)) }
}
