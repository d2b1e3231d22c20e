import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// Each act's game in one period (`entry one-period`: 26–27 Feb in March, 24–25 Oct in October): each role's
/// playthrough reads at most 1,200 words in each language with at least 4 real decisions, and at least 3
/// endings per role are reached from the entry, each covered by a golden playthrough (March's
/// `tests/period-*.playtest`, October's `tests/ow-period-*.playtest` and the like).
@Suite struct OnePeriodTests {
    static let tests = ActTests.tests

    /// The golden playthroughs of the game in one period, by file name.
    static func playthroughs(of act: String = "march-1917") throws -> [(name: String, playtest: Playtest)] {
        let tests = ActTests.tests(of: act)
        return try FileManager.default.contentsOfDirectory(atPath: tests).sorted()
            .filter { ($0.hasPrefix("period-") || $0.contains("-period-")) && $0.hasSuffix(".playtest") }.map { name in
                (name, Playtest.parse(try String(contentsOfFile: tests + "/" + name, encoding: .utf8)).0)
            }
    }

    @Test func theActDeclaresTheEntryForEveryRole() throws {
        let scenario = try ActTests.scenario()
        let entry = try #require(scenario.entryIndex("one-period").map { scenario.entries[$0] })
        #expect(DateFormatting.describe(entry.moment, calendar: .old) == "26 Feb 1917, 18:00")
        #expect(scenario.roles.indices.map { scenario.scenes[entry.starts[$0]].id } == ["w-period-start", "s-period-start", "d-period-start"])
        for language in scenario.languages { #expect(!TextRendering.text(entry.title, language: language).text.isEmpty) }
    }

    @Test func everyPlaythroughOfTheGameInOnePeriodStartsAtTheEntryAndPasses() throws {
        let playthroughs = try Self.playthroughs()
        #expect(playthroughs.count >= 9, "three endings for each of three roles")
        for (name, playtest) in playthroughs { #expect(playtest.entry?.text == "one-period", "\(name) starts at the entry") }
        var output = StringOutput()
        let status = try TestCommand.parse([Self.tests]).execute(library: Support.library, output: &output)
        #expect(status == 0, "\(output.text)")
        for (name, _) in playthroughs { #expect(output.text.contains("PASS Scenarios/march-1917/tests/\(name)") || output.text.contains("PASS \(Self.tests)/\(name)"), "\(name): \(output.text)") }
    }

    /// Words read (as the act's golden playthroughs are counted: scenes, passages, replies, outcomes, world
    /// events, the ending and its debrief) and real decisions taken (a choice made where at least two of
    /// the available choices lead to different states).
    @Test(arguments: ActTests.acts)
    func everyPlaythroughReadsAtMost1200WordsInEachLanguageWithAtLeastFourRealDecisions(act: String) throws {
        let scenario = try ActTests.scenario(act)
        let playthroughs = try Self.playthroughs(of: act)
        #expect(playthroughs.count >= 9, "three endings for each of three roles")
        for (name, playtest) in playthroughs {
            #expect(playtest.entry?.text == "one-period", "\(name) starts at the entry")
            for language in scenario.languages {
                let reading = try PlaythroughReading(playtest, named: name, in: scenario, language: language)
                let (game, words, decisions) = (reading.game, reading.words, reading.decisions)
                #expect(!game.state.players[0].isActive, "\(name) reaches an ending")
                #expect(words <= 1_200, "\(name) in \(language): \(words) words")
                #expect(words >= 400, "\(name) in \(language): \(words) words is too thin a game for a period")
                #expect(decisions >= 4, "\(name): \(decisions) real decisions")
            }
        }
    }

    @Test func everyEndingOfTheGameInOnePeriodHasADebriefOfAtMost120WordsInEachLanguage() throws {
        let scenario = try ActTests.scenario()
        let endings = scenario.endings.filter { $0.id.contains("-period-") }
        #expect(endings.count == 9)
        for ending in endings {
            for language in scenario.languages {
                let debrief = TextRendering.text(try #require(ending.debrief, "\(ending.id) has a debrief"), language: language).text
                let words = debrief.split(whereSeparator: \.isWhitespace).count
                #expect((40...120).contains(words), "\(ending.id) in \(language): \(words) words")
                #expect(debrief.contains(language == "hi" ? "प्रश्न:" : "Question:"), "\(ending.id) in \(language) asks its question")
            }
        }
    }

    @Test(arguments: ActTests.acts)
    func explorationFromTheEntryReachesThreeEndingsForEveryRoleWithFourDecisionsAndNoDeadEnd(act: String) throws {
        let scenario = try ActTests.scenario(act)
        let explorer = Explorer(scenario: scenario, setup: Simulation.Setup(entry: try #require(scenario.entryIndex("one-period"))))
        for role in scenario.roles.indices {
            let report = explorer.exhaustive(role: role)
            #expect(report.isComplete)
            #expect(report.findings.isEmpty, "\(scenario.roles[role].id): \(report.findings)")
            let endings = scenario.endings.indices.filter { report.endings[$0] > 0 }.map { scenario.endings[$0].id }
            #expect(endings.count >= 3, "\(scenario.roles[role].id): \(endings)")
            #expect((report.fewestDecisions?.decisions ?? 0) >= 4, "\(scenario.roles[role].id): \(String(describing: report.fewestDecisions))")
        }
    }

    @Test func exploreFromTheMarchEntryNamesItsEndingsThroughTheCommand() throws {
        var output = StringOutput()
        let status = try ExploreCommand.parse(["march-1917", "--at", "one-period", "--mode", "exhaustive"]).execute(library: Support.library, output: &output)
        #expect(status == 0, "\(output.text)")
        #expect(output.text.contains("endings reached: w-period-street (12), w-period-kresty (12), w-period-home (12)"), "\(output.text)")
        #expect(output.text.components(separatedBy: "dead ends: none; traps: none; runtime errors: none").count == 4)
    }

    @Test func exploreNamesAnUnknownEntry() throws {
        var output = StringOutput()
        let status = try ExploreCommand.parse(["march-1917", "--at", "one-perod"]).execute(library: Support.library, output: &output)
        #expect(status == 1)
        #expect(output.text == "error: there is no entry point 'one-perod'; did you mean 'one-period'?; entry points: one-period\n")
    }

    @Test func showAndListNameTheEntryAndItsTitles() throws {
        var shown = StringOutput()
        #expect(try ShowCommand.parse(["march-1917"]).execute(library: Support.library, output: &shown) == 0)
        #expect(shown.text.contains("""
            entry points (play one with --at ID) (1)
              one-period  one-period.story:17
                hi: एक पीरियड का खेल: 26–27 फ़रवरी (11–12 मार्च)
                en: A game in one period: 26–27 February (11–12 March)
                on: 26 Feb / 11 Mar 1917, 18:00
                start worker: w-period-start
                start soldier: s-period-start
                start duma: d-period-start
            """), "\(shown.text)")
        let saves = try Support.temporaryFolder()
        var listed = StringOutput()
        ListCommand().execute(library: Support.library, saves: { SaveStore(directory: saves.appendingPathComponent($0).path) }, output: &listed)
        #expect(listed.text.contains("  entry one-period: एक पीरियड का खेल: 26–27 फ़रवरी (11–12 मार्च) / A game in one period: 26–27 February (11–12 March) (petrograd play march-1917 --at one-period)\n"), "\(listed.text)")
    }

    /// The real program, piped: `play --at one-period` starts on the evening of 26 Feb, the journal has the
    /// days before it, the save records the entry, and loading it goes on from there.
    @Test func playAtTheEntryThroughTheProgramPiped() throws {
        let state = try Support.temporaryFolder()
        let environment = ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path]
        let (status, output) = try Support.run(["play", "march-1917", "--at", "one-period", "--role", "soldier", "--lang", "en", "--seed", "1", "--name", "Asha"],
                                               input: "journal\n1\nsave period\nquit\n", environment: environment, in: state)
        #expect(status == 0, "\(output)")
        #expect(output.contains("== 26 February (Old Style) / 11 March 1917 (New Style), 18:00 — the Volynsky\n   barracks =="), "\(output)")
        #expect(output.contains("This afternoon your training detachment"))
        #expect(output.contains("* In the evening the 4th Company of the Pavlovsky regiment"), "the event at the entry's moment is told")
        #expect(!output.contains("International Women's Day"), "the events before the entry are not told")
        #expect(output.contains("22 February (Old Style) / 7 March 1917 (New Style), 20:00: Lockout at the\nPutilov works."), "\(output)")
        #expect(output.contains("You chose: 1. Say aloud what everyone is thinking"))
        let save = try String(contentsOf: state.appendingPathComponent("petrograd/saves/march-1917/Asha/period.json"), encoding: .utf8)
        #expect(save.contains("\"entry\" : \"one-period\""), "\(save)")
        let (loaded, again) = try Support.run(["play", "march-1917", "--load", "period", "--lang", "en", "--name", "Asha"],
                                              input: "1\n1\n1\n1\nquit\n", environment: environment, in: state)
        #expect(loaded == 0, "\(again)")
        #expect(again.contains("Near midnight Semyon whispers"), "\(again)")
        #expect(again.contains("== The end =="), "\(again)")
    }

    @Test func anUnknownEntryOrSceneIsNamedWithTheEntriesAmongTheSuggestions() throws {
        let state = try Support.temporaryFolder()
        let (status, output) = try Support.run(["play", "march-1917", "--at", "one-perod", "--role", "worker", "--lang", "en"],
                                               input: "", environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path], in: state)
        #expect(status == 1)
        #expect(output.contains("error: there is no entry point or scene 'one-perod'; did you mean 'one-period'?"), "\(output)")
    }
}
