import Foundation
import PetrogradConsole
import Testing
@testable import PetrogradCommands

/// The game at the prompt, driven in-process through the same loop as a person or a pipe.
@Suite struct SessionTests {
    /// Plays with scripted input; returns everything shown and the folders used.
    static func play(_ arguments: [String], lines: [String]) throws -> (output: String, state: URL) {
        let state = try Support.temporaryFolder()
        let (status, output) = try Support.playInProcess(arguments, lines: lines, state: state, width: 72)
        #expect(status == 0)
        return (output, state)
    }

    static let wholeGame = ["1", "3", "1", "1", "status", "journal", "history", "2", "1", "1", "1", "1", "2", "1", "1", "journal", "quit"]

    @Test(arguments: ["en", "hi"])
    func aWholeScriptedGameMatchesItsSnapshot(language: String) throws {
        let (output, state) = try Self.play([Support.smallScenario, "--role", "worker", "--lang", language, "--seed", "1917"], lines: Self.wholeGame)
        // The command that carries the finished game on names its file: a temporary folder and the minute it ended.
        let stable = output.replacingOccurrences(of: state.path, with: "STATE")
            .replacingOccurrences(of: #"finished/\d{4}-\d{2}-\d{2}-\d{4}-"#, with: "finished/DATE-", options: .regularExpression)
        expectSnapshot(stable, named: "whole-game-worker-\(language)")
    }

    @Test(arguments: ["en", "hi"])
    func everyCommandAnswersInBothLanguages(language: String) throws {
        let hindi = language == "hi"
        let lines = [
            hindi ? "देखो" : "look", hindi ? "स्थिति" : "status", hindi ? "डायरी" : "journal", hindi ? "इतिहास" : "history",
            hindi ? "शब्दावली" : "glossary", "glossary soviet", "1", hindi ? "वापस" : "undo", hindi ? "सहेजो lesson" : "save lesson",
            hindi ? "सूची" : "saves", hindi ? "खोलो lesson" : "load lesson", hindi ? "मदद" : "help", "transcript", hindi ? "भाषा en" : "lang hi",
            "frobnicate", hindi ? "बाहर" : "quit",
        ]
        let (output, state) = try Self.play([Support.smallScenario, "--role", "soldier", "--lang", language, "--seed", "3"], lines: lines)
        let expectations: [String] = hindi
            ? ["== स्थिति ==", "== डायरी ==", "== इतिहासकार की टिप्पणी ==", "== शब्दावली ==", "पिछला कदम वापस लिया गया।",
               "सहेजा गया:", "lesson", "खोला गया:", "आदेश (हिंदी या अंग्रेज़ी में):", "प्रतिलिपि फ़ाइल-का-नाम", "'frobnicate' is not a choice"]
            : ["== Status ==", "== Journal ==", "== Historian's note ==", "== Glossary ==", "The last step was undone.",
               "Saved:", "lesson", "Loaded:", "Commands (English or Hindi):", "transcript FILE", "'frobnicate' समझ में नहीं आया"]
        for expected in expectations { #expect(output.contains(expected), "missing: \(expected)") }
        #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent("saves/player/autosave.json").path))
        #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent("saves/player/lesson.json").path))
    }

    @Test func aTranscriptKeepsWhatWasShownAndTyped() throws {
        let folder = try Support.temporaryFolder()
        let file = folder.appendingPathComponent("class.txt").path
        let (_, _) = try Self.play([Support.smallScenario, "--role", "duma", "--lang", "en", "--seed", "9"],
                                   lines: ["transcript \(file)", "1", "status", "transcript off", "journal", "quit"])
        let transcript = try String(contentsOfFile: file, encoding: .utf8)
        #expect(transcript.contains("> 1"))
        #expect(transcript.contains("== Status =="))
        #expect(!transcript.contains("== Journal =="), "nothing is kept after 'transcript off'")
    }

    @Test func choicesAreTakenByTheStartOfTheirTextAndUnknownInputListsTheChoices() throws {
        let (output, _) = try Self.play([Support.smallScenario, "--role", "worker", "--lang", "en", "--seed", "2"],
                                        lines: ["Stay in the queue", "xyzzy", "quit"])
        #expect(output.contains("'xyzzy' is not a choice or a command"))
        #expect(output.contains("What will you do?"))
    }

    @Test func theLanguageChosenIsRememberedForNextTime() throws {
        let state = try Support.temporaryFolder()
        let settings = state.appendingPathComponent("settings").path
        for (lines, expectQuestion) in [(["2", "1", "quit"], true), (["1", "quit"], false)] {
            var reader = ScriptedLineReader(lines: lines)
            var shown: [String] = []
            let command = try PlayCommand.parse([Support.smallScenario, "--seed", "1"])
            _ = command.execute(library: Support.library, reader: &reader, saves: SaveStore(directory: state.path + "/saves-\(expectQuestion)"),
                                settingsPath: settings, output: { shown.append($0) }, width: 80)
            #expect(shown.contains("भाषा चुनो / Choose a language:") == expectQuestion)
            #expect(shown.contains("Which role will you play?"))
        }
    }

    @Test func anAutosaveIsOfferedAndContinued() throws {
        let state = try Support.temporaryFolder()
        let saves = SaveStore(directory: state.appendingPathComponent("saves").path)
        let settings = state.appendingPathComponent("settings").path
        var first = ScriptedLineReader(lines: ["1", "status", "quit"])
        _ = try PlayCommand.parse([Support.smallScenario, "--role", "worker", "--lang", "en", "--seed", "4"])
            .execute(library: Support.library, reader: &first, saves: saves, settingsPath: settings, output: { _ in }, width: 80)
        var second = ScriptedLineReader(lines: ["1", "journal", "quit"])
        var shown: [String] = []
        _ = try PlayCommand.parse([Support.smallScenario, "--lang", "en"])
            .execute(library: Support.library, reader: &second, saves: saves, settingsPath: settings, output: { shown.append($0) }, width: 80)
        #expect(shown.contains { $0.hasPrefix("You have a saved game: Worker, reached 22 February") }, "which game it is: role and date")
        #expect(!shown.contains("Which role will you play?"))
    }

    @Test func completionOffersCommandWordsChoiceNumbersAndChoiceTextsInTheLanguage() throws {
        let state = try Support.temporaryFolder()
        var reader = ScriptedLineReader(lines: [])
        _ = try PlayCommand.parse([Support.smallScenario, "--role", "worker", "--lang", "hi", "--seed", "1"])
            .execute(library: Support.library, reader: &reader, saves: SaveStore(directory: state.path), settingsPath: state.path + "/s",
                     output: { _ in }, width: 80)
        let provider = try #require(reader.completionProvider)
        let candidates = provider("")
        #expect(!candidates.contains("journal"), "a Hindi game completes only Hindi command words")
        #expect(candidates.contains("डायरी"))
        #expect(candidates.contains("1"))
        #expect(candidates.contains { $0.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) } && $0.count > 10 })
    }
}
