import NeuralNet
import TermPlot
import Testing
import Workbook

@Test func accuracyCurvesDrawTrainAndTestSideBySide() {
    var history = TrainingHistory()
    for epoch in 1...4 {
        history.record(loss: 1 / Double(epoch), learningRate: 0.1)
        history.recordEpoch(trainAccuracy: 0.25 * Double(epoch), testAccuracy: 0.2 * Double(epoch), batchesPerEpoch: 1)
    }
    let figure = accuracyCurves(of: history)
    #expect(figure.plots.count == 2)
    let lines = figure.render(RenderOptions(width: 72, height: 8)).split(separator: "\n")
    // Both titles on the first line, the train panel on the left.
    let titles = String(lines[0])
    let train = titles.range(of: "train")
    let test = titles.range(of: "test")
    #expect(train != nil && test != nil && train!.lowerBound < test!.lowerBound)
    #expect(lines.allSatisfy { $0.count <= 72 })
}
