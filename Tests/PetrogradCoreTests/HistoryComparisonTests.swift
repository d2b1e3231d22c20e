import Testing
@testable import PetrogradCore

/// The city set beside history: each world event as in history or otherwise, with why.
@Suite struct HistoryComparisonTests {
    /// The branch tests' town, its rally replaced by the branch `alpha` while the crowd is small; the world
    /// moved to 1 Mar by hand, as there.
    static func settledTown() throws -> Game {
        let compilation = Compiler.compile([BranchTests.base], branches: [BranchTests.branch("alpha", choice: "a-choice", condition: "crowd < 20")])
        let scenario = try #require(compilation.scenario)
        guard case .success(let start) = Simulation(scenario: scenario).start(roles: [0], seed: 1) else {
            Issue.record("no start")
            throw CancellationError()
        }
        var state = start.state
        state.world.clock = try #require(Moment(CalendarDate(year: 1917, month: 3, day: 1), calendar: .old))
        var step = Step(storage: ScenarioStorage(scenario), state: state)
        try step.settle()
        let records = step.events.compactMap { event -> WorldEventRecord? in
            if case .worldEventDecided(let record) = event { record } else { nil }
        }
        return Game.restored(scenario, state: step.state, log: [], journal: [], seed: 1, roles: [0], worldEvents: records)
    }

    @Test func anEventABranchReplacedWentOtherwiseBecauseTheBranchsConditionHeld() throws {
        let game = try Self.settledTown()
        let comparison = HistoryComparison(game: game)
        let rally = try #require(comparison.entries.first)
        #expect(rally.id == "rally")
        #expect(rally.outcome == .replaced(branch: "alpha", replacement: 0))
        #expect(!rally.wentAsHistory)
        #expect(rally.world == [10], "the crowd before the branch's effects")
        #expect(comparison.finalWorld == [15])
        // The crowd has no label: the reason says so in general words, never 'crowd'.
        let reason = comparison.reason(for: rally, in: game.scenario, language: "en", formatDate: { _ in "" })
        #expect(reason == "how things stand in the city")
    }

    @Test func anEventNotYetDueIsNotReachedAndHasNoReason() throws {
        let scenario = try checkedScenario(EventDateTests.scenario(events: """
            event late
              on 27 Feb
              if strike >= 50
            """))
        let game = try success(Game.start(scenario, roles: [0], seed: 1)).0
        let comparison = HistoryComparison(game: game)
        let late = try #require(comparison.entries.first)
        #expect(late.outcome == .notReached)
        #expect(late.date == oldStyle(27, 2))
        #expect(comparison.reason(for: late, in: scenario, language: "en", formatDate: { _ in "" }) == nil)
    }

    @Test func eventsAreListedByWhenTheyHappenedWithTheValuesOfThatMoment() throws {
        let game = try EventDateTests.play("""
            event rally
              between 23 Feb, noon and 23 Feb, evening
              if strike >= 50
            event lockout
              on 23 Feb, 10:00
              add 5 to strike
            """, ["agitate", "wait"])
        let comparison = HistoryComparison(game: game)
        #expect(comparison.entries.map(\.id) == ["lockout", "rally"])
        let rally = try #require(comparison.entries.last)
        #expect(rally.wentAsHistory)
        #expect(comparison.reason(for: rally, in: game.scenario, language: "en", formatDate: { _ in "" }) == "Strike strength at least 50 (it was 55)")
        #expect(comparison.reason(for: rally, in: game.scenario, language: "hi", formatDate: { _ in "" }) == "Strike strength कम से कम 50 (तब 55)")
    }
}
