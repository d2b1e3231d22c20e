import PetrogradCore
import Testing

/// Two players in one world: the clock belongs to the world and stands at the earliest active player's
/// time; a player ahead of it waits.
struct MultiplayerTests {
    /// A worker who starts on 23 Feb in the morning and can march to 25 Feb, and a soldier who starts on
    /// 23 Feb in the evening and can mutiny into 26 Feb. Two events lie between, declared out of date order.
    static let text = """
        format 1
        scenario together
          en: Together
          languages en
          dates 23 Feb to 28 Feb

        world number strike 0 to 100 = 20

        role worker
          en: Worker
          start mill

        role soldier
          en: Soldier
          start barracks

        scene mill
          for worker
          on 23 Feb, morning
          en: The mill.
          choice march
            en: March.
            go square
          choice rest
            en: Rest.
            go home

        scene square
          for worker
          on 25 Feb, morning
          en: The square.
          choice rest
            en: Rest.
            go home

        scene barracks
          for soldier
          on 23 Feb, evening
          en: The barracks.
          choice mutiny
            en: Mutiny.
            go bridge
          choice desert
            en: Desert.
            go home

        scene bridge
          for soldier
          on 26 Feb, morning
          en: The bridge.
          choice rest
            en: Rest.
            go home

        ending home
          en: Home.

        event later
          on 25 Feb
          en: The strike spreads.
          add 10 to strike

        event sooner
          on 24 Feb
          en: The first rumours.
          set strike to 30
        """

    static func start() throws -> Game {
        let scenario = try checkedScenario(text)
        return try success(Game.start(scenario, roles: [0, 1], seed: 7)).0
    }

    static func eventIDs(_ events: [GameEvent], _ scenario: Scenario) -> [String] {
        events.compactMap { event in
            guard case .worldEvent(let index, _) = event else { return nil }
            return scenario.events[index].id
        }
    }

    @Test func theWorldClockIsTheEarliestActivePlayersTime() throws {
        var game = try Self.start()
        #expect(game.state.players.map(\.time) == [oldStyle(23, 2, 9), oldStyle(23, 2, 18)])
        #expect(game.state.world.clock == oldStyle(23, 2, 9))

        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        #expect(game.state.players[0].time == oldStyle(25, 2, 9))
        #expect(game.state.world.clock == oldStyle(23, 2, 18), "the soldier is now the earliest")
    }

    @Test func aPlayerAheadOfTheClockIsToldToWait() throws {
        var game = try Self.start()
        let before = game.state
        #expect(try failure(game.perform(.choose(player: 2, choice: "mutiny"))) == .waiting(player: 2, until: oldStyle(23, 2, 18)))
        #expect(game.state == before)
        #expect(game.log.isEmpty)

        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        #expect(try failure(game.perform(.choose(player: 1, choice: "rest"))) == .waiting(player: 1, until: oldStyle(25, 2, 9)))
        #expect(game.state.world.events == [.pending, .pending], "nothing is due before 23 Feb, evening")
    }

    @Test func whenTheSlowerPlayerCatchesUpTheEventsBetweenFireInDateOrder() throws {
        var game = try Self.start()
        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        let events = try success(game.perform(.choose(player: 2, choice: "mutiny")))
        #expect(game.state.world.clock == oldStyle(25, 2, 9))
        #expect(Self.eventIDs(events, game.scenario) == ["sooner", "later"])
        #expect(game.state.world.events == [.fired, .fired])
        #expect(game.state.world.values == [40], "set to 30 on 24 Feb, then 10 more on 25 Feb")
    }

    @Test func aFinishedPlayerNoLongerHoldsTheClockBack() throws {
        var game = try Self.start()
        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        let events = try success(game.perform(.choose(player: 2, choice: "desert")))
        #expect(game.state.players[1].position == .ending(try #require(game.scenario.endingIndex("home"))))
        #expect(game.state.world.clock == oldStyle(25, 2, 9), "only the worker is still playing")
        #expect(Self.eventIDs(events, game.scenario) == ["sooner", "later"])
        _ = try success(game.perform(.choose(player: 1, choice: "rest")))
        #expect(game.state.players.allSatisfy { !$0.isActive })
    }

    @Test func theFirstPlayerFinishingLetsTheClockJumpToTheOther() throws {
        var game = try Self.start()
        _ = try success(game.perform(.choose(player: 1, choice: "rest")))
        #expect(game.state.world.clock == oldStyle(23, 2, 18))
        _ = try success(game.perform(.choose(player: 2, choice: "mutiny")))
        #expect(game.state.world.clock == oldStyle(26, 2, 9))
        #expect(game.state.world.events == [.fired, .fired])
    }

    @Test func theActionsOfBothPlayersAreLoggedInTheOrderTaken() throws {
        var game = try Self.start()
        let actions: [Action] = [.choose(player: 1, choice: "march"), .choose(player: 2, choice: "mutiny"),
                                 .choose(player: 1, choice: "rest"), .choose(player: 2, choice: "rest")]
        for action in actions { _ = try success(game.perform(action)) }
        #expect(game.log == actions)
        #expect(game.log.map(\.description) == ["p1 choose march", "p2 choose mutiny", "p1 choose rest", "p2 choose rest"])
        #expect(game.log.map(\.description).compactMap(Action.init(logLine:)) == actions)

        let replayed = try success(Game.replay(game.scenario, roles: [0, 1], seed: 7, log: game.log))
        #expect(replayed.state == game.state)
    }

    @Test func aReplayThatBreaksTheWaitingRuleSaysWhichStepFailed() throws {
        let scenario = try checkedScenario(Self.text)
        let log: [Action] = [.choose(player: 1, choice: "march"), .choose(player: 1, choice: "rest")]
        let error = try failure(Game.replay(scenario, roles: [0, 1], seed: 7, log: log))
        #expect(error.step == 2)
        #expect(error.refusal == .waiting(player: 1, until: oldStyle(25, 2, 9)))
    }
}
