import Foundation
import Testing

/// A small snapshot helper: compares text with `Snapshots/NAME.txt`. Run with `RECORD_SNAPSHOTS=1` to
/// write the files anew; a missing snapshot is recorded and reported as a failure, so it is never
/// silently accepted in CI.
func expectSnapshot(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !recording, let stored = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        if !recording {
            Issue.record("no snapshot '\(name)' existed; it has been recorded, check it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    if stored != text {
        let expected = stored.split(separator: "\n", omittingEmptySubsequences: false)
        let actual = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(expected, actual)).firstIndex { $0.0 != $0.1 } ?? min(expected.count, actual.count)
        let want = line < expected.count ? String(expected[line]) : "(end)"
        let got = line < actual.count ? String(actual[line]) : "(end)"
        Issue.record("snapshot '\(name)' differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_SNAPSHOTS=1 re-records)", sourceLocation: sourceLocation)
    }
}
