import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// A replay plays one player: a multi-player playtest is refused clearly, never stranded at "You wait for
/// the others…"; a save of several players is a table, loaded with every seat, and offered to continue only
/// to a table. And an unknown role fails with status 1 whichever way the program is started.
@Suite struct OneSeatTests {
    /// A three-player game of the small scenario, as a save document.
    static func threePlayerSave() throws -> SaveDocument {
        let loaded = try ScenarioLoader(library: Support.library).load(Support.smallScenario).get()
        let scenario = try #require(loaded.compilation.scenario)
        let game = try Game.replay(scenario, roles: [0, 1, 2], seed: 1, log: []).get()
        return SaveDocument(game: game, program: PetrogradCommand.version)
    }

    /// Every file under `folder`, relative paths sorted.
    static func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    @Test func aReplayOfSeveralPlayersIsRefusedWithStatus1AndNothingIsSaved() throws {
        let folder = try Support.temporaryFolder()
        let state = folder.appendingPathComponent("state")
        let file = folder.appendingPathComponent("three.playtest")
        try "scenario \(Support.smallScenario)\nplayers worker soldier duma\nseed 1\n".write(to: file, atomically: true, encoding: .utf8)
        let (status, output) = try Support.run(["play", "--replay", file.path, "--lang", "en"], input: "1\n1\nquit\n",
                                               environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        #expect(status == 1)
        #expect(output.contains("\(file.path):2:1: error: this playthrough has 3 players (worker, soldier, duma)"), "\(output)")
        #expect(output.contains("'petrograd test \(file.path)' plays it through with every player"))
        #expect(!output.contains("wait for the others"))
        #expect(Self.files(under: state).filter { $0.hasSuffix(".json") }.isEmpty)
    }

    @Test func aReplayOfOnePlayerStillPlaysOn() throws {
        let folder = try Support.temporaryFolder()
        let state = folder.appendingPathComponent("state")
        let file = folder.appendingPathComponent("one.playtest")
        try "scenario \(Support.smallScenario)\nplayers worker\nseed 1\n".write(to: file, atomically: true, encoding: .utf8)
        let (status, output) = try Support.run(["play", "--replay", file.path, "--lang", "en"], input: "quit\n",
                                               environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path, "COLUMNS": "1000"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("(0 actions replayed from \(file.path))"))
    }

    @Test(arguments: ["en", "hi"])
    func aSaveOfSeveralPlayersLoadsAsATableAndIsLeftAsItWas(language: String) throws {
        let folder = try Support.temporaryFolder()
        let state = folder.appendingPathComponent("state")
        let save = folder.appendingPathComponent("three.json")
        let bytes = try Self.threePlayerSave().encoded()
        try bytes.write(to: save)
        let (status, output) = try Support.run(["play", Support.smallScenario, "--load", save.path, "--lang", language], input: "1\nquit\n",
                                               environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        #expect(status == 0)
        #expect(output.contains(language == "en" ? "— Player 1 (Worker), your turn —" : "— खिलाड़ी 1 (मज़दूर), तुम्हारी बारी —"), "\(output)")
        #expect(!output.contains("wait for the others"))
        #expect(try Data(contentsOf: save) == bytes)
    }

    @Test func anAutosaveOfSeveralPlayersIsNeverOfferedToContinueAndIsKeptAside() throws {
        let folder = try Support.temporaryFolder()
        let saves = SaveStore(directory: folder.appendingPathComponent("saves").path)
        _ = try saves.write(try Self.threePlayerSave(), name: SaveStore.autosaveName).get()
        var reader = ScriptedLineReader(lines: ["1", "1", "quit"])
        var shown: [String] = []
        let status = try PlayCommand.parse([Support.smallScenario, "--lang", "en", "--seed", "1"])
            .execute(library: Support.library, reader: &reader, saves: saves, settingsPath: folder.appendingPathComponent("settings").path,
                     output: { shown.append($0) }, width: 1000)
        #expect(status == 0)
        // Straight to the roles: the stuck game is not offered.
        #expect(shown.contains("Which role will you play?"), "\(shown)")
        #expect(!shown.contains { $0.contains("wait for the others") })
        // The new game has one player; the three-player game is still on disk under another name.
        let documents = try Self.files(under: folder.appendingPathComponent("saves")).filter { $0.hasSuffix(".json") }.map { path in
            try JSONDecoder().decode(SaveDocument.self, from: Data(contentsOf: folder.appendingPathComponent("saves/" + path)))
        }
        #expect(documents.map(\.players.count).sorted() == [1, 3])
    }

    /// The unknown role, every way a user can ask for it: the play command, the default command, with a
    /// save to load, with a replay, with and without piped input.
    @Test(arguments: [
        ["play", "--role", "nope"],
        ["--role", "nope"],
        ["play", "--role", "nope", "--lang", "hi"],
        ["play", "--role", "nope", "--load", "autosave"],
        ["--role", "nope", "--seed", "3"],
    ])
    func anUnknownRoleFailsWithStatus1AndSaysWhich(arguments: [String]) throws {
        let state = try Support.temporaryFolder()
        for input in ["", "1\n1\nquit\n"] {
            let (status, output) = try Support.run(arguments + ["--plain"], input: input,
                                                   environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
            #expect(status == 1, "\(arguments) with input \(input.debugDescription)")
            #expect(output.contains("there is no role 'nope'; roles: worker, soldier, duma"), "\(output)")
        }
    }

    @Test func anUnknownRoleWithAReplayFailsWithStatus1() throws {
        let folder = try Support.temporaryFolder()
        let file = folder.appendingPathComponent("one.playtest")
        try "scenario \(Support.smallScenario)\nplayers worker\nseed 1\n".write(to: file, atomically: true, encoding: .utf8)
        let (status, output) = try Support.run(["play", "--replay", file.path, "--role", "nope"], input: "1\nquit\n",
                                               environment: ["XDG_STATE_HOME": folder.path, "XDG_CONFIG_HOME": folder.path])
        #expect(status == 1)
        #expect(output.contains("there is no role 'nope'"))
    }
}
