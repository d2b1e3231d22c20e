import Foundation
import Testing

/// Plays the real binary with piped input.
@Suite struct PlayTests {
    /// Input that tries the first four choices in turn many times, then quits. (A choice keeps its number
    /// while the player stays in a scene, so "1" alone would stay on a taken `once` choice.)
    static let firstChoices = String(repeating: "1\n2\n3\n4\n", count: 40) + "quit\n"

    @Test(arguments: ["worker", "soldier", "duma"], ["en", "hi"])
    func eachRolePlaysToAnEndingInEachLanguage(role: String, language: String) throws {
        let state = try Support.temporaryFolder()
        let result = try Support.run(["play", "march-1917", "--role", role, "--lang", language, "--seed", "17"],
                                     input: Self.firstChoices, environment: ["XDG_STATE_HOME": state.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains(language == "hi" ? "== अंत ==" : "== The end =="), "\(result.output)")
        #expect(!result.output.contains("\u{1B}["), "piped output has no escape codes")
        let autosave = state.appendingPathComponent("petrograd/saves/march-1917/player/autosave.json")
        #expect(FileManager.default.fileExists(atPath: autosave.path))
    }

    @Test func twoSeparateProcessesWriteByteIdenticalSaves() throws {
        var saves: [Data] = []
        for _ in 0..<2 {
            let state = try Support.temporaryFolder()
            let result = try Support.run(["play", "march-1917", "--role", "soldier", "--lang", "en", "--seed", "42"],
                                         input: "1\n2\n1\n1\nquit\n", environment: ["XDG_STATE_HOME": state.path])
            #expect(result.status == 0)
            saves.append(try Data(contentsOf: state.appendingPathComponent("petrograd/saves/march-1917/player/autosave.json")))
        }
        #expect(saves[0] == saves[1])
        #expect(!saves[0].isEmpty)
    }

    @Test func aSavedGameContinuesWhereItStopped() throws {
        let state = try Support.temporaryFolder()
        // A wide window keeps "Saved: " and the long temporary path on one line.
        let environment = ["XDG_STATE_HOME": state.path, "COLUMNS": "400"]
        let first = try Support.run(["play", "march-1917", "--role", "worker", "--lang", "en", "--seed", "5"],
                                    input: "1\nsave lesson\nquit\n", environment: environment)
        #expect(first.status == 0)
        #expect(first.output.contains("Saved: "))
        let second = try Support.run(["play", "march-1917", "--lang", "en", "--load", "lesson"], input: "journal\nquit\n", environment: environment)
        #expect(second.status == 0, "\(second.output)")
        #expect(second.output.contains("== Journal =="))
    }

    @Test func aCorruptSaveGetsAClearMessageAndIsLeftUntouched() throws {
        let state = try Support.temporaryFolder()
        let folder = state.appendingPathComponent("petrograd/saves/march-1917/player")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("broken.json")
        let garbage = Data("{ this is not a save".utf8)
        try garbage.write(to: file)
        let result = try Support.run(["play", "march-1917", "--load", "broken", "--lang", "en"], environment: ["XDG_STATE_HOME": state.path])
        #expect(result.status == 1)
        #expect(result.output.contains("not a Petrograd save"))
        #expect(try Data(contentsOf: file) == garbage)
    }

    @Test func nonsenseInputGetsAHelpfulAnswerNotACrash() throws {
        let state = try Support.temporaryFolder()
        let result = try Support.run(["play", "march-1917", "--role", "duma", "--lang", "en", "--seed", "1"],
                                     input: "statsu\n99\n\u{1}\u{7F}garbage\nhelp\nundo\nundo\nquit\n",
                                     environment: ["XDG_STATE_HOME": state.path, "COLUMNS": "200"])
        #expect(result.status == 0)
        #expect(result.output.contains("Did you mean 'status'?"))
        #expect(result.output.contains("Commands (English or Hindi):"))
        #expect(result.output.contains("There is nothing to undo."))
    }
}
