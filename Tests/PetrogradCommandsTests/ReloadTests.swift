import Foundation
import PetrogradConsole
import Testing
@testable import PetrogradCommands

/// The play-as-you-write loop: edit the scenario while playing, type `reload`, and carry on.
@Suite struct ReloadTests {
    /// Reads prepared lines, doing something (editing a file) before handing out some of them.
    struct EditingReader: LineReader {
        var script: [(line: String, before: (() throws -> Void)?)]
        var completionProvider: CompletionProvider?

        mutating func readLine(prompt: String) -> LineReadResult {
            guard !script.isEmpty else { return .endOfInput }
            let next = script.removeFirst()
            try? next.before?()
            return .line(next.line)
        }

        mutating func addHistory(_ line: String) {}
    }

    @Test func reloadReplaysTheGameOnTheEditedScenarioAndKeepsThePlayerWhereTheyWere() throws {
        let folder = try Support.temporaryFolder().appendingPathComponent("copy")
        try FileManager.default.copyItem(atPath: Support.smallScenario, toPath: folder.path)
        let worker = folder.appendingPathComponent("worker.story")
        let original = try String(contentsOf: worker, encoding: .utf8)
        let state = try Support.temporaryFolder()
        var reader = EditingReader(script: [
            ("1", nil),
            ("3", nil),
            ("reload", {
                // The author rewrites the Women's Day scene's English text while the game is running.
                let edited = original.replacingOccurrences(of: "Today is International Women's Day.", with: "Today is Women's Day, and the mill is restless.")
                try edited.write(to: worker, atomically: true, encoding: .utf8)
            }),
            ("look", nil),
            ("reload", { try "format 1\nscene broken\n  this is not a statement\n".write(to: folder.appendingPathComponent("broken.story"), atomically: true, encoding: .utf8) }),
            ("quit", nil),
        ])
        var shown: [String] = []
        let command = try PlayCommand.parse([folder.path, "--role", "worker", "--lang", "en", "--seed", "3"])
        _ = command.execute(library: Support.library, reader: &reader, saves: SaveStore(directory: state.path),
                            settingsPath: state.appendingPathComponent("settings").path, output: { shown.append($0) }, width: 100)
        let text = shown.joined(separator: "\n")
        #expect(text.contains("Scenario reloaded; your 2 actions were replayed on the new version."))
        #expect(text.contains("Today is Women's Day, and the mill is restless."))
        #expect(text.contains("broken.story:3:3: error:"), "the second reload shows the new file's problems")
        #expect(text.contains("The new version was not loaded; the game goes on as it was."))
    }
}
