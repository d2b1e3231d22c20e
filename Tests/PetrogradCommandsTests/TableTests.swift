import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// A table around one screen (`play --players`): every seat driven in turn, in-process with scripted input.
@Suite struct TableTests {
    static let players = "Asha:worker,Ravi:soldier,Meena:duma"

    /// Plays a table of the small March act; returns the exit status, everything shown and the state folder.
    static func play(_ extra: [String], lines: [String], players: String = players, language: String = "en",
                     state: URL? = nil, width: Int = 200) throws -> (status: Int32, output: String, state: URL) {
        let state = try state ?? Support.temporaryFolder()
        let arguments = [Support.smallScenario, "--players", players, "--lang", language, "--seed", "1917"] + extra
        let (status, output) = try Support.playInProcess(arguments, lines: lines, state: state, width: width)
        return (status, output, state)
    }

    /// The table's autosave, read back.
    static func autosave(in state: URL, folder: String = "Asha-Ravi-Meena") throws -> SaveDocument {
        let store = SaveStore(directory: state.appendingPathComponent("saves/\(folder)").path)
        return try store.read("autosave").get().0
    }

    /// Asha's choices until she has moved a day ahead of the others: then Meena, the earliest of them, plays.
    static let untilMeena = ["1", "2", "3", "1", "2"]

    @Test func theTurnStaysWithTheEarliestPlayerAndPassesWhenTheyMoveAhead() throws {
        let (status, output, _) = try Self.play([], lines: Self.untilMeena + ["quit"])
        #expect(status == 0)
        let first = try #require(output.range(of: "— Asha (Worker), your turn —"))
        let waits = try #require(output.range(of: "Asha waits for Ravi and Meena to reach 24 February, 15:00.\nRavi waits for Meena to reach 23 February, 18:00.\n"))
        let next = try #require(output.range(of: "— Meena (Duma deputy), your turn —"))
        #expect(first.upperBound <= waits.lowerBound && waits.upperBound <= next.lowerBound)
        #expect(output.components(separatedBy: "your turn —").count == 3, "Asha keeps the turn for her five choices")
        #expect(!output.contains("Ravi (Soldier), your turn"))
    }

    @Test func playersListsEverySeatWithItsRoleAndWhetherItPlaysOrWaits() throws {
        let (_, output, _) = try Self.play([], lines: Self.untilMeena + ["players", "quit"])
        let table = output.components(separatedBy: "== Players ==").last ?? ""
        #expect(table.contains("1. Asha (Worker) — Znamenskaya Square, 24 February, 15:00 — waits for Ravi and Meena"))
        #expect(table.contains("2. Ravi (Soldier) — the Volynsky barracks, 23 February, 18:00 — waits for Meena"))
        #expect(table.contains("3. Meena (Duma deputy) — the Tauride Palace, 23 February, 15:00 — playing now"))
    }

    @Test func undoTakesBackTheLastChoiceWhoeverTookItAndSaysWhose() throws {
        let (_, output, state) = try Self.play([], lines: Self.untilMeena + ["undo", "quit"])
        #expect(output.contains("Undone: Asha's choice 'Climb down the embankment and walk across the frozen Neva.'"))
        let afterUndo = output.components(separatedBy: "Undone:").last ?? ""
        #expect(afterUndo.contains("— Asha (Worker), your turn —"))
        #expect(try Self.autosave(in: state).log.count == 4)
    }

    @Test func theAutosaveHoldsEverySeatWithItsNameAndTheSameListContinuesTheTable() throws {
        let (_, _, state) = try Self.play([], lines: Self.untilMeena + ["quit"])
        let saved = try Self.autosave(in: state)
        #expect(saved.players.map(\.role) == ["worker", "soldier", "duma"])
        #expect(saved.players.map(\.name) == ["Asha", "Ravi", "Meena"])
        #expect(saved.log == ["p1 choose wait-longer", "p1 choose ask-neighbour", "p1 choose sleep", "p1 choose walk-out", "p1 choose cross-ice"])
        let (status, output, _) = try Self.play([], lines: ["1", "quit"], state: state)
        #expect(status == 0)
        #expect(output.contains("You have a saved game: Asha (Worker), Ravi (Soldier), Meena (Duma deputy), reached 23 February (Old Style) / 8 March 1917 (New Style), 15:00."))
        #expect(output.contains("Continue it"))
        #expect(output.contains("— Meena (Duma deputy), your turn —"))
        #expect(try Self.autosave(in: state).log.count == 5, "continuing adds nothing by itself")
    }

    @Test func aSavedTableLoadsWithEverySeat() throws {
        let (_, _, state) = try Self.play([], lines: Self.untilMeena + ["save lesson", "quit"])
        let (status, output, _) = try Self.play(["--load", "lesson"], lines: ["players", "quit"], state: state)
        #expect(status == 0, "\(output)")
        #expect(output.contains("— Meena (Duma deputy), your turn —"))
        #expect(output.contains("1. Asha (Worker) — Znamenskaya Square, 24 February, 15:00 — waits for Ravi and Meena"))
    }

    @Test func eachPlayerReadsTheirEndingAndTheTableIsToldWhenEveryStoryIsOver() throws {
        let lines = Array(repeating: ["1", "2", "3"], count: 12).flatMap { $0 } + ["quit"]
        let (_, output, state) = try Self.play([], lines: lines)
        let over = ["Asha's story is over.", "Meena's story is over.", "Ravi's story is over.", "Every story at this table is over."]
        let places = try over.map { try #require(output.range(of: $0)).lowerBound }
        #expect(places == places.sorted())
        #expect(output.components(separatedBy: "== The end ==").count == 4, "three endings, one each")
        #expect(try Self.autosave(in: state).players.allSatisfy(\.finished))
    }

    @Test func aTranscriptRecordsEverySeatsTurnsUnderAHeaderNamingTheTable() throws {
        let folder = try Support.temporaryFolder()
        let (status, _, _) = try Self.play(["--transcript", folder.path], lines: Self.untilMeena + ["1", "quit"])
        #expect(status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let file = try #require(files.first { $0.hasSuffix("-Asha-Ravi-Meena-worker-soldier-duma.txt") }, "\(files)")
        let transcript = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        #expect(transcript.contains("Role: Asha: Worker, Ravi: Soldier, Meena: Duma deputy (worker-soldier-duma)"), "\(transcript.prefix(500))")
        #expect(transcript.contains("— Asha (Worker), your turn —"))
        #expect(transcript.contains("— Meena (Duma deputy), your turn —"))
        #expect(transcript.contains("> 1  (1. Rise in the chamber"))
    }

    @Test(arguments: ["en", "hi"])
    func aTableGameMatchesItsSnapshot(language: String) throws {
        let hindi = language == "hi"
        let lines = Self.untilMeena + [hindi ? "खिलाड़ी" : "players", hindi ? "स्थिति" : "status", hindi ? "डायरी" : "journal",
                                       hindi ? "वापस" : "undo", "2", hindi ? "बाहर" : "quit"]
        // A Hindi table types its names in Devanagari.
        let (_, output, _) = try Self.play([], lines: lines, players: hindi ? "आशा:worker,रवि:soldier,मीना:duma" : Self.players,
                                           language: language, width: 72)
        expectSnapshot(output, named: "table-game-\(language)")
    }

    @Test func statusShowsTheCityAndItsClockAndJournalSaysWhose() throws {
        let (_, output, _) = try Self.play([], lines: ["status", "journal", "ending", "quit"])
        #expect(output.contains("== Status — Asha (Worker) =="))
        #expect(output.contains("The city's clock: "))
        #expect(output.contains("== Journal — Asha (Worker) =="))
        #expect(output.contains("Asha (Worker):\nYour story has not ended yet"))
    }

    @Test func namesAreOptionalAndARoleMayComeTwice() throws {
        let (status, output, state) = try Self.play([], lines: ["players", "quit"], players: "worker, soldier ,Soldier")
        #expect(status == 0)
        #expect(output.contains("1. Player 1 (Worker)"))
        #expect(output.contains("3. Player 3 (Soldier)"))
        #expect(try Self.autosave(in: state, folder: "table").players.map(\.role) == ["worker", "soldier", "soldier"])
    }

    @Test func helpKnowsThePlayersCommandAtATableInBothLanguages() throws {
        let (_, english, _) = try Self.play([], lines: ["help", "quit"])
        #expect(english.contains("players / खिलाड़ी — everyone at the table"))
        let (_, hindi, _) = try Self.play([], lines: ["मदद", "खिलाड़ी", "बाहर"], language: "hi")
        #expect(hindi.contains("खिलाड़ी (players) — मेज़ के सब खिलाड़ी"))
        #expect(hindi.contains("== खिलाड़ी =="))
        #expect(hindi.contains("— Asha (मज़दूर), तुम्हारी बारी —"))
    }

    @Test func oneplayerGamesDoNotKnowThePlayersCommand() throws {
        let state = try Support.temporaryFolder()
        let (_, output) = try Support.playInProcess([Support.smallScenario, "--role", "worker", "--lang", "en", "--seed", "1"],
                                                    lines: ["players", "quit"], state: state, width: 72)
        #expect(output.contains("'players' is not a choice or a command."))
        #expect(!output.contains("your turn"))
    }

    @Test(arguments: [
        ("", "--players is empty"),
        ("worker,,soldier", "--players, player 2 is empty"),
        ("Asha:", "--players, player 1 has no role after ':'"),
        (":worker", "--players, player 1 has no name before ':'"),
        ("Asha:pilot", "--players, player 1: there is no role 'pilot'"),
        ("Asha:workr", "did you mean 'worker'?"),
        ("Asha:worker,Asha:soldier", "the name 'Asha' is already at the table"),
        ("A/b:worker", "A name cannot contain '/'"),
    ])
    func aBadListIsRefusedWithWhatToWrite(list: String, message: String) throws {
        let (status, output, state) = try Self.play([], lines: ["quit"], players: list)
        #expect(status == 1)
        #expect(output.contains(message), "\(output)")
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("saves").path), "nothing is saved")
    }

    @Test(arguments: [["--role", "worker"], ["--name", "Asha"]])
    func playersDoesNotGoWithOptionsThatNameOnePlayer(extra: [String]) throws {
        let (status, output, _) = try Self.play(extra, lines: ["quit"])
        #expect(status == 1)
        #expect(output.contains("--players names every player and their role, so it cannot be used with \(extra[0])"))
    }
}
