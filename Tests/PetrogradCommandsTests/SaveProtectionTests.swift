import Foundation
import Glibc
import PetrogradConsole
import PetrogradCore
import Testing

/// "Nothing is lost": the reliability report's findings about saves, rebuilt against the real binary.
@Suite struct SaveProtectionTests {
    /// A fresh state folder and the small scenario's save folder in it.
    struct Player {
        let state: URL
        /// The folder of the player's saves: piped play without --name plays as `player`.
        var saves: URL { state.appendingPathComponent("petrograd/saves/march-1917/player") }
        /// A wide window (COLUMNS) keeps each message, long temporary paths and all, on one line to search.
        var environment: [String: String] { ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path, "COLUMNS": "400"] }

        init() throws {
            state = try Support.temporaryFolder()
            try FileManager.default.createDirectory(at: saves, withIntermediateDirectories: true)
        }

        func play(_ arguments: [String], input: String) throws -> (status: Int32, output: String) {
            try Support.run(["play", Support.smallScenario, "--lang", "en"] + arguments, input: input, environment: environment)
        }

        func save(_ name: String) throws -> SaveDocument {
            try SaveDocument.decode(try Data(contentsOf: saves.appendingPathComponent(name + ".json"))).get()
        }

        var saveNames: [String] { SaveStore(directory: saves.path).list() }
    }

    static let newerFormat = #"{"format": 2, "program": "petrograd 9.0", "players": []}"#

    @Test(arguments: [newerFormat, String(newerFormat.prefix(20)), "", "\u{0}\u{1}binary"])
    func anAutosaveThatCannotBeReadIsLeftAsItIsAndTheGameGoesOnUnderAnotherName(content: String) throws {
        let player = try Player()
        let autosave = player.saves.appendingPathComponent("autosave.json")
        try Data(content.utf8).write(to: autosave)
        let (status, output) = try player.play(["--seed", "7"], input: "1\n1\nquit\n")
        #expect(status == 0, "\(output)")
        #expect(output.contains("the file was left as it is"), "\(output)")
        #expect(output.contains("This game will be saved as 'autosave-2'."))
        #expect(try Data(contentsOf: autosave) == Data(content.utf8), "the unreadable autosave is untouched")
        #expect(try player.save("autosave-2").log.count == 1)
    }

    @Test func startingANewRoleKeepsTheUnfinishedGameUnderAName() throws {
        let player = try Player()
        _ = try player.play(["--role", "worker", "--seed", "7"], input: "1\n2\n")
        #expect(try player.save("autosave").players[0].role == "worker")
        // The README's own form of the command, with no input at all.
        let (status, output) = try player.play(["--role", "soldier"], input: "")
        #expect(status == 0)
        let kept = try #require(player.saveNames.first { $0.hasPrefix("unfinished-worker-") }, "\(player.saveNames)")
        #expect(output.contains("Your unfinished game was kept as '\(kept)'"))
        #expect(try player.save(kept).log.count == 2)
        #expect(try player.save(kept).players[0].role == "worker")
        #expect(try player.save("autosave").players[0].role == "soldier")

        // A replay keeps the soldier's game too.
        let replay = player.state.appendingPathComponent("duma.playtest")
        try "scenario march-1917\nplayers duma\nseed 3\np1 choose \(try Self.firstChoice(role: "duma"))\n".write(to: replay, atomically: true, encoding: .utf8)
        let replayed = try player.play(["--replay", replay.path], input: "")
        #expect(replayed.status == 0, "\(replayed.output)")
        #expect(player.saveNames.contains { $0.hasPrefix("unfinished-soldier-") }, "\(player.saveNames)")
    }

    @Test func choosingANewGameAtTheQuestionKeepsTheOldOneToo() throws {
        let player = try Player()
        _ = try player.play(["--role", "worker", "--seed", "7"], input: "1\n")
        let (_, output) = try player.play([], input: "2\n1\n1\nquit\n")
        #expect(output.contains("You have a saved game: Worker, reached "))
        #expect(output.contains("Your unfinished game was kept as 'unfinished-worker-"))
        #expect(player.saveNames.contains { $0.hasPrefix("unfinished-worker-") })
    }

    static func firstChoice(role: String) throws -> String {
        let files = try ScenarioFiles.read(Support.smallScenario)
        let scenario = try #require(Compiler.compile(files).scenario)
        let start = scenario.roles[try #require(scenario.roleIndex(role))].start
        return scenario.choices[scenario.scenes[start].choices[0]].id
    }

    @Test func twoWindowsOnOneScenarioNeverWriteOneSave() throws {
        let player = try Player()
        let first = Process()
        first.executableURL = Support.executable
        first.arguments = ["play", Support.smallScenario, "--lang", "en", "--role", "worker", "--seed", "7"]
        first.environment = ProcessInfo.processInfo.environment.merging(player.environment) { $1 }
        let input = Pipe(), output = Pipe()
        first.standardInput = input
        first.standardOutput = output
        try first.run()
        input.fileHandleForWriting.write(Data("1\n".utf8))
        for _ in 0..<400 where (try? player.save("autosave"))?.log.count != 1 { Thread.sleep(forTimeInterval: 0.05) }

        let (status, second) = try player.play(["--role", "soldier", "--seed", "8"], input: "1\nquit\n")
        #expect(status == 0)
        #expect(second.contains("Another window is playing this scenario's game 'autosave'; this game will be saved as 'autosave-2'."))
        input.fileHandleForWriting.write(Data("2\nquit\n".utf8))
        try input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        first.waitUntilExit()
        #expect(try player.save("autosave").players[0].role == "worker")
        #expect(try player.save("autosave").log.count == 2)
        #expect(try player.save("autosave-2").players[0].role == "soldier")
    }

    /// The report's five save files that crashed `play`, each a one-field edit of a good autosave.
    static var damagedSaves: [(String, (inout [String: Any]) -> Void)] { [
        ("players-empty", { $0["players"] = [] }),
        ("clock-hour-intmax", { $0["clock"] = "1917-03-07T9223372036854775807:00" }),
        ("ptime-hour-intmax", { json in edit(&json, "players") { $0["time"] = "1917-03-07T9223372036854775807:00" } }),
        ("journal-time-hour-intmax", { json in edit(&json, "journal") { $0["time"] = "1917-03-07T9223372036854775807:00" } }),
        ("journal-player-intmin", { json in edit(&json, "journal") { $0["player"] = Int.min } }),
    ] }

    static func edit(_ json: inout [String: Any], _ key: String, _ change: (inout [String: Any]) -> Void) {
        var list = json[key] as! [[String: Any]]
        change(&list[0])
        json[key] = list
    }

    @Test func damagedSavesGiveAMessageAndNeverCrashOrReplaceTheAutosave() throws {
        let player = try Player()
        _ = try player.play(["--role", "worker", "--seed", "7"], input: "1\n2\n3\n")
        let good = try Data(contentsOf: player.saves.appendingPathComponent("autosave.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: good) as? [String: Any])
        #expect((json["journal"] as? [Any])?.isEmpty == false, "the game wrote a journal line to damage")
        for (name, change) in Self.damagedSaves {
            var damaged = json
            change(&damaged)
            let file = player.state.appendingPathComponent(name + ".json")
            try JSONSerialization.data(withJSONObject: damaged).write(to: file)
            let bytes = try Data(contentsOf: file)

            let loaded = try player.play(["--load", file.path], input: "")
            #expect(loaded.status == 1, "\(name): \(loaded.output)")
            #expect(loaded.output.contains("Problem: "), "\(name): \(loaded.output)")
            #expect(loaded.output.contains("the file was left as it is"), "\(name)")

            // In the game: the load is refused and the autosave keeps the three moves.
            let inGame = try player.play([], input: "1\nload \(file.path)\nquit\n")
            #expect(inGame.status == 0, "\(name): \(inGame.output)")
            #expect(inGame.output.contains("Problem: "), "\(name)")
            #expect(try player.save("autosave").log.count == 3, "\(name)")
            #expect(try Data(contentsOf: file) == bytes)
        }
    }

    @Test func saveNamesCannotReplaceOtherFilesOrHideOrEscape() throws {
        let player = try Player()
        let work = try Support.temporaryFolder()
        try Data("my notes".utf8).write(to: work.appendingPathComponent("notes.json"))
        let commands = ["save ./notes.txt", "save ./notes.json", "save .json", "save ../../x", "save name\u{1B}[2Jhere",
                        "save " + String(repeating: "n", count: 10_000), "save lesson-one", "saves", "quit"]
        try Data("{}".utf8).write(to: player.saves.appendingPathComponent("..json"))
        let (status, output) = try Support.run(["play", Support.smallScenario, "--lang", "en", "--role", "worker", "--seed", "1"],
                                               input: commands.joined(separator: "\n") + "\n", environment: player.environment, in: work)
        #expect(status == 0)
        #expect(output.contains("'./notes.txt' is a path, and a save file's name ends in .json (as in my-game.json)"))
        #expect(output.contains("./notes.json is not a Petrograd save, so it was not replaced; choose another name"))
        #expect(try String(contentsOf: work.appendingPathComponent("notes.json"), encoding: .utf8) == "my notes")
        #expect(output.contains("'.json' would be a hidden file"))
        #expect(output.contains("'../../x' is a path, and a save file's name ends in .json"))
        #expect(output.contains("the name 'name^[[2Jhere' contains control characters"))
        #expect(output.contains("is longer than 100 characters"))
        #expect(!output.contains(String(repeating: "n", count: 200)), "a long name is not echoed whole")
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B })
        #expect(output.contains("Saved: "))
        #expect(player.saveNames == ["autosave", "lesson-one"])
        #expect(!output.contains("\n.\n"), "'saves' does not list hidden files")
    }

    @Test func loadingAFolderOrAFIFOSaysWhatItIs() throws {
        let player = try Player()
        try FileManager.default.createDirectory(at: player.saves.appendingPathComponent("folder.json"), withIntermediateDirectories: true)
        #expect(mkfifo(player.saves.appendingPathComponent("pipe.json").path, 0o644) == 0)
        let (_, output) = try player.play(["--role", "worker", "--seed", "1"], input: "load folder\nload pipe\nload nothing\nquit\n")
        #expect(output.contains("folder.json is a folder, not a file; the file was left as it is"), "\(output)")
        #expect(output.contains("pipe.json is a FIFO (named pipe), not a regular file; the file was left as it is"))
        #expect(output.contains("there is no save at "))
    }

    @Test func temporaryFilesLeftByAKilledGameAreRemovedAtTheNextStart() throws {
        let player = try Player()
        let old = player.saves.appendingPathComponent(".dat.nosync1a2b.Xy12Zw")
        let ours = player.saves.appendingPathComponent(".autosave.json.4194000.77.tmp")
        let fresh = player.saves.appendingPathComponent(".autosave.json.\(getpid()).78.tmp")
        for file in [old, ours, fresh] { try Data("{".utf8).write(to: file) }
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: old.path)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: ours.path)
        _ = try player.play(["--role", "worker", "--seed", "1"], input: "quit\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: player.saves.path)
        #expect(!left.contains(old.lastPathComponent))
        #expect(!left.contains(ours.lastPathComponent))
        #expect(left.contains(fresh.lastPathComponent), "a temporary file of a process still running is kept")
    }

    /// A story whose screen says how far the game has got: "The count is N."
    static let countingScenario = """
        format 1
        scenario counting
          en: Counting
          languages en

        world number count 0 to 100000 = 0

        role counter
          en: Counter
          start tally

        scene tally
          en: The count is {count}.
          choice again
            en: Count one more.
            add 1 to count
            go tally
          choice stop
            en: Stop.
            go done

        ending done
          en: Done.
        """

    @Test func killingTheGameAtRandomMomentsAlwaysLeavesTheLastTurnItShowed() throws {
        let player = try Player()
        let scenario = player.state.appendingPathComponent("counting")
        try FileManager.default.createDirectory(at: scenario, withIntermediateDirectories: true)
        try Self.countingScenario.write(to: scenario.appendingPathComponent("main.story"), atomically: true, encoding: .utf8)
        let saves = player.state.appendingPathComponent("petrograd/saves/counting/player")
        func count(in document: SaveDocument) -> Int { document.world["count"] ?? -1 }
        var generator = SystemRandomNumberGenerator()
        var previous = 0
        for round in 0..<15 {
            let process = Process()
            process.executableURL = Support.executable
            let hasSave = FileManager.default.fileExists(atPath: saves.appendingPathComponent("autosave.json").path)
            process.arguments = ["play", scenario.path, "--lang", "en", "--role", "counter", "--seed", "5"] + (hasSave ? ["--load", "autosave"] : [])
            process.environment = ProcessInfo.processInfo.environment.merging(player.environment) { $1 }
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            // Turns as fast as the game takes them, each one saved; killed at a random moment.
            input.fileHandleForWriting.write(Data(String(repeating: "1\n", count: 3000).utf8))
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.5, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
            let shown = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let counts = shown.components(separatedBy: "The count is ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
            let lastShown = counts.last ?? previous
            guard FileManager.default.fileExists(atPath: saves.appendingPathComponent("autosave.json").path) else {
                // Killed before its first turn: nothing was shown, so nothing was owed.
                #expect(previous == 0 && counts.isEmpty, "round \(round)")
                continue
            }
            // Read as the game reads it: the save with the turns appended beside it since it was written in full.
            let document = try SaveStore(directory: saves.path).read(SaveStore.autosaveName).get().0
            // Whatever the player saw was saved before it was shown.
            // (The output is a pipe, so the program's own buffer may hold turns that were saved but never shown.)
            #expect(count(in: document) >= lastShown, "round \(round): saved \(count(in: document)), shown \(lastShown)")
            #expect(count(in: document) >= previous, "round \(round): nothing saved earlier was lost")
            previous = count(in: document)
            // No temporary file outlives the next start.
            let next = try Support.run(["play", scenario.path, "--lang", "en", "--load", "autosave"], input: "quit\n",
                                       environment: player.environment)
            #expect(next.status == 0, "round \(round): \(next.output)")
            #expect(next.output.contains("The count is \(previous)."), "round \(round)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: saves.path).filter { $0.hasSuffix(".tmp") || $0.hasPrefix(".dat") }
            #expect(leftovers.isEmpty, "round \(round): \(leftovers)")
        }
    }
}
