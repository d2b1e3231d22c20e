import Foundation
@testable import PetrogradCore
import Testing

/// Entry points (`entry ID`, format 2): a later start for a game in one period, with the world as it
/// stood; the events before it count as history, with their journal lines.
@Suite struct EntryPointTests {
    static let story = """
        format 2

        scenario sample
          en: A sample
          hi: एक नमूना
          languages en hi
          dates 22 Feb to 28 Feb

        role worker
          en: Worker
          hi: मज़दूर
          start early

        role soldier
          en: Soldier
          hi: सैनिक
          start early

        world number strike 0 to 100 = 20
        world flag prorogued

        event lockout
          on 22 Feb, 20:00
          en: The works lock their gates.
          hi: कारख़ाने के फाटक बंद।
          add 10 to strike
          journal
            en: Lockout at the works.
            hi: कारख़ाने में तालाबंदी।

        event shootings
          between 26 Feb, noon and 26 Feb, 16:00
          en: Soldiers fire on the crowds.
          hi: सैनिक भीड़ पर गोली चलाते हैं।
          subtract 15 from strike
          if strike >= 30
            journal
              en: Shots on Znamenskaya Square; the strike was {strike}.
              hi: ज़्नामेन्स्काया चौक पर गोलियाँ; हड़ताल {strike} थी।
          else
            journal
              en: A quiet Sunday.
              hi: एक शांत रविवार।
          end

        event prorogation
          on 26 Feb, 23:00
          en: The Duma is prorogued.
          hi: ड्यूमा का सत्रावसान।
          set prorogued
          journal
            en: The Duma is prorogued.
            hi: ड्यूमा का सत्रावसान।

        scene early
          en: The first day.
          hi: पहला दिन।
          on 22 Feb, morning
          choice wait
            en: Wait.
            hi: रुको।
            go home

        scene w-late
          for worker
          en: Evening on the Vyborg side; the strike stands at {strike}.
          hi: वीबोर्ग में शाम; हड़ताल {strike} पर है।
          on 26 Feb, evening
          choice go-out
            en: Go out.
            hi: बाहर जाओ।
            add 5 to strike
            go late-night
          choice stay
            en: Stay in.
            hi: घर पर रहो।
            go home

        scene s-late
          for soldier
          en: Dawn in the barracks.
          hi: बैरक में भोर।
          on 27 Feb, dawn
          choice refuse
            en: Refuse.
            hi: मना करो।
            go home

        scene late-night
          for worker
          en: Night.
          hi: रात।
          on 26 Feb, night
          choice sleep
            en: Sleep.
            hi: सो जाओ।
            go home

        ending home
          en: Home.
          hi: घर।

        entry one-period
          en: One period: 26–27 February
          hi: एक पीरियड: 26–27 फ़रवरी
          on 26 Feb, evening
          start worker at w-late
          start soldier at s-late
          set strike to 85
        """

    static func moment(_ day: Int, _ minuteOfDay: Int) -> Moment {
        Moment(CalendarDate(year: 1917, month: 2, day: day), calendar: .old, minuteOfDay: minuteOfDay)!
    }

    @Test func anEntryIsReadWithItsTitleMomentStartsAndWorld() throws {
        let scenario = try checkedScenario(Self.story)
        #expect(scenario.entries.count == 1)
        let entry = try #require(scenario.entries.first)
        #expect(entry.id == "one-period")
        #expect(scenario.entryIndex("one-period") == 0)
        #expect(TextRendering.text(entry.title, language: "hi").text == "एक पीरियड: 26–27 फ़रवरी")
        #expect(TextRendering.text(entry.title, language: "en").text == "One period: 26–27 February")
        #expect(entry.moment == Self.moment(26, 18 * 60))
        #expect(entry.starts.map { scenario.scenes[$0].id } == ["w-late", "s-late"])
        #expect(entry.effects == [.set(VariableReference(scope: .world, index: 0), .constant(85))])
        let warnings = compile(Self.story).diagnostics.map { "\($0.location.line):\($0.text)" }
        #expect(!warnings.contains { $0.contains("reach") }, "scenes reached only from the entry are not unreachable: \(warnings)")
    }

    @Test func aGameAtAnEntryStartsAtItsMomentWithTheWorldAsItStood() throws {
        let scenario = try checkedScenario(Self.story)
        let (game, _) = try success(Game.start(scenario, roles: [0, 1], seed: 3, setup: Simulation.Setup(entry: 0)))
        #expect(game.state.world.clock == Self.moment(26, 18 * 60))
        #expect(game.state.players.map(\.position) == [.scene(scenario.sceneIndex("w-late")!), .scene(scenario.sceneIndex("s-late")!)])
        #expect(game.state.players[1].time == Self.moment(27, 6 * 60), "a start scene dated later keeps its own date")
        #expect(game.state.world.values[0] == 85, "the entry's world, untouched by the lockout's +10")
        #expect(game.state.world.values[1] == 0, "the prorogation is still to come")
        let status = { (id: String) in game.state.world.events[scenario.events.firstIndex { $0.id == id }!] }
        #expect(status("lockout") == .fired)
        #expect(status("shootings") == .fired)
        #expect(status("prorogation") == .pending)
        #expect(game.worldEvents.map { scenario.events[$0.event].id } == ["lockout", "shootings"])
        #expect(game.worldEvents.allSatisfy { $0.wentAsHistory })
        #expect(game.worldEvents.map(\.happened) == [Self.moment(22, 20 * 60), Self.moment(26, 12 * 60)])
    }

    @Test func theEventsBeforeAnEntryWriteTheirJournalLinesWithTheirOwnDates() throws {
        let scenario = try checkedScenario(Self.story)
        let (game, opening) = try success(Game.start(scenario, roles: [0], seed: 3, setup: Simulation.Setup(entry: 0)))
        let lines = game.journal.map { entry in
            (entry.moment, TextRendering.render(entry.text.template(in: "en")!, scenario: scenario, state: game.state, player: nil,
                                                language: "en", formatDate: { _ in "" }))
        }
        #expect(lines.map(\.0) == [Self.moment(22, 20 * 60), Self.moment(26, 12 * 60)])
        #expect(lines.map(\.1) == ["Lockout at the works.", "Shots on Znamenskaya Square; the strike was 85."])
        #expect(game.journal.allSatisfy { $0.player == nil && $0.heard == nil })
        // Decided as in history: no text is told of them.
        #expect(!opening.contains { if case .worldEvent = $0 { true } else { false } })
    }

    @Test func theComparisonWithHistoryGivesNoReasonForTheEventsBeforeTheEntry() throws {
        let scenario = try checkedScenario(Self.story)
        // The soldier starts at dawn on 27 Feb: the prorogation (26 Feb, 23:00) is decided in play, as the clock passes it.
        let (game, _) = try success(Game.start(scenario, roles: [1], seed: 3, setup: Simulation.Setup(entry: 0)))
        let comparison = HistoryComparison(game: game)
        let shootings = try #require(comparison.entries.first { $0.id == "shootings" })
        #expect(shootings.outcome == .fired)
        #expect(shootings.condition == nil && shootings.world == nil, "history, not the entry's values, decided it")
        let prorogation = try #require(comparison.entries.first { $0.id == "prorogation" })
        #expect(prorogation.outcome == .fired)
        #expect(prorogation.world != nil, "decided in play, with the city's values")
    }

    @Test func theValuesChosenWithSetWinOverTheEntrysWorld() throws {
        let scenario = try checkedScenario(Self.story)
        let setup = Simulation.Setup(values: [(VariableReference(scope: .world, index: 0), 40)], entry: 0)
        let (game, _) = try success(Game.start(scenario, roles: [0], seed: 3, setup: setup))
        #expect(game.state.world.values[0] == 40)
    }

    @Test func aGameAtAnEntryIsTheSameEachTimeAndPlaysOnToItsEnding() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 3, setup: Simulation.Setup(entry: 0)))
        _ = try success(game.perform(.choose(player: 1, choice: "go-out")))
        #expect(game.state.world.values[0] == 90)
        // The prorogation, at 23:00, comes after the night scene (21:00) and before the ending.
        _ = try success(game.perform(.choose(player: 1, choice: "sleep")))
        #expect(game.state.players[0].position == .ending(0))
        let again = try success(Game.replay(scenario, roles: [0], seed: 3, log: game.log, setup: Simulation.Setup(entry: 0)))
        #expect(again.state == game.state)
        #expect(again.journal == game.journal)
    }

    @Test func aSaveRecordsTheEntryAndLoadingAndReloadingKeepIt() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 3, setup: Simulation.Setup(entry: 0)))
        _ = try success(game.perform(.choose(player: 1, choice: "go-out")))
        let document = SaveDocument(game: game, program: "test")
        #expect(document.entry == "one-period")
        let decoded = try success(SaveDocument.decode(document.encoded()))
        let restored = try success(decoded.restore(in: scenario)).game
        #expect(restored.state == game.state)
        #expect(restored.setup.entry == 0)
        #expect(SaveDocument(game: restored, program: "test").encoded() == document.encoded(), "the same bytes again")
        let reloaded = try success(restored.replayed(on: scenario))
        #expect(reloaded.state == game.state, "reload replays the log from the entry, not from the roles' starts")
        let plain = SaveDocument(game: try success(Game.start(scenario, roles: [0], seed: 3)).0, program: "test")
        #expect(plain.entry == nil)
        #expect(!String(decoding: plain.encoded(), as: UTF8.self).contains("\"entry\""), "saves without an entry are as before")
    }

    @Test func aSaveOfAnEntryTheScenarioNoLongerHasIsRefusedClearly() throws {
        let scenario = try checkedScenario(Self.story)
        let (game, _) = try success(Game.start(scenario, roles: [0], seed: 3, setup: Simulation.Setup(entry: 0)))
        var document = SaveDocument(game: game, program: "test")
        document.entry = "two-periods"
        let problem = try failure(document.restore(in: scenario))
        #expect(problem.description == "it started at the entry 'two-periods', which the scenario no longer has")
    }

    @Test func explorationFromAnEntryStartsThere() throws {
        let scenario = try checkedScenario(Self.story)
        let report = Explorer(scenario: scenario, setup: Simulation.Setup(entry: 0)).exhaustive(role: 0)
        #expect(report.findings.isEmpty)
        #expect(!report.scenesReached.contains(scenario.sceneIndex("early")!))
        #expect(report.scenesReached.contains(scenario.sceneIndex("late-night")!))
        #expect(report.endings[0] > 0)
    }

    @Test func aPlaytestStartsAtItsEntry() throws {
        let scenario = try checkedScenario(Self.story)
        let (playtest, problems) = Playtest.parse("players worker\nseed 3\nat one-period\np1 choose go-out\nexpect world strike = 90\np1 choose sleep\nexpect p1 ending home\n")
        #expect(problems.isEmpty)
        #expect(playtest.entry?.text == "one-period")
        #expect(playtest.entry?.line == 3)
        let report = PlaytestRunner.run(playtest, in: scenario)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.actions == 2)
        let (misspelt, _) = Playtest.parse("players worker\nat one-perod\n")
        let failures = PlaytestRunner.run(misspelt, in: scenario).failures
        #expect(failures.map(\.description) == ["line 2, column 4: there is no entry point 'one-perod'; did you mean 'one-period'? (entry points: one-period)"])
        let (twice, twiceProblems) = Playtest.parse("players worker\nat one-period\nat one-period\n")
        #expect(twice.entry?.line == 2)
        #expect(twiceProblems.map(\.description) == ["line 3, column 1: the entry point is already named on line 2; a playtest starts once"])
    }

    // MARK: The checker

    /// The story with its entry block replaced by `entry`, and the errors of compiling it, as `line:column: text`.
    static func problems(_ entry: String, severity: Severity = .error) -> [String] {
        let text = story.components(separatedBy: "\nentry one-period")[0] + "\n" + entry
        return compile(text).diagnostics.filter { $0.severity == severity }.map { "\($0.location.line):\($0.location.column): \($0.text)" }
    }

    /// The line of the story's text where the entry block begins (the replacement's first line).
    static let entryLine = story.components(separatedBy: "\nentry one-period")[0].split(separator: "\n", omittingEmptySubsequences: false).count + 1

    @Test func anUnknownRoleOrSceneIsReportedWhereItIsWritten() {
        let found = Self.problems("""
            entry one-period
              en: One period
              hi: एक पीरियड
              on 26 Feb, evening
              start worker at w-lat
              start sailor at s-late
            """)
        let line = Self.entryLine
        #expect(found.contains("\(line + 4):19: there is no scene called 'w-lat'; did you mean 'w-late'?"))
        #expect(found.contains { $0.hasPrefix("\(line + 5):9: there is no role called 'sailor'") })
        #expect(found.contains("\(line):7: role 'soldier' cannot start at entry 'one-period': it has no start there; add 'start soldier at SCENE'"))
        #expect(!found.contains { $0.contains("role 'worker' cannot start") }, "the worker's start line is there, misspelt: \(found)")
    }

    @Test func aRoleWithoutAStartIsNamed() {
        let found = Self.problems("""
            entry one-period
              en: One period
              hi: एक पीरियड
              on 26 Feb, evening
              start worker at w-late
            """)
        #expect(found == ["\(Self.entryLine):7: role 'soldier' cannot start at entry 'one-period': it has no start there; add 'start soldier at SCENE'"])
    }

    @Test func aStartSceneDatedBeforeTheEntryIsAnError() {
        let found = Self.problems("""
            entry one-period
              en: One period
              hi: एक पीरियड
              on 26 Feb, evening
              start worker at early
              start soldier at s-late
            """)
        #expect(found == ["\(Self.entryLine + 4):19: scene 'early' is dated 22 Feb 1917, 09:00, before entry 'one-period' begins (26 Feb 1917, 18:00); start the role in a scene dated at or after the entry's moment, or move the entry earlier"])
    }

    @Test func aSceneOfAnotherRoleCannotBeAStart() {
        let found = Self.problems("""
            entry one-period
              en: One period
              hi: एक पीरियड
              on 26 Feb, evening
              start worker at s-late
              start soldier at s-late
            """)
        #expect(found == ["\(Self.entryLine + 4):19: role 'worker' cannot start in scene 's-late', which is only for 'soldier'; start the role in one of its own scenes"])
    }

    @Test func anEntryIdThatIsASceneIdIsAnError() {
        let found = Self.problems("""
            entry w-late
              en: One period
              hi: एक पीरियड
              on 26 Feb, evening
              start worker at w-late
              start soldier at s-late
            """)
        #expect(found == ["\(Self.entryLine):7: 'w-late' is declared twice; each scene or entry needs its own id"])
    }

    @Test func anEntryNeedsItsMomentAndSetsOnlyTheWorld() {
        let found = Self.problems("""
            entry one-period
              en: One period
              hi: एक पीरियड
              start worker at w-late
              start soldier at s-late
              set strike to 85
              journal
            """)
        #expect(found.contains("\(Self.entryLine):7: entry 'one-period' needs its moment, the time the game starts at, as in 'on 26 Feb, evening'"))
        #expect(found.contains { $0.hasPrefix("\(Self.entryLine + 6):3: 'journal' does not belong in an entry") })
        let player = Self.problems("""
            player number courage 0 to 10
            entry one-period
              en: One period
              hi: एक पीरियड
              on 26 Feb, evening
              start worker at w-late
              start soldier at s-late
              set courage to 5
            """)
        #expect(player == ["\(Self.entryLine + 7):7: an entry sets the world as it stood, but 'courage' belongs to each player; set world variables only"])
    }

    @Test func aMissingLanguageInTheTitleIsAWarning() {
        let text = """
            entry one-period
              en: One period
              on 26 Feb, evening
              start worker at w-late
              start soldier at s-late
            """
        #expect(Self.problems(text).isEmpty)
        #expect(Self.problems(text, severity: .warning).contains("\(Self.entryLine):1: The title of entry 'one-period' has no 'hi' text; add a line 'hi: …'"))
    }

    @Test func anEntryIsNewInFormatTwo() {
        let compilation = compile("""
            format 1
            scenario s
              en: S
              languages en
            role r
              en: R
              start a
            scene a
              en: A.
              choice x
                en: X.
                go done
            ending done
              en: Done.
            entry e
              en: E
            """)
        let messages = compilation.diagnostics.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column): \($0.text)" }
        #expect(messages == ["15:1: 'entry' is new in format 2; make the file's first line 'format 2' to use it"])
    }
}
