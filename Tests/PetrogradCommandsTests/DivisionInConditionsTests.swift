import Foundation
@testable import PetrogradCommands
import Testing

/// Division by zero in a choice's condition or a passage's (the reliability report's F19): reported with
/// its location, in play and by `explore`, never a choice or passage silently hidden.
@Suite struct DivisionInConditionsTests {
    static let scenario = """
        format 1
        scenario dz
          en: Division
          languages en

        world number zero 0 to 10 = 0

        role r
          en: Role
          start gate

        scene gate
          en: The gate.
          if 10 / zero > 0
            en: A passage that cannot be decided.
          choice risky
            en: A choice whose condition divides by zero.
            only if 10 / zero > 1
            go out
          choice leave
            en: Leave.
            go out

        ending out
          en: Out.
        """

    static func folder() throws -> URL {
        let folder = try Support.temporaryFolder().appendingPathComponent("dz")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try scenario.write(to: folder.appendingPathComponent("main.story"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func playShowsTheChoiceLockedAndSaysWhereBothConditionsDivideByZero() throws {
        let folder = try Self.folder()
        let state = try Support.temporaryFolder()
        // A wide window keeps each problem, with its long temporary path, on one line to search.
        let (status, output) = try Support.run(["play", folder.path, "--lang", "en", "--role", "r"], input: "quit\n",
                                               environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path, "COLUMNS": "400"])
        #expect(status == 0)
        #expect(output.contains("Problem: \(folder.path)/main.story:14:9: the scenario divides by zero here"), "\(output)")
        #expect(output.contains("  1. A choice whose condition divides by zero. (not possible now)"))
        #expect(output.contains("Problem: \(folder.path)/main.story:18:16: the scenario divides by zero here"))
    }

    @Test func exploreReportsTheConditionAsARuntimeError() throws {
        let folder = try Self.folder()
        var command = try ExploreCommand.parse([folder.path, "--mode", "exhaustive"])
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 1)
        #expect(output.text.contains("PROBLEM: runtime error: \(folder.path)/main.story:18:16: the scenario divides by zero here after 0 actions"), "\(output.text)")
    }
}
