import Foundation
import NumSwift

extension RenderOptions {
    /// Options for the terminal this process writes to. An explicit `charset` (a chapter's
    /// `--ascii`/`--unicode` flag) wins over `PLOT_CHARSET=ascii|unicode`; colour is used only
    /// when standard output is a terminal, `NO_COLOR` is unset or empty and `TERM` is not `dumb`.
    static func fromEnvironment(charset: Charset? = nil, width: Int? = nil, height: Int? = nil) -> RenderOptions {
        resolve(
            variables: ProcessInfo.processInfo.environment, outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            charset: charset, width: width, height: height)
    }

    /// The decision behind `fromEnvironment`, given the environment variables and whether
    /// standard output is a terminal (kept pure so that it can be tested).
    static func resolve(
        variables: [String: String], outputIsTerminal: Bool, charset: Charset? = nil, width: Int? = nil,
        height: Int? = nil
    ) -> RenderOptions {
        var options = RenderOptions.plain
        options.charset = charset ?? Charset.preferred(environment: variables)
        // https://no-color.org: any non-empty NO_COLOR turns colour off.
        let noColor = !(variables["NO_COLOR"] ?? "").isEmpty
        options.color = outputIsTerminal && !noColor && variables["TERM"] != "dumb"
        if let width { options.width = width }
        if let height { options.height = height }
        return options
    }
}
