/// Parameter names are a letter (or word) followed by the layer number: "W1", "b1", "W2", …
public enum ParameterNames {
    /// Names in the book's order: by layer number, then by name within a layer
    /// ("W1", "b1", "W2", "b2", …; uppercase sorts first), so printed tables read layer by layer.
    public static func ordered(_ names: some Sequence<String>) -> [String] {
        names.sorted { lhs, rhs in
            let (l, r) = (layerNumber(lhs), layerNumber(rhs))
            return l != r ? l < r : lhs < rhs
        }
    }

    /// The trailing decimal number of a name, or 0 when there is none.
    static func layerNumber(_ name: String) -> Int {
        Int(String(name.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())) ?? 0
    }
}
