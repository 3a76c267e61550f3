import Datasets

extension OptionParser {
    /// The value of a text option, a file the run writes at its end, checked now, so that
    /// a typo fails in a second and not after the whole run: a path that is a folder, or whose
    /// folder does not exist or cannot be written, is a bad value (one line and the usage on
    /// stderr, exit status 2). Nothing is created. An empty value (the option not given) passes.
    public func outputPathOrExit(_ option: Option<String>, in options: ParsedOptions) -> String {
        let path = options[option]
        if !path.isEmpty, let problem = FileProblem.writing(path) {
            exitWithUsage("--\(option.spec.name) \(path): \(problem)")
        }
        return path
    }
}
