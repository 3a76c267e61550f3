import Foundation
import Testing

/// Compares `text` with the snapshot file `Snapshots/<name>.txt` next to this source file.
/// On a mismatch the test fails with the differing lines; with `RECORD_SNAPSHOTS=1` in the
/// environment the file is (re)written instead, after which the changes can be read in git.
func assertSnapshot(
    _ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt")
    let actual = text + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "no snapshot at \(url.path); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    Issue.record(
        Comment(
            rawValue: "snapshot \(name) differs (- snapshot, + now; RECORD_SNAPSHOTS=1 re-records):\n"
                + lineDiff(expected: expected, actual: actual)), sourceLocation: sourceLocation)
}

/// The lines that differ between two texts, as `-` (expected) and `+` (actual) lines with
/// their line numbers, after the longest common prefix and suffix of lines are removed.
func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var prefix = 0
    while prefix < Swift.min(old.count, new.count) && old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < Swift.min(old.count, new.count) - prefix
        && old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
        suffix += 1
    }
    let removed = old[prefix..<old.count - suffix].enumerated().map { "-\(prefix + $0.offset + 1): \($0.element)" }
    let added = new[prefix..<new.count - suffix].enumerated().map { "+\(prefix + $0.offset + 1): \($0.element)" }
    return (removed + added).joined(separator: "\n")
}
