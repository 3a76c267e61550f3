import Testing

@testable import ch09_autograd

// The shopping graphs by backward() against chapter 5's numbers (Tests/Ch05BackpropTests), which
// are the IEEE results of the MulLayer and AddLayer nodes: equal to the last bit.

@Test func applesByBackwardEqualChapter5() {
    let apples = ShoppingGraph.apples()
    #expect(apples["apples x price"].value == 200)
    #expect(apples["price"].value == 220.00000000000003)
    #expect(apples["price"].derivative == 1)
    #expect(apples["apples x price"].derivative == 1.1)
    #expect(apples["apple price"].derivative == 2.2)
    #expect(apples["apples"].derivative == 110.00000000000001)
    #expect(apples["tax"].derivative == 200)
}

@Test func fruitByBackwardEqualsChapter5() {
    let fruit = ShoppingGraph.fruit()
    #expect(fruit["apples total"].value == 200 && fruit["oranges total"].value == 450)
    #expect(fruit["subtotal"].value == 650 && fruit["price"].value == 715.0000000000001)
    #expect(fruit["tax"].derivative == 650)
    #expect(fruit["subtotal"].derivative == 1.1)
    #expect(fruit["apples total"].derivative == 1.1 && fruit["oranges total"].derivative == 1.1)
    #expect(fruit["apple price"].derivative == 2.2 && fruit["apples"].derivative == 110.00000000000001)
    #expect(fruit["orange price"].derivative == 3.3000000000000003 && fruit["oranges"].derivative == 165)
}
