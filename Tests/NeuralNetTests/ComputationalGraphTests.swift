import NeuralNet
import Testing

// The book's shopping examples. Expected values are the IEEE products written out
// (200 × 1.1 = 220.00000000000003 in binary floating point, as Python prints it).

@Test func buyingApples() {
    var appleLayer = MulLayer()
    var taxLayer = MulLayer()
    let applePrice = appleLayer.forward(100, 2)
    let price = taxLayer.forward(applePrice, 1.1)
    #expect(price == 220.00000000000003)

    let (dApplePrice, dTax) = taxLayer.backward(1)
    let (dApple, dAppleNum) = appleLayer.backward(dApplePrice)
    #expect(dApple == 2.2)
    #expect(dAppleNum == 110.00000000000001)
    #expect(dTax == 200)
}

@Test func buyingApplesAndOranges() {
    var appleLayer = MulLayer()
    var orangeLayer = MulLayer()
    let addLayer = AddLayer()
    var taxLayer = MulLayer()

    let applePrice = appleLayer.forward(100, 2)
    let orangePrice = orangeLayer.forward(150, 3)
    let total = addLayer.forward(applePrice, orangePrice)
    let price = taxLayer.forward(total, 1.1)
    #expect(price == 715.0000000000001)

    let (dTotal, dTax) = taxLayer.backward(1)
    let (dApplePrice, dOrangePrice) = addLayer.backward(dTotal)
    let (dApple, dAppleNum) = appleLayer.backward(dApplePrice)
    let (dOrange, dOrangeNum) = orangeLayer.backward(dOrangePrice)
    #expect(dTax == 650)
    #expect(dApplePrice == 1.1 && dOrangePrice == 1.1)
    #expect(dApple == 2.2)
    #expect(dAppleNum == 110.00000000000001)
    #expect(dOrange == 3.3000000000000003)
    #expect(dOrangeNum == 165)
}
