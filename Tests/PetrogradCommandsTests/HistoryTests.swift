import Foundation
import PetrogradConsole
import Testing
@testable import PetrogradCommands

/// The journal's true dates, a locked choice that says what it needs, `ending`, and the city set beside
/// history at the end, played in-process on the bundled scenario.
@Suite struct HistoryTests {
    /// Plays with scripted input on a screen wide enough that no line wraps; returns what was shown.
    static func play(_ arguments: [String], lines: [String], saves: URL? = nil) throws -> String {
        let (status, output) = try Support.playInProcess(arguments, lines: lines, state: try saves ?? Support.temporaryFolder(), width: 1000)
        #expect(status == 0)
        return output
    }

    /// The report's duma game (ux.md S2): a passive deputy who hears of the great days late.
    static let dumaGame = ["1", "1", "1", "3", "2", "1", "3", "2", "2", "2", "2", "1"]

    @Test func theJournalDatesWorldEventsWhenTheyHappenedAndSaysWhenTheyWereHeard() throws {
        let output = try Self.play(["march-1917", "--role", "duma", "--lang", "en", "--seed", "1"], lines: Self.dumaGame + ["journal", "quit"])
        let journal = try #require(output.components(separatedBy: "== Journal ==").last)
        for line in [
            "22 February (Old Style) / 7 March 1917 (New Style), 20:00: Lockout at the Putilov works. (heard on 23 February, 15:00)",
            "27 February (Old Style) / 12 March 1917 (New Style), 21:00: The Petrograd Soviet met for the first time (chair: Chkheidze). (heard on 28 February, 09:00)",
            "1 March (Old Style) / 14 March 1917 (New Style), 15:00: Order No. 1: an elected soldiers' committee in every unit. (heard on 2 March, 12:00)",
            "2 March (Old Style) / 15 March 1917 (New Style), 15:00: The Provisional Government was announced; Prime Minister, Prince Georgy Lvov. (heard on 3 March, 13:00)",
        ] {
            #expect(journal.contains(line), "missing: \(line)")
        }
        #expect(journal.contains("23 February (Old Style) / 8 March 1917 (New Style), 15:00: I spoke on the bread question."),
                "a player's own line has no 'heard'")
        #expect(!journal.contains("28 February (Old Style) / 13 March 1917 (New Style), 09:00: The Petrograd Soviet"))
    }

    @Test func theHindiJournalSaysWhenTheNewsCame() throws {
        let output = try Self.play(["march-1917", "--role", "duma", "--lang", "hi", "--seed", "1"], lines: Self.dumaGame + ["डायरी", "बाहर"])
        let journal = try #require(output.components(separatedBy: "== डायरी ==").last)
        #expect(journal.contains("27 फ़रवरी (पुरानी शैली) / 12 मार्च 1917 (नई शैली), 21:00: पेत्रोग्राद सोवियत की पहली बैठक (अध्यक्ष: च्खेइद्ज़े)। (ख़बर मिली: 28 फ़रवरी, 09:00)"))
    }

    @Test(arguments: [
        ("en", "needs: Courage at least 6 (you have 3)", "(not possible now; needs: Courage at least 6)"),
        ("hi", "इसके लिए चाहिए: हिम्मत कम से कम 6 (अभी 3)", "(अभी संभव नहीं; चाहिए: हिम्मत कम से कम 6)"),
    ])
    func aLockedChoiceSaysWhatItNeeds(language: String, message: String, marker: String) throws {
        let output = try Self.play(["march-1917", "--role", "soldier", "--lang", language, "--seed", "1", "--at", "znamenskaya-order",
                                    "--set", "courage=3"], lines: ["3", "quit"])
        #expect(output.contains(message))
        #expect(output.contains(marker), "the menu says it too")
    }

    /// A soldier who informs and obeys: the garrison stays loyal and the mutiny does not break out.
    static let loyalSoldier = ["3", "1", "2", "1", "3", "1", "1", "2", "2", "2", "1", "1"]

    @Test func theEndSetsTheCityBesideHistoryWithReasons() throws {
        let output = try Self.play(["march-1917", "--role", "soldier", "--lang", "en", "--seed", "1"], lines: Self.loyalSoldier + ["quit"])
        let summary = try #require(output.components(separatedBy: "== Your city and history ==").last)
        let asHistory = try #require(summary.components(separatedBy: "Otherwise in your city:").first)
        let otherwise = try #require(summary.components(separatedBy: "Otherwise in your city:").last)
        #expect(asHistory.contains("As in history:\n  22 February, 20:00 — Lockout at the Putilov works."))
        #expect(asHistory.contains("  24 February, 09:00 — The Cossacks would not charge the crowds."))
        #expect(asHistory.contains("    Why: Strike strength at least 50 (it was 50)."))
        #expect(otherwise.contains("""
              27 February, 06:00 — The Volynsky training detachment mutinied.
                Instead: The garrison has not mutinied — not yet.
                Why: it needed Garrison loyalty (to the government) at most 45 (it was 80).
            """))
        #expect(otherwise.contains("  2 March, 15:00 — The Provisional Government was announced; Prime Minister, Prince Georgy Lvov."))
        #expect(!otherwise.contains("Lockout"))
        #expect(summary.contains("The city at the end: Strike strength 25, Hunger (bread shortage) 75, Garrison loyalty (to the government) 75, Duma resolve 1"))
    }

    @Test func theHindiSummarySaysWhyInHindi() throws {
        let output = try Self.play(["march-1917", "--role", "soldier", "--lang", "hi", "--seed", "1"], lines: Self.loyalSoldier + ["बाहर"])
        #expect(output.contains("== तुम्हारा शहर और इतिहास =="))
        #expect(output.contains("  27 फ़रवरी, 06:00 — वोलिन्स्की प्रशिक्षण दस्ते का विद्रोह।\n    इसके बदले: छावनी ने बग़ावत नहीं की — अभी तक।\n    क्यों: इसके लिए चाहिए था: फ़ौज की वफ़ादारी (सरकार के प्रति) ज़्यादा से ज़्यादा 45 (तब 80)।"))
        #expect(output.contains("अंत में शहर: हड़ताल का ज़ोर 25"))
    }

    @Test func endingShowsTheEndingAgainAndSaysSoBeforeTheEnd() throws {
        let output = try Self.play(["march-1917", "--role", "soldier", "--lang", "en", "--seed", "1"],
                                   lines: ["ending"] + Self.loyalSoldier + ["ending", "quit"])
        #expect(output.contains("Your story has not ended yet; once it has, 'ending' shows the ending again."))
        #expect(output.components(separatedBy: "== The end ==").count == 3)
        #expect(output.components(separatedBy: "== What happened in history ==").count == 3)
        #expect(output.components(separatedBy: "== Your city and history ==").count == 3)
        let hindi = try Self.play(["march-1917", "--role", "soldier", "--lang", "hi", "--seed", "1"], lines: Self.loyalSoldier + ["अंत", "बाहर"])
        #expect(hindi.components(separatedBy: "== तुम्हारा शहर और इतिहास ==").count == 3)
    }

    @Test func aFinishedSaveFromBeforeTheseWereKeptShowsTheSummaryAndTrueDates() throws {
        // Written by Petrograd 0.1.0 before `heard` and `worldEvents`: its log, replayed, supplies them.
        let save = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/saves/finished-before-heard.json").path
        let output = try Self.play([Support.smallScenario, "--load", save, "--lang", "en"], lines: ["journal", "quit"],
                                   saves: try Support.temporaryFolder())
        #expect(output.contains("== Your city and history =="))
        #expect(output.contains("    Why: Garrison loyalty (to the government) at most 45 (it was 25)."))
        #expect(output.contains("26 February (Old Style) / 11 March 1917 (New Style), 23:00: The Duma is prorogued. (heard on 27 February, 12:00)"))
    }

    @Test func loadingAFinishedSaveShowsItsEndingAndSummary() throws {
        let folder = try Support.temporaryFolder()
        _ = try Self.play(["march-1917", "--role", "soldier", "--lang", "en", "--seed", "1"], lines: Self.loyalSoldier + ["save finished", "quit"],
                          saves: folder)
        let save = folder.appendingPathComponent("saves/player/finished.json").path  // played without --name
        let loaded = try Self.play(["march-1917", "--load", save, "--lang", "hi"], lines: ["बाहर"], saves: try Support.temporaryFolder())
        let ending = try #require(loaded.range(of: "== अंत =="))
        let summary = try #require(loaded.range(of: "== तुम्हारा शहर और इतिहास =="))
        let over = try #require(loaded.range(of: "तुम्हारी कहानी पूरी हुई"))
        #expect(ending.lowerBound < summary.lowerBound && summary.lowerBound < over.lowerBound)
        #expect(loaded.contains("वोलिन्स्की प्रशिक्षण दस्ते का विद्रोह"))
        let again = try Self.play(["march-1917", "--load", save, "--lang", "en"], lines: ["ending", "quit"], saves: try Support.temporaryFolder())
        #expect(again.components(separatedBy: "== Your city and history ==").count == 3)
    }
}
