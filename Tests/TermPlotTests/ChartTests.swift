import Testing

@testable import TermPlot

@Test func histogramCountsFollowNumPy() {
    // np.histogram([1, 2, 2, 3, 3, 3, 4], bins=3) -> [1, 2, 4], edges [1, 2, 3, 4]
    let histogram = Histogram([1, 2, 2, 3, 3, 3, 4], bins: 3)
    #expect(histogram.counts == [1, 2, 4])
    #expect(histogram.edges == [1, 2, 3, 4])
    // np.histogram([0, 0.5, 1, 1.5, 2], bins=2, range=(0.5, 1.5)) -> [1, 2]
    #expect(Histogram([0, 0.5, 1, 1.5, 2], bins: 2, range: 0.5...1.5).counts == [1, 2])
    // One distinct value: NumPy's range v-0.5...v+0.5.
    #expect(Histogram([3, 3], bins: 2).edges == [2.5, 3, 3.5])
    #expect(Histogram([.nan, 1, .infinity], bins: 1, range: 0...2).counts == [1])
}

@Test func barChartBarsAreProportional() {
    let text = BarChart(labels: ["a", "bb"], values: [2, 1]).render(RenderOptions(width: 16))
    // 16 columns = label 2 + " |" + bar 10 + " " + value 1.
    #expect(text == "a  |########## 2\nbb |#####      1")
}

@Test func confusionMatrixPlotShowsCountsTotalsAndAccuracy() {
    // Actual [0, 0, 1, 1, 1] predicted as [0, 1, 1, 1, 0].
    let matrix = ConfusionMatrixPlot(counts: [[1, 1], [1, 2]])
    #expect(matrix.accuracy == 0.6)
    let expected = """
        true\\pred  0  1  total
        ----------------------
                0  1  1      2
                1  1  2      3
        accuracy: 0.6000 (3/5)
        """
    #expect(matrix.render(.plain) == expected)
}
