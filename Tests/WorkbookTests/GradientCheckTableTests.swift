import NumSwift
import Testing

@testable import Workbook

@Suite struct GradientCheckTableLayout {
    let backprop = NDArray([[1.0, -2.0], [0.5, 0.0]])
    let numerical = NDArray([[1.0, -2.0 + 4e-10], [0.5, 2e-10]])

    @Test func aRowMeasuresBothGradients() {
        let row = GradientCheckRow(name: "W1", backprop: backprop, numerical: numerical, worstRelativeError: 1)
        #expect(row.shape == [2, 2])
        #expect(row.largestGradient == 2)
        #expect(Swift.abs(row.largestDifference - 4e-10) < 1e-16)
        #expect(Swift.abs(row.meanDifference - 1.5e-10) < 1e-16)
    }

    @Test func theChosenColumnsUnderTheirHeadings() {
        var check = GradientCheckTable(columns: [.shape, .largestDifference(), .worstRelativeError()])
        check.append(GradientCheckRow(name: "W1", backprop: backprop, numerical: numerical, worstRelativeError: 1))
        check.append(GradientCheckRow(name: "b1", backprop: [0, 0], numerical: [1e-12, 0], worstRelativeError: nil))
        let lines = check.description.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)  // headings, rule, two rows
        #expect(lines[0].hasPrefix("parameter  shape"))
        #expect(lines[0].contains("max |backprop - numerical|") && lines[0].hasSuffix("worst relative error"))
        #expect(lines[2].hasPrefix("W1         (2,2)") && lines[2].contains("4.0e-10") && lines[2].hasSuffix("1.0e+00"))
        #expect(lines[3].hasPrefix("b1         (2,)") && lines[3].hasSuffix("(both ~ 0)"))
    }

    @Test func headingsAndDigitsAsAChapterAsks() {
        var check = GradientCheckTable(columns: [.largestGradient(), .gradientAtWorst("at")], digits: 2)
        check.append(
            GradientCheckRow(
                name: "gamma1", backprop: backprop, numerical: numerical, worstRelativeError: 0.5, gradientAtWorst: 0.5)
        )
        #expect(check.table.headers == ["parameter", "max |backprop|", "at"])
        #expect(check.table.rows == [["gamma1", "2.00e+00", "5.00e-01"]])
    }
}
