import Foundation
import PetrogradConsole
import Testing
@testable import PetrogradCommands

/// Issue 10's "Hindi all the way" and the orientation a newcomer gets, played in-process: Devanagari
/// digits, Hindi arguments, Hindi messages, the role menu, the first turn's hint, stable choice numbers,
/// Tab in one language, the glossary by any word, and `--lang` for one game only.
@Suite struct HindiPlayTests {
    /// Plays with scripted input in `state` (saves and settings kept there); returns what was shown.
    static func play(_ arguments: [String], lines: [String], state: URL, width: Int = 1000) throws -> String {
        let (status, output) = try Support.playInProcess(arguments, lines: lines, state: state, width: width)
        #expect(status == 0, "\(output)")
        return output
    }

    static func play(_ arguments: [String], lines: [String], width: Int = 1000) throws -> String {
        try play(arguments, lines: lines, state: try Support.temporaryFolder(), width: width)
    }

    static let hindiWorker = [Support.smallScenario, "--role", "worker", "--lang", "hi", "--seed", "1"]
    static let englishWorker = [Support.smallScenario, "--role", "worker", "--lang", "en", "--seed", "1"]

    static func hasLatinLetter(_ text: String) -> Bool { text.contains { $0.isASCII && $0.isLetter } }

    // MARK: Devanagari digits

    @Test(arguments: [("२", "2"), ("३", "3"), ("१", "1")])
    func aDevanagariDigitChoosesAsItsASCIIDigitDoes(devanagari: String, ascii: String) throws {
        let typed = try Self.play(Self.hindiWorker, lines: [devanagari, "स्थिति", "बाहर"])
        let expected = try Self.play(Self.hindiWorker, lines: [ascii, "स्थिति", "बाहर"])
        #expect(typed == expected)
        #expect(typed.components(separatedBy: "तुम क्या करोगे?").count >= 3, "a choice was taken and a new menu shown")
    }

    @Test func devanagariDigitsAnswerTheLanguageRoleAndContinueQuestions() throws {
        let state = try Support.temporaryFolder()
        let first = try Self.play([Support.smallScenario, "--seed", "1"], lines: ["१", "२", "बाहर"], state: state, width: 400)
        #expect(first.contains("भाषा चुनो / Choose a language:"))
        #expect(first.contains("तुम कौन-सी भूमिका निभाओगे?"), "१ chose Hindi")
        #expect(first.contains("रिज़र्व सैनिक हो"), "२ chose the soldier")
        let second = try Self.play([Support.smallScenario, "--seed", "1"], lines: ["१", "बाहर"], state: state)
        #expect(second.contains("तुम्हारा पिछला खेल सहेजा हुआ है: सैनिक, "))
        #expect(!second.contains("नया खेल शुरू करो\n>"), "१ continued the game")
        #expect(!second.contains("तुम कौन-सी भूमिका निभाओगे?"))
    }

    @Test func oddNumbersAreAnsweredAndNeverTrap() throws {
        let output = try Self.play(Self.hindiWorker, lines: ["२3", "٣", "१०००००००००००००००००००००", "+", "9999999999999999999999", "बाहर"])
        #expect(output.contains("'२3' समझ में नहीं आया। विकल्प की संख्या लिखो, या 'मदद'।"))
        #expect(output.contains("'٣' समझ में नहीं आया।"))
        #expect(output.contains("'१०००००००००००००००००००००' समझ में नहीं आया।"))
        #expect(output.contains("'9999999999999999999999' समझ में नहीं आया।"))
        #expect(output.hasSuffix("खेल सहेजा गया। फिर मिलेंगे।"))
    }

    // MARK: Hindi arguments and Hindi messages

    @Test func theLanguageCommandTakesHindiAndEnglishNamesAndIsRemembered() throws {
        let state = try Support.temporaryFolder()
        let output = try Self.play(Self.hindiWorker, lines: ["भाषा अंग्रेज़ी", "lang hindi", "भाषा English", "lang हिंदी", "भाषा", "बाहर"], state: state)
        let menus = output.components(separatedBy: "\n").filter { $0 == "तुम क्या करोगे?" || $0 == "What will you do?" }
        #expect(menus == ["तुम क्या करोगे?", "What will you do?", "तुम क्या करोगे?", "What will you do?", "तुम क्या करोगे?"])
        #expect(output.contains("भाषा हिन्दी | भाषा अंग्रेज़ी"), "'भाषा' alone answers in Hindi")
        #expect(Settings.load(from: state.appendingPathComponent("settings").path).language == "hi", "the last switch is remembered")
    }

    @Test func savesAreNamedListedAndOpenedInHindiAndATranscriptIsStoppedWithBand() throws {
        let state = try Support.temporaryFolder()
        let transcript = state.appendingPathComponent("कक्षा.txt").path
        let output = try Self.play(Self.hindiWorker, lines: ["प्रतिलिपि \(transcript)", "सहेजो पहला", "सूची", "खोलो पहला", "प्रतिलिपि बंद",
                                                            "स्थिति", "बाहर"], state: state)
        #expect(output.contains("सहेजा गया: "))
        #expect(output.split(separator: "\n").contains("पहला"), "सूची lists the save")
        #expect(output.contains("खोला गया: "))
        #expect(output.contains("प्रतिलिपि बंद: \(transcript)"))
        let kept = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(kept.contains("> खोलो पहला"))
        #expect(!kept.contains("== स्थिति =="), "nothing is kept after 'प्रतिलिपि बंद'")
    }

    @Test func saveProblemsAreToldInHindi() throws {
        let state = try Support.temporaryFolder()
        // The saves of a game played without --name are in the folder of the player 'player'.
        let saves = state.appendingPathComponent("saves/player")
        try FileManager.default.createDirectory(at: saves, withIntermediateDirectories: true)
        try Data("not a save".utf8).write(to: saves.appendingPathComponent("टूटा.json"))
        let output = try Self.play(Self.hindiWorker, lines: ["खोलो नहीं", "खोलो टूटा", "सहेजो .छिपा", "बाहर"], state: state)
        let problems = output.split(separator: "\n").filter { $0.hasPrefix("समस्या: ") }.map(String.init)
        #expect(problems.count == 3, "\(output)")
        #expect(problems.first?.contains("'नहीं' नाम का कोई सहेजा हुआ खेल नहीं मिला") == true, "\(problems)")
        #expect(problems.dropFirst().first?.contains("पेत्रोग्राद का सहेजा हुआ खेल नहीं है, या ख़राब हो गया है") == true, "\(problems)")
        for problem in problems {
            // The file's path is shown as it is; the sentence around it is Hindi.
            let sentence = problem.replacingOccurrences(of: #"\([^)]*\.json\)"#, with: "", options: .regularExpression)
            #expect(!Self.hasLatinLetter(sentence), "\(problem)")
        }
        #expect(try Data(contentsOf: saves.appendingPathComponent("टूटा.json")) == Data("not a save".utf8), "left as it is")
    }

    @Test func theHindiGamesOwnWordsHaveNoEnglish() throws {
        let output = try Self.play(Self.hindiWorker, lines: ["xyzzy", "मदद", "सूची", "भाषा", "प्रतिलिपि", "बाहर"])
        let lines = output.split(separator: "\n").map(String.init)
        for leak in ["'help'", "'journal'", "'quit'", "lang hi", "transcript FILE", "(worker)", "आप ", "करेंगे"] {
            #expect(!output.contains(leak), "\(leak)")
        }
        #expect(lines.contains("'xyzzy' समझ में नहीं आया। विकल्प की संख्या लिखो, या 'मदद'।"))
        #expect(lines.contains("प्रतिलिपि फ़ाइल-का-नाम (जो कुछ दिखे, उस फ़ाइल में लिखना शुरू करो) या प्रतिलिपि बंद (लिखना रोको)"))
    }

    // MARK: Orientation

    @Test(arguments: ["hi", "en"])
    func theRoleMenuDescribesEachRoleAndHowLongItTakes(language: String) throws {
        let output = try Self.play(["march-1917", "--lang", language, "--seed", "1"], lines: ["बाहर"], width: 100)
        if language == "hi" {
            #expect(output.contains("तुम कौन-सी भूमिका निभाओगे?\n  1. मज़दूर — वीबोर्ग क्षेत्र की कपड़ा मिल में काम करने वाली एक बुनकर औरत;"), "\(output)")
            #expect(output.contains("     लगभग 15–20 फ़ैसले, 30–40 मिनट\n  2. सैनिक — "))
            #expect(output.contains("     लगभग 12–18 फ़ैसले, 30–40 मिनट"))
            #expect(!Self.hasLatinLetter(output.components(separatedBy: "तुम कौन-सी").last ?? ""), "no ids or English in the Hindi menu")
        } else {
            #expect(output.contains("Which role will you play?\n  1. Worker — A woman weaver in a Vyborg-side textile mill;"), "\(output)")
            #expect(output.contains("     about 15–20 choices, 30–40 minutes\n  2. Soldier — "))
            #expect(output.contains("  3. Duma deputy (duma) — A Progressive Bloc deputy"), "an id unlike the name is shown, for --role")
            #expect(output.contains("     about 12–16 choices, 30–40 minutes"))
        }
    }

    @Test func aRoleMayBeChosenByItsNameInEitherLanguage() throws {
        let soldier = try Self.play(["march-1917", "--lang", "hi", "--seed", "1"], lines: ["सैनिक", "बाहर"], width: 400)
        #expect(soldier.contains("वोलिन्स्की रेजिमेंट के प्रशिक्षण दस्ते में रिज़र्व सैनिक हो"))
        let duma = try Self.play(["march-1917", "--lang", "hi", "--seed", "1"], lines: ["Duma deputy", "बाहर"], width: 400)
        #expect(duma.contains("ड्यूमा में प्रगतिशील गुट के सदस्य हो"))
    }

    @Test func aNewGameHintsHowToPlayOnceAndAContinuedGameDoesNot() throws {
        let state = try Support.temporaryFolder()
        let hint = "संकेत: विकल्प की संख्या (जैसे 1 या १) लिखो और एंटर दबाओ।"
        let first = try Self.play([Support.smallScenario, "--lang", "hi", "--seed", "1"], lines: ["1", "1", "देखो", "बाहर"], state: state)
        #expect(first.components(separatedBy: hint).count == 2, "shown once, under the first menu")
        let firstMenu = try #require(first.range(of: "तुम क्या करोगे?"))
        #expect(first[firstMenu.upperBound...].prefix(400).contains(hint))
        let continued = try Self.play([Support.smallScenario, "--seed", "1"], lines: ["1", "बाहर"], state: state)
        #expect(!continued.contains(hint))
        let english = try Self.play(Self.englishWorker, lines: ["quit"])
        #expect(english.contains("Hint: type a choice's number and press Enter. Type 'help' to see the"))
    }

    // MARK: Stable numbers (S14)

    @Test func aChoiceKeepsItsNumberAfterAOnceChoiceIsTakenInTheSameScene() throws {
        let output = try Self.play(Self.englishWorker, lines: ["1", "1", "3", "quit"])
        let menus = output.components(separatedBy: "What will you do?\n").dropFirst().map { $0.split(separator: "\n").prefix(3).joined(separator: "\n") }
        #expect(menus[0].hasPrefix("  1. Stay in the queue two more hours.\n  2. Ask the woman beside you"), "\(menus)")
        #expect(menus[1].hasPrefix("  2. Ask the woman beside you what is planned for Women's Day tomorrow.\n  3. Go home;"), "\(menus)")
        #expect(output.contains("Choice 1 is no longer there: it has been taken. The choices left are below."))
        // "3" still means going home, as it did on the first menu; the next scene numbers from 1 again.
        #expect(output.contains("Today is International Women's Day."))
        #expect(menus.last?.hasPrefix("  1. Leave your loom") == true, "\(menus)")
    }

    @Test func undoGivesATakenChoiceBackItsOwnNumber() throws {
        let output = try Self.play(Self.englishWorker, lines: ["1", "undo", "quit"])
        let menus = output.components(separatedBy: "What will you do?\n").dropFirst().map { $0.split(separator: "\n").prefix(3).joined(separator: "\n") }
        #expect(menus.last?.hasPrefix("  1. Stay in the queue two more hours.\n  2. Ask the woman beside you") == true, "\(menus)")
    }

    // MARK: Tab (S15)

    static func completions(_ arguments: [String]) throws -> CompletionProvider {
        let state = try Support.temporaryFolder()
        var reader = ScriptedLineReader(lines: [])
        _ = try PlayCommand.parse(arguments)
            .execute(library: Support.library, reader: &reader, saves: SaveStore(directory: state.path), settingsPath: state.path + "/s",
                     output: { _ in }, width: 80)
        return try #require(reader.completionProvider)
    }

    @Test func tabCompletesOnlyInTheLanguagePlayedAndNothingAfterACompletedChoice() throws {
        let hindi = try Self.completions(Self.hindiWorker)
        let english = try Self.completions(Self.englishWorker)
        #expect(hindi("").contains("डायरी") && !hindi("").contains("journal"))
        #expect(english("").contains("journal") && !english("").contains("डायरी"))
        #expect(!english("").contains { $0.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) } })
        #expect(hindi("").count <= 18 + 3 + 3, "18 command words, and the 3 choices' numbers and texts: \(hindi(""))")
        let choice = try #require(hindi("").first { $0.hasPrefix("बगल") })
        #expect(hindi(choice + " ").isEmpty, "a second Tab after a completed choice lists nothing")
        #expect(hindi("भाषा ") == ["अंग्रेज़ी", "हिन्दी"])
        #expect(english("lang ") == ["English", "Hindi"])
        #expect(english("look ").isEmpty)
    }

    // MARK: Glossary (S16)

    @Test func theGlossaryFindsAnEntryByAnyWordOfItsTermOrExplanationInEitherLanguage() throws {
        let output = try Self.play(["march-1917", "--role", "worker", "--lang", "en", "--seed", "1"],
                                   lines: ["glossary calendar", "glossary CALENDAR", "glossary old st", "glossary xyzzy", "lang hi",
                                           "शब्दावली कैलेंडर", "शब्दावली calendar", "quit"])
        #expect(output.components(separatedBy: "Old Style / New Style — ").count - 1 == 3, "\(output)")
        #expect(output.contains("'xyzzy' is not in the glossary."))
        #expect(output.components(separatedBy: "पुरानी शैली (जूलियन कैलेंडर) / नई शैली (ग्रेगोरियन कैलेंडर) — ").count - 1 == 2)
    }

    // MARK: --lang (S21)

    @Test func langOnTheCommandLinePlaysOneGameAndLeavesTheRememberedLanguage() throws {
        let state = try Support.temporaryFolder()
        let settings = state.appendingPathComponent("settings").path
        _ = try Self.play([Support.smallScenario, "--seed", "1"], lines: ["1", "1", "बाहर"], state: state)
        #expect(Settings.load(from: settings).language == "hi", "the answer to the question is remembered")
        let english = try Self.play([Support.smallScenario, "--lang", "en", "--role", "duma", "--seed", "1"], lines: ["quit"], state: state)
        #expect(english.contains("What will you do?"))
        #expect(Settings.load(from: settings).language == "hi", "--lang en did not change it")
        let next = try Self.play([Support.smallScenario, "--role", "soldier", "--seed", "1"], lines: ["बाहर"], state: state)
        #expect(next.contains("तुम क्या करोगे?"), "the next player gets the remembered Hindi")
        #expect(!next.contains("Choose a language"))
    }
}
