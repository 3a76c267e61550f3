/// The summary line a chapter that trains ends with, one `key=value` per field in the order given:
///
///     final: dataset=digits train_acc=0.9799 test_acc=0.9746 epochs=100 seconds=0.8
///
/// Scripts read this line; every value but `seconds` is the same on every run with the same options.
///
///     print(FinalLine(dataset: "\(data.name)", [
///         .number("train_acc", trainAccuracy), .number("test_acc", testAccuracy),
///         .count("epochs", 100), .seconds(run.seconds),
///     ]))
public struct FinalLine: CustomStringConvertible, Sendable {
    /// One field of the line.
    public enum Field: Sendable, Equatable {
        /// `key=text`, the text as given.
        case text(String, String)
        /// `key=0.9746`: a number with four decimals (an accuracy, a loss); nil prints `-`.
        case number(String, Double?)
        /// `key=20`: a count.
        case count(String, Int)
        /// `seconds=0.8`: the wall-clock time, one decimal (machine-dependent).
        case seconds(Double)
        /// A bare word, e.g. `diverged`.
        case word(String)

        /// The field as the line shows it.
        var text: String {
            switch self {
            case .text(let key, let value): "\(key)=\(value)"
            case .number(let key, let value): "\(key)=\(value.map { fixed($0) } ?? "-")"
            case .count(let key, let value): "\(key)=\(value)"
            case .seconds(let value): "seconds=\(fixed(value, digits: 1))"
            case .word(let word): word
            }
        }
    }

    /// The fields, the data set first.
    public let fields: [Field]

    /// The line for a run on `dataset`, followed by `fields`.
    public init(dataset: String, _ fields: [Field]) {
        self.fields = [.text("dataset", dataset)] + fields
    }

    /// `final: ` and the fields, separated by single spaces.
    public var description: String {
        "final: " + fields.map(\.text).joined(separator: " ")
    }
}
