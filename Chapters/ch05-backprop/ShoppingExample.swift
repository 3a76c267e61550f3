import NeuralNet

/// The book's first computational graph: 2 apples at 100 each, then a 10% tax.
/// Every value comes from a `MulLayer` run forward and then backward from ∂price/∂price = 1.
struct AppleShopping {
    let applePrice = 100.0
    let apples = 2.0
    let tax = 1.1

    /// The forward values: apples' total before tax, and the price paid.
    let subtotal: Double
    let price: Double
    /// ∂price/∂input for every input and for the subtotal.
    let dSubtotal: Double
    let dApplePrice: Double
    let dApples: Double
    let dTax: Double

    init() {
        var appleNode = MulLayer()
        var taxNode = MulLayer()
        subtotal = appleNode.forward(applePrice, apples)
        price = taxNode.forward(subtotal, tax)
        (dSubtotal, dTax) = taxNode.backward(1)
        (dApplePrice, dApples) = appleNode.backward(dSubtotal)
    }
}

/// The second graph: 2 apples at 100 and 3 oranges at 150, added, then the 10% tax.
struct FruitShopping {
    let applePrice = 100.0
    let apples = 2.0
    let orangePrice = 150.0
    let oranges = 3.0
    let tax = 1.1

    /// The forward values of the inner nodes and the price paid.
    let appleTotal: Double
    let orangeTotal: Double
    let subtotal: Double
    let price: Double
    /// ∂price/∂value for every value of the graph.
    let dSubtotal: Double
    let dAppleTotal: Double
    let dOrangeTotal: Double
    let dApplePrice: Double
    let dApples: Double
    let dOrangePrice: Double
    let dOranges: Double
    let dTax: Double

    init() {
        var appleNode = MulLayer()
        var orangeNode = MulLayer()
        let addNode = AddLayer()
        var taxNode = MulLayer()
        appleTotal = appleNode.forward(applePrice, apples)
        orangeTotal = orangeNode.forward(orangePrice, oranges)
        subtotal = addNode.forward(appleTotal, orangeTotal)
        price = taxNode.forward(subtotal, tax)
        (dSubtotal, dTax) = taxNode.backward(1)
        (dAppleTotal, dOrangeTotal) = addNode.backward(dSubtotal)
        (dApplePrice, dApples) = appleNode.backward(dAppleTotal)
        (dOrangePrice, dOranges) = orangeNode.backward(dOrangeTotal)
    }
}
