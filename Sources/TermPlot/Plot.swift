/// A figure drawn as text. Rendering is pure; only `show` looks at the environment.
public protocol Plot: Sendable {
    /// The figure as lines of text for the given options.
    func render(_ options: RenderOptions) -> String
}

extension Plot {
    /// Prints the figure for the current terminal (see `RenderOptions.fromEnvironment`).
    public func show(charset: Charset? = nil, width: Int? = nil, height: Int? = nil) {
        print(render(.fromEnvironment(charset: charset, width: width, height: height)))
    }
}

extension Table: Plot {
    /// The table; a table has no colours or size of its own to choose.
    public func render(_ options: RenderOptions) -> String { render() }
}
