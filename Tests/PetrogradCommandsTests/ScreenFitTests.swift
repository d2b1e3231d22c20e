import Foundation
import PetrogradConsole
import Testing
@testable import PetrogradCommands

/// Issue 10, point 3 and 4: everything fits the window, events that happen together are a list, the date
/// line is not repeated, and `--plain` and piped play have no decoration and say which option was taken.
@Suite struct ScreenFitTests {
    /// The report's duma game (S2, S5): the duma stays home, and several events fire in one step.
    static let dumaStaysHome = ["1", "1", "1", "3", "2", "1", "3", "2", "2", "2", "2", "1"]

    /// Plays the bundled act in-process at `width` columns; returns the lines shown.
    static func play(_ arguments: [String], lines: [String], width: Int) throws -> [String] {
        let (status, output) = try Support.playInProcess(arguments, lines: lines, state: try Support.temporaryFolder(), width: width)
        #expect(status == 0)
        return output.components(separatedBy: "\n")
    }

    static func startsWithMark(_ line: String) -> Bool {
        guard let first = line.drop(while: { $0 == " " }).unicodeScalars.first else { return false }
        return [.nonspacingMark, .spacingMark, .enclosingMark].contains(first.properties.generalCategory)
    }

    @Test(arguments: ["hi", "en"])
    func atSixtyColumnsNoLineIsWiderAndNoneStartsWithAMark(language: String) throws {
        let input = Self.dumaStaysHome + ["help", "status", "journal", "glossary", "frobnicate with a long typo in it", "दुन्या", "quit"]
        let lines = try Self.play(["march-1917", "--role", "duma", "--lang", language, "--seed", "1"], lines: input, width: 60)
        #expect(lines.count > 100)
        for line in lines {
            // A command to copy (how to carry the game on into the next act) is printed whole, like an address:
            // wrapped, it could not be pasted.
            if line.hasPrefix("  petrograd ") { continue }
            #expect(DisplayWidth.columns(of: line) <= 60, "too wide: \(line)")
            #expect(!Self.startsWithMark(line), "starts with a mark: \(line)")
        }
        // The headings, too, were long enough to need wrapping.
        #expect(lines.contains { $0.hasPrefix("== ") && !$0.hasSuffix(" ==") })
    }

    @Test func eventsThatHappenTogetherAreACompactList() throws {
        let lines = try Self.play(["march-1917", "--role", "duma", "--lang", "en", "--seed", "1"], lines: Self.dumaStaysHome + ["news"], width: 80)
        let leads = lines.indices.filter { lines[$0].hasPrefix("Meanwhile in the city (") }
        #expect(!leads.isEmpty)
        for lead in leads {
            let count = try #require(Int(lines[lead].dropFirst("Meanwhile in the city (".count).prefix { $0.isNumber }))
            #expect(count >= 2)
            // Each event is one item: it starts with a bullet, and its wrapped lines hang under its text.
            let list = lines[(lead + 1)...].prefix { $0.hasPrefix("  * ") || $0.hasPrefix("    ") }
            #expect(list.filter { $0.hasPrefix("  * ") }.count == count, "\(list)")
            // An item is its headline (and what the event says to the role), not the whole report.
            #expect(list.count <= count * 4, "\(list)")
            #expect(lines[lead + 1 + list.count] == "To read these reports in full, type 'news'.")
        }
        // Nothing of the events' text is lost: `news` gives the last ones in full, Michael declining the crown.
        let news = try #require(lines.lastIndex(of: "== The news in full =="))
        let words = lines[news...].joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.contains("Three hundred years of Romanov rule are over"), "\(lines[news...])")
    }

    /// In the list an event that went as in history is its headline; one that went otherwise is told in
    /// full, for that is the other history this city is living. `news` has every report in full.
    @Test func anEventThatWentOtherwiseIsToldInFullInTheList() throws {
        let lines = try Self.play(["march-1917", "--role", "soldier", "--lang", "en", "--seed", "1", "--at", "dawn-roll-call"],
                                  lines: ["news"], width: 1000)
        let lead = try #require(lines.firstIndex { $0.hasPrefix("Meanwhile in the city (") })
        let list = lines[(lead + 1)...].prefix { $0.hasPrefix("  * ") }
        #expect(list.contains("  * Lockout at the Putilov works."), "\(list)")
        #expect(list.contains { $0.hasPrefix("  * Here history takes another road: at dawn the Volynsky training detachment marched out as ordered.")
            && $0.hasSuffix("But the shame in the barracks and the hunger in the city remain.") }, "\(list)")
        let news = try #require(lines.firstIndex(of: "== The news in full =="))
        #expect(lines[news...].contains { $0.contains("the management has locked out some 30,000 workers after a pay dispute") })
    }

    /// `glossary` alone lists the terms, not every explanation (the users' report, S5: ~170 lines on turn
    /// one); a word gives the entry in full.
    @Test func theGlossaryAloneListsItsTermsAndAWordGivesTheEntry() throws {
        let lines = try Self.play(["march-1917", "--role", "worker", "--lang", "en", "--seed", "1"], lines: ["glossary", "glossary calendar"], width: 80)
        let start = try #require(lines.firstIndex(of: "== Glossary =="))
        let hint = try #require(lines.firstIndex { $0.hasPrefix("To read what a term means, type 'glossary'") })
        #expect(hint - start < 25, "a screen, not ~170 lines: \(lines[start...hint])")
        #expect(!lines[start..<hint].contains { $0.contains(" — ") }, "no explanations in the list")
        #expect(lines[start..<hint].joined(separator: " ").contains("Old Style / New Style"))
        #expect(lines[hint...].contains { $0.hasPrefix("Old Style / New Style — ") })
    }

    /// `journal FILE` writes the journal to a file to print, under the title and whose it is (the users'
    /// report, section 3); a file that cannot be written is said in the player's language.
    @Test func theJournalIsWrittenToAFileToPrint() throws {
        let folder = try Support.temporaryFolder()
        let file = folder.appendingPathComponent("डायरी.txt").path
        let lines = try Self.play([Support.smallScenario, "--role", "worker", "--lang", "hi", "--seed", "1"],
                                  lines: ["1", "डायरी \(file)", "डायरी \(folder.path)/no/such/folder/j.txt"], width: 1000)
        #expect(lines.contains("डायरी यहाँ लिखी गई: \(file)"))
        let text = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text.first == "पेत्रोग्राद, फ़रवरी 1917: रोटी, हड़ताल और बग़ावत")
        #expect(text[1] == "player की डायरी (मज़दूर)", "piped play without --name plays as player")
        #expect(text.dropFirst(3).first?.hasPrefix("22 फ़रवरी (पुरानी शैली) / 7 मार्च 1917 (नई शैली), 20:00: ") == true, "\(text)")
        #expect(lines.contains { $0.hasPrefix("समस्या: डायरी \(folder.path)/no/such/folder/j.txt में नहीं लिखी जा सकी") })
    }

    @Test func newsBeforeAnyEventsCameTogetherSaysEachWasShownInFull() throws {
        let lines = try Self.play([Support.smallScenario, "--role", "worker", "--lang", "hi", "--seed", "1"], lines: ["ख़बर"], width: 80)
        #expect(lines.contains("अभी एक साथ कई ख़बरें नहीं आई हैं; हर ख़बर पूरी दिखाई गई है।"))
    }

    @Test func theDateLineIsShownOnlyWhenTheDateOrPlaceChanged() throws {
        // The heading has just shown the date and the place: a menu shown again, help and a typo add no date line.
        let quiet = try Self.play([Support.smallScenario, "--role", "worker", "--lang", "en", "--seed", "1917"],
                                  lines: ["help", "frobnicate", "99", "quit"], width: 80)
        #expect(!quiet.contains { $0.hasPrefix("[") })
        // Through a whole game, the same date line never comes twice in a row, and never just after a
        // heading that showed the same date.
        let lines = try Self.play([Support.smallScenario, "--role", "worker", "--lang", "en", "--seed", "1917"],
                                  lines: SessionTests.wholeGame, width: 200)
        var lastShown: String?
        for line in lines {
            if line.hasPrefix("== "), line.contains(" — ") {
                lastShown = String(line.dropFirst(3).dropLast(3)).replacingOccurrences(of: " — ", with: " · ")
            } else if line.hasPrefix("[") {
                #expect(line != "[" + (lastShown ?? "") + "]", "repeated: \(line)")
                lastShown = String(line.dropFirst().dropLast())
            }
        }
    }

    @Test(arguments: ["en", "hi"])
    func plainOutputHasNoDecorationAndSaysEachChoice(language: String) throws {
        let state = try Support.temporaryFolder()
        let result = try Support.run(["play", "march-1917", "--role", "duma", "--lang", language, "--seed", "1", "--plain"],
                                     input: Self.dumaStaysHome.joined(separator: "\n") + "\nstatus\njournal\nquit\n",
                                     environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path, "COLUMNS": "80"])
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.components(separatedBy: "\n")
        for line in lines {
            #expect(!line.contains("=="), "\(line)")
            #expect(!line.drop(while: { $0 == " " }).hasPrefix("* "), "\(line)")
            #expect(!line.hasPrefix("["), "\(line)")
            #expect(!line.hasPrefix("--"), "\(line)")
        }
        let chose = language == "hi" ? "तुमने चुना: " : "You chose: "
        #expect(lines.filter { $0.hasPrefix(chose) }.count == Self.dumaStaysHome.count)
        #expect(result.output.contains(chose + "2. "))
        // The ending's heading is a plain line followed by a blank one.
        let end = try #require(lines.firstIndex(of: language == "hi" ? "अंत" : "The end"))
        #expect(lines[end + 1].isEmpty)
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func pipedPlaySaysEachChoiceTooAndNeverPauses() throws {
        let state = try Support.temporaryFolder()
        let result = try Support.run(["play", "march-1917", "--role", "worker", "--lang", "en", "--seed", "1"],
                                     input: "4\n4\nquit\n", environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        #expect(result.status == 0)
        #expect(result.output.contains("You chose: 4. "))
        #expect(result.output.contains("== "), "without --plain the headings keep their decoration")
        #expect(!result.output.contains("-- more"))
    }

    @Test func morePauseCanBeTurnedOffAndItIsRemembered() throws {
        let state = try Support.temporaryFolder()
        let settings = state.appendingPathComponent("settings").path
        let command = try PlayCommand.parse(["march-1917", "--role", "worker", "--lang", "hi", "--seed", "1"])
        var reader = ScriptedLineReader(lines: ["रुको बंद", "more", "quit"])
        var shown: [String] = []
        _ = command.execute(library: Support.library, reader: &reader, saves: SaveStore(directory: state.path), settingsPath: settings,
                            output: { shown.append($0) }, width: 80)
        #expect(shown.contains("भरी स्क्रीन पर रुकना बंद है।"))
        #expect(shown.contains("रुको चालू या रुको बंद"))
        #expect(Settings.load(from: settings).pausesAtFullScreen == false)
        #expect(Settings.load(from: settings).language == nil, "--lang is for this game only")
    }
}
