import Foundation
import PetrogradConsole
import Testing
@testable import PetrogradCommands

/// What format 2 changes on screen: replies answer a choice, headings appear only when the moment or
/// place changes, and a scene can carry on the paragraph before it.
@Suite struct FlowingProseTests {
    static let story = """
        format 2

        scenario flow en: Flow
          languages en
          dates 23 Feb to 24 Feb

        role worker en: Worker
          start mill

        place vyborg en: Vyborg
        place bridge en: The bridge

        scene mill en: The mill is cold.
          on 23 Feb, morning
          at vyborg
          choice ask en: Ask Dunya.
            reply en: {cycle}"Nothing," she says.{or}She shakes her head.{end}
          choice loaf en: Take the loaf, go back to your loom.
            reply en: You take the loaf.
            go loom
          choice leave en: Leave.
            go junction

        scene loom en: The loom clatters.
          continues
          on 23 Feb, morning
          at vyborg
          choice rest en: Rest.
            go mill

        scene bridge en: Police hold the bridge.
          on 23 Feb, noon
          at bridge
          go home

        scene junction
          go bridge

        ending home en: You went home.
        """

    static func play(_ lines: [String]) throws -> String {
        let folder = try Support.temporaryFolder().appendingPathComponent("flow")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try story.write(to: folder.appendingPathComponent("main.story"), atomically: true, encoding: .utf8)
        return try SessionTests.play([folder.path, "--role", "worker", "--lang", "en", "--seed", "1"], lines: lines).output
    }

    @Test func aReplyAnswersAtOnceAndTheSameMomentNeedsNoNewHeading() throws {
        let output = try Self.play(["1", "1", "2", "quit"])
        #expect(output.components(separatedBy: "== 23 February (Old Style) / 8 March 1917 (New Style), 09:00 — Vyborg ==").count == 2,
                "one heading for the morning at the mill: \(output)")
        #expect(output.contains("\"Nothing,\" she says."))
        #expect(output.contains("She shakes her head."), "the reply cycles")
        #expect(output.contains("You take the loaf. The loom clatters."), "'continues' carries on the reply's paragraph: \(output)")
    }

    @Test func aNewPlaceOrTimeIsHeadedAndLookAlwaysIs() throws {
        let output = try Self.play(["look", "3", "quit"])
        #expect(output.components(separatedBy: "09:00 — Vyborg ==").count == 3, "the start and 'look': \(output)")
        // At the session's 72 columns the heading wraps, its continuation hanging under its text.
        #expect(output.contains("== 23 February (Old Style) / 8 March 1917 (New Style), 12:00 — The\n   bridge =="))
        #expect(!output.contains("09:00 ==\n"), "a junction shows no heading of its own: \(output)")
    }
}
