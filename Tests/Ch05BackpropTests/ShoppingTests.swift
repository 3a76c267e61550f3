import Testing

@testable import ch05_backprop

// The chapter's graphs, node by node. Expected values are the IEEE results written out
// (100 × 2 × 1.1 = 220.00000000000003 in binary floating point, as Python prints it).

@Test func applesThroughTheChaptersGraph() {
    let apples = AppleShopping()
    #expect(apples.subtotal == 200)
    #expect(apples.price == 220.00000000000003)
    #expect(apples.dSubtotal == 1.1)
    #expect(apples.dApplePrice == 2.2)
    #expect(apples.dApples == 110.00000000000001)
    #expect(apples.dTax == 200)
}

@Test func applesAndOrangesThroughTheChaptersGraph() {
    let fruit = FruitShopping()
    #expect(fruit.appleTotal == 200 && fruit.orangeTotal == 450 && fruit.subtotal == 650)
    #expect(fruit.price == 715.0000000000001)
    #expect(fruit.dTax == 650)
    #expect(fruit.dSubtotal == 1.1 && fruit.dAppleTotal == 1.1 && fruit.dOrangeTotal == 1.1)
    #expect(fruit.dApplePrice == 2.2 && fruit.dApples == 110.00000000000001)
    #expect(fruit.dOrangePrice == 3.3000000000000003 && fruit.dOranges == 165)
}
