import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// Results a teacher can collect: the player's name in saves and transcripts, saves kept per name,
/// older saves moved into that layout, automatic transcripts that carry on, finished games kept, `list`.
@Suite struct PlayerRecordsTests {
    /// A state folder for one account: the scenario's saves folder and the settings file in it.
    struct Account {
        let state: URL
        var saves: URL { state.appendingPathComponent("saves") }
        var settings: String { state.appendingPathComponent("settings").path }
        var transcripts: URL { state.appendingPathComponent("transcripts") }

        init() throws { state = try Support.temporaryFolder() }

        /// Plays in-process with scripted input; returns the status and everything shown.
        func play(_ arguments: [String], lines: [String], asksName: Bool = false) throws -> (status: Int32, output: [String]) {
            let command = try PlayCommand.parse([Support.smallScenario, "--lang", "en"] + arguments)
            var reader = ScriptedLineReader(lines: lines)
            var shown: [String] = []
            let status = command.execute(library: Support.library, reader: &reader, saves: SaveStore(directory: saves.path),
                                         settingsPath: settings, output: { shown.append($0) }, width: 1000, asksName: asksName)
            return (status, shown)
        }

        /// A save as the game reads it: with the turns its sidecar holds since it was last written in full.
        func save(_ path: String) throws -> SaveDocument {
            let file = saves.appendingPathComponent(path)
            let store = SaveStore(directory: file.deletingLastPathComponent().path)
            return try store.read(file.deletingPathExtension().lastPathComponent).get().0
        }

        func files(in folder: URL) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        }
    }

    /// Enough choices to reach an ending of the small scenario from any role's start. A taken `once`
    /// choice keeps its number (and leaves a gap) while the player stays in its scene, so the lines go
    /// round the first three numbers: a number that is gone is only told, and the next one is taken.
    static let toTheEnd = Array(repeating: ["1", "2", "3"], count: 20).flatMap { $0 } + ["quit"]

    static func scenario() throws -> Scenario {
        try #require(Compiler.compile(try ScenarioFiles.read(Support.smallScenario)).scenario)
    }

    static func firstChoiceText(role: String) throws -> String {
        let scenario = try scenario()
        let start = scenario.roles[try #require(scenario.roleIndex(role))].start
        return TextRendering.text(scenario.choices[scenario.scenes[start].choices[0]].text, language: "en").text
    }

    @Test func theNameGoesIntoTheSaveAndTheTranscriptHeaderAndTheTranscriptNamesEachChoice() throws {
        let account = try Account()
        let (status, _) = try account.play(["--role", "worker", "--seed", "5", "--name", "Asha", "--transcript", account.transcripts.path],
                                           lines: ["1", "quit"])
        #expect(status == 0)
        #expect(try account.save("Asha/autosave.json").name == "Asha")
        let files = account.files(in: account.transcripts)
        #expect(files.count == 1)
        let name = try #require(files.first)
        #expect(name.hasSuffix("-Asha-worker.txt"), "dated, with the name and role: \(name)")
        #expect(name.first?.isNumber == true)
        let transcript = try String(contentsOf: account.transcripts.appendingPathComponent(name), encoding: .utf8)
        let lines = transcript.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for expected in ["Name: Asha", "Scenario: march-1917", "Role: Worker (worker)", "Language: en", "Seed: 5", "Program: petrograd \(PetrogradCommand.version)"] {
            #expect(lines.contains(expected), "missing header line: \(expected)")
        }
        #expect(lines.contains { $0.hasPrefix("Started: 20") })
        #expect(lines.contains("> 1  (1. \(try Self.firstChoiceText(role: "worker")))"), "the choice is recorded with its text")
    }

    @Test func aChoiceTakenByItsTextIsRecordedWithItsTextAndARefusedOneAsTyped() throws {
        let account = try Account()
        let file = account.state.appendingPathComponent("class.txt").path
        let worker = try Self.firstChoiceText(role: "worker")
        let start = worker.prefix(12).trimmingCharacters(in: .whitespaces)
        _ = try account.play(["--role", "worker", "--seed", "5"], lines: ["transcript \(file)", start, "99", "look"])
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.contains("> \(start)  (1. \(worker))"))
        #expect(lines.contains("> 99"), "a number the game refuses is recorded as typed")
        #expect(lines.contains("> look"), "a command is recorded as typed")
    }

    @Test func anOlderSaveWithoutANameStillLoads() throws {
        let account = try Account()
        var document = try LifecycleTests.someSave()
        document.name = nil
        let bytes = document.encoded()
        #expect(!String(decoding: bytes, as: UTF8.self).contains("\"name\""), "a save without a name is written as before")
        let folder = account.saves.appendingPathComponent("player")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try bytes.write(to: folder.appendingPathComponent("old.json"))
        let (status, output) = try account.play(["--load", "old"], lines: ["quit"])
        #expect(status == 0, "\(output)")
        #expect(output.contains { $0.hasPrefix("Game saved.") })
    }

    @Test func anAskedNameIsCheckedAndOfferedNextTimeButNeverTakenSilently() throws {
        let account = try Account()
        let first = try account.play(["--role", "worker", "--seed", "1"], lines: ["Asha/1", "\u{1B}[2J", "आशा", "1", "quit"], asksName: true)
        #expect(first.status == 0)
        #expect(first.output.contains("What is your name? (Your games are kept under it.)"))
        #expect(first.output.contains("A name cannot contain '/'; use letters, digits and '-'."))
        #expect(first.output.contains("A name cannot contain control characters; use letters, digits and '-'."))
        #expect(try account.save("आशा/autosave.json").name == "आशा", "Devanagari names are allowed")

        // The next student at this account is asked too; Enter keeps the name offered.
        let second = try account.play(["--role", "soldier", "--seed", "2"], lines: ["", "1", "quit"], asksName: true)
        #expect(second.output.contains("What is your name? (Press Enter to keep 'आशा'.)"))
        #expect(try account.save("आशा/autosave.json").players[0].role == "soldier")

        let hindi = try account.play(["--lang", "hi", "--role", "soldier"], lines: ["Ravi"], asksName: true)
        #expect(hindi.output.contains("तुम्हारा नाम क्या है? (एंटर दबाने पर 'आशा' ही रहेगा)"))

        let refused = try account.play(["--name", String(repeating: "n", count: 41)], lines: [])
        #expect(refused.status == 1)
        #expect(refused.output.contains("error: --name: A name can have at most 40 characters."))
    }

    @Test func pipedPlayWithoutANameUsesTheStandardName() throws {
        let account = try Account()
        _ = try account.play(["--role", "duma", "--seed", "3"], lines: ["1", "quit"])
        #expect(account.files(in: account.saves) == ["player"])
        #expect(try account.save("player/autosave.json").name == "player")
    }

    @Test func twoNamesOnOneAccountKeepSeparateAutosavesOneAfterTheOther() throws {
        let account = try Account()
        _ = try account.play(["--name", "asha", "--role", "worker", "--seed", "7"], lines: ["1", "quit"])
        let ravi = try account.play(["--name", "ravi", "--role", "soldier", "--seed", "8"], lines: ["1", "2", "quit"])
        #expect(!ravi.output.contains { $0.contains("unfinished") }, "nothing of asha's was moved aside")
        #expect(try account.save("asha/autosave.json").players[0].role == "worker")
        #expect(try account.save("asha/autosave.json").log.count == 1)
        #expect(try account.save("ravi/autosave.json").players[0].role == "soldier")
        #expect(try account.save("ravi/autosave.json").log.count == 2)
        #expect(account.files(in: account.saves.appendingPathComponent("asha")) == ["autosave.json"])
    }

    @Test func twoNamesPlayingAtOnceOnOneAccountKeepSeparateAutosaves() throws {
        let state = try Support.temporaryFolder()
        let environment = ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path]
        let saves = state.appendingPathComponent("petrograd/saves/march-1917")
        func save(_ name: String) throws -> SaveDocument {
            try SaveStore(directory: saves.appendingPathComponent(name).path).read("autosave").get().0
        }
        let first = Process()
        first.executableURL = Support.executable
        first.arguments = ["play", Support.smallScenario, "--lang", "en", "--name", "asha", "--role", "worker", "--seed", "7"]
        first.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let input = Pipe(), output = Pipe()
        first.standardInput = input
        first.standardOutput = output
        try first.run()
        input.fileHandleForWriting.write(Data("1\n".utf8))
        for _ in 0..<400 where (try? save("asha"))?.log.count != 1 { Thread.sleep(forTimeInterval: 0.05) }

        // While asha's game is open, ravi plays a whole session at the same account.
        let ravi = try Support.run(["play", Support.smallScenario, "--lang", "en", "--name", "ravi", "--role", "soldier", "--seed", "8"],
                                   input: "1\nquit\n", environment: environment)
        #expect(ravi.status == 0)
        #expect(!ravi.output.contains("Another window"), "ravi's slot is his own")
        input.fileHandleForWriting.write(Data("2\nquit\n".utf8))  // choice 1 was taken: it keeps its number
        try input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        first.waitUntilExit()
        #expect(try save("asha").players[0].role == "worker")
        #expect(try save("asha").log.count == 2)
        #expect(try save("asha").name == "asha")
        #expect(try save("ravi").players[0].role == "soldier")
        #expect(try save("ravi").log.count == 1)
    }

    @Test func savesOfTheOldLayoutMoveIntoTheStandardPlayersFolderWithNoFileLost() throws {
        let account = try Account()
        let old = account.saves, player = account.saves.appendingPathComponent("player")
        try FileManager.default.createDirectory(at: player, withIntermediateDirectories: true)
        let autosave = try LifecycleTests.someSave().encoded()
        var lesson = try LifecycleTests.someSave()
        lesson.program = "an older lesson"
        let contents: [String: Data] = ["autosave.json": autosave, "lesson.json": lesson.encoded(), "broken.json": Data("{ damaged".utf8)]
        for (file, bytes) in contents { try bytes.write(to: old.appendingPathComponent(file)) }
        // A save of the same name is in the new folder already: neither is lost.
        let newer = Data(try LifecycleTests.someSave().encoded())
        try newer.write(to: player.appendingPathComponent("lesson.json"))

        let outcome = SaveLayoutMigration.migrate(PlayerSaves(folder: old.path))
        #expect(outcome.moved.count == 3)
        #expect(outcome.left.isEmpty)
        #expect(account.files(in: old) == ["player"], "no save is left behind")
        #expect(try Data(contentsOf: player.appendingPathComponent("autosave.json")) == autosave)
        #expect(try Data(contentsOf: player.appendingPathComponent("broken.json")) == contents["broken.json"])
        #expect(try Data(contentsOf: player.appendingPathComponent("lesson.json")) == newer)
        #expect(try Data(contentsOf: player.appendingPathComponent("lesson-earlier.json")) == contents["lesson.json"])
        #expect(SaveLayoutMigration.migrate(PlayerSaves(folder: old.path)).moved.isEmpty, "a second run has nothing to do")
    }

    @Test func theMoveIsToldOnceAndTheMovedAutosaveIsOfferedToThePlayer() throws {
        let account = try Account()
        try FileManager.default.createDirectory(at: account.saves, withIntermediateDirectories: true)
        let first = try account.play(["--role", "worker", "--seed", "4"], lines: ["1", "quit"])
        #expect(first.status == 0)
        // Put the game back where an older version kept it.
        try FileManager.default.moveItem(at: account.saves.appendingPathComponent("player/autosave.json"), to: account.saves.appendingPathComponent("autosave.json"))
        let moved = try account.play([], lines: ["1", "quit"])
        #expect(moved.output.contains { $0.hasPrefix("1 earlier save was moved to the folder of the player 'player': \(account.saves.path)/player.") })
        #expect(moved.output.contains { $0.hasPrefix("You have a saved game: Worker, reached ") })
        let again = try account.play([], lines: ["1", "quit"])
        #expect(!again.output.contains { $0.contains("earlier save") }, "told once")
    }

    @Test func aSaveThatAnOlderGameIsStillPlayingIsNotMovedUnderIt() throws {
        let account = try Account()
        try FileManager.default.createDirectory(at: account.saves, withIntermediateDirectories: true)
        try LifecycleTests.someSave().encoded().write(to: account.saves.appendingPathComponent("autosave.json"))
        guard case .taken(let lock) = SaveStore(directory: account.saves.path).lock("autosave") else {
            Issue.record("the old layout's lock could not be taken")
            return
        }
        let outcome = SaveLayoutMigration.migrate(PlayerSaves(folder: account.saves.path))
        #expect(outcome.moved.isEmpty)
        #expect(outcome.left.map(\.to) == ["a game is playing it"])
        #expect(FileManager.default.fileExists(atPath: account.saves.appendingPathComponent("autosave.json").path))
        withExtendedLifetime(lock) {}
    }

    @Test func anAutomaticTranscriptCarriesOnWhenTheSameGameIsContinued() throws {
        let account = try Account()
        _ = try account.play(["--role", "duma", "--seed", "9", "--name", "Asha", "--transcript", account.transcripts.path], lines: ["1", "quit"])
        // The second session keeps transcripts because the settings say so.
        try "language=en\ntranscripts=\(account.transcripts.path)\n".write(toFile: account.settings, atomically: true, encoding: .utf8)
        let second = try account.play(["--name", "Asha"], lines: ["1", "1", "quit"])
        #expect(second.output.contains { $0.hasPrefix("You have a saved game: Duma deputy, reached ") }, "\(second.output)")
        let files = account.files(in: account.transcripts)
        #expect(files.count == 1, "continuing a game appends to its transcript: \(files)")
        let transcript = try String(contentsOf: account.transcripts.appendingPathComponent(try #require(files.first)), encoding: .utf8)
        #expect(transcript.components(separatedBy: "=== Transcript: ").count == 2, "one header")
        #expect(transcript.components(separatedBy: "--- continued at ").count == 2, "one continuation line")
        #expect(transcript.components(separatedBy: "\n> 1  (1. ").count == 3, "one choice before the restart, one after")

        // A new game starts a new transcript.
        let third = try account.play(["--name", "Asha", "--role", "worker", "--seed", "1"], lines: ["quit"])
        #expect(third.status == 0)
        #expect(account.files(in: account.transcripts).count == 2)
    }

    @Test func aTypedTranscriptGetsTheHeaderAndCarriesOnAfterARestartToo() throws {
        let account = try Account()
        let file = account.state.appendingPathComponent("class.txt").path
        _ = try account.play(["--role", "soldier", "--seed", "3"], lines: ["transcript \(file)", "1", "quit"])
        _ = try account.play([], lines: ["1", "1", "quit"])
        let transcript = try String(contentsOfFile: file, encoding: .utf8)
        #expect(transcript.hasPrefix("=== Transcript: "))
        #expect(transcript.contains("Name: player"))
        #expect(transcript.contains("--- continued at "))
    }

    @Test func aFinishedGameIsKeptUnderADatedNameAndNeverOverwrittenByTheNextGame() throws {
        let account = try Account()
        let finished = account.saves.appendingPathComponent("Asha/finished")
        _ = try account.play(["--name", "Asha", "--role", "soldier", "--seed", "5"], lines: Self.toTheEnd)
        let kept = account.files(in: finished)
        #expect(kept.count == 1)
        let first = try #require(kept.first)
        #expect(first.range(of: #"^\d{4}-\d{2}-\d{2}-\d{4}-soldier-s-[a-z-]+\.json$"#, options: .regularExpression) != nil, "\(first)")
        let bytes = try Data(contentsOf: finished.appendingPathComponent(first))
        #expect(try account.save("Asha/finished/\(first)").players[0].finished)
        #expect(try account.save("Asha/finished/\(first)").name == "Asha")

        // The slot is free: the next game starts without a question, and ends under a name of its own.
        let next = try account.play(["--name", "Asha"], lines: ["2"] + Self.toTheEnd)
        #expect(!next.output.contains { $0.hasPrefix("You have a saved game") })
        #expect(next.output.contains("Which role will you play?"))
        let both = account.files(in: finished)
        #expect(both.count == 2, "\(both)")
        #expect(try Data(contentsOf: finished.appendingPathComponent(first)) == bytes, "the first finished game is unchanged")
    }

    @Test func aFinishedAutosaveOfAnOlderVersionIsKeptBeforeTheNextGame() throws {
        let account = try Account()
        _ = try account.play(["--role", "worker", "--seed", "6"], lines: Self.toTheEnd)
        let finished = account.saves.appendingPathComponent("player/finished")
        try FileManager.default.removeItem(at: finished)
        let (_, output) = try account.play(["--role", "duma", "--seed", "6"], lines: ["quit"])
        let kept = try #require(account.files(in: finished).first)
        #expect(output.contains("Your finished game is kept as \(finished.path)/\(kept)"))
        #expect(try account.save("player/finished/\(kept)").players[0].role == "worker")
        #expect(try account.save("player/autosave.json").players[0].role == "duma")
    }

    @Test func listShowsEachPlayersSavesFinishedGamesAndTranscripts() throws {
        let account = try Account()
        _ = try account.play(["--name", "Asha", "--role", "soldier", "--seed", "5", "--transcript", account.transcripts.path], lines: Self.toTheEnd)
        _ = try account.play(["--name", "Asha", "--role", "worker", "--seed", "5"], lines: ["1", "save lesson", "quit"])
        _ = try account.play(["--name", "Ravi", "--role", "duma", "--seed", "5"], lines: ["quit"])
        try LifecycleTests.someSave().encoded().write(to: account.saves.appendingPathComponent("old.json"))
        var output = StringOutput()
        ListCommand().execute(library: Support.library, saves: { _ in SaveStore(directory: account.saves.path) },
                              transcripts: account.transcripts.path, output: &output)
        let text = output.text
        #expect(text.contains("    Asha: autosave (worker, in progress at 22 February (Old Style) / 7 March 1917 (New Style), 20:00), lesson (worker, "), "\(text)")
        #expect(text.contains("      finished: "))
        #expect(text.range(of: #"finished: \d{4}-\d{2}-\d{2}-\d{4}-soldier-s-[a-z-]+\.json \(soldier, ended: s-"#, options: .regularExpression) != nil, "\(text)")
        #expect(text.contains("    Ravi: autosave (duma, in progress at "))
        #expect(text.contains("from before player names (the next game moves them to 'player'): old"))
        #expect(text.contains("transcripts (in \(account.transcripts.path)):"))
        #expect(text.range(of: #"\n  \d{4}-\d{2}-\d{2}-\d{4}-Asha-soldier\.txt\n"#, options: .regularExpression) != nil)
    }

    @Test(arguments: ["hi", "en"])
    func aDamagedAutosaveFoundByPetrogradAloneIsToldInThePlayersLanguageAndLeftAsItIs(language: String) throws {
        let state = try Support.temporaryFolder()
        let folder = state.appendingPathComponent("petrograd/saves/march-1917/player")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "language=\(language)\n".write(to: state.appendingPathComponent("petrograd/settings"), atomically: true, encoding: .utf8)
        let damaged = Data("{ \"format\": 1, damaged".utf8)
        try damaged.write(to: folder.appendingPathComponent("autosave.json"))
        // A wide window keeps the message, long path and all, on one line to search.
        let result = try Support.run([], input: "1\n1\nquit\n", environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path,
                                                                          "COLUMNS": "1000"])
        #expect(result.status == 0, "\(result.output)")
        if language == "hi" {
            #expect(result.output.contains("समस्या: तुम्हारा सहेजा हुआ खेल \(folder.path)/autosave.json पढ़ा नहीं जा सका: फ़ाइल ख़राब है। फ़ाइल को वैसे ही छोड़ दिया गया है।"), "\(result.output)")
            #expect(result.output.contains("यह खेल 'autosave-2' नाम से सहेजा जाएगा।"))
        } else {
            #expect(result.output.contains("Problem: your saved game cannot be continued: \(folder.path)/autosave.json: it is not a Petrograd save (not JSON, or damaged); the file was left as it is."), "\(result.output)")
            #expect(result.output.contains("the file was left as it is.\nThis game will be saved as 'autosave-2'."))
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("autosave.json")) == damaged)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("autosave-2.json").path))
    }
}

/// The rules for a player's name, one by one.
@Suite struct PlayerNameTests {
    @Test(arguments: [("Asha", "Asha"), ("  आशा देवी ", "आशा देवी"), ("क्षत्रिय-7", "क्षत्रिय-7")])
    func namesInAnyScriptAreTakenTrimmed(typed: String, kept: String) throws {
        #expect(try PlayerName.validated(typed).get().text == kept)
    }

    @Test(arguments: [("", PlayerName.Problem.empty), ("   ", .empty), ("a/b", .slash), ("..", .leadingDot), (".hidden", .leadingDot),
                      ("tab\there", .controlCharacter), ("line\nbreak", .controlCharacter), ("\u{202E}evil", .controlCharacter),
                      (String(repeating: "n", count: 41), .tooLong), (String(repeating: "क्ष", count: 30), .tooLong)])
    func namesThatWouldBePathsHiddenFoldersOrScreenChangesAreRefused(typed: String, problem: PlayerName.Problem) {
        #expect(throws: problem) { try PlayerName.validated(typed).get() }
    }

    @Test func everyProblemIsSaidInBothLanguages() {
        let problems: [PlayerName.Problem] = [.empty, .tooLong, .slash, .controlCharacter, .leadingDot]
        for problem in problems {
            let hindi = Vocabulary(language: "hi", storyCalendar: .old, storyLanguages: ["hi", "en"]).nameProblem(problem)
            let english = Vocabulary(language: "en", storyCalendar: .old, storyLanguages: ["hi", "en"]).nameProblem(problem)
            #expect(hindi != english)
            #expect(hindi.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) })
            #expect(!hindi.contains { $0.isASCII && $0.isLetter }, "no English inside the Hindi message: \(hindi)")
        }
    }
}
