import Foundation
import PetrogradCore
import Testing

/// The state machine with one player: choices, chance, limits, passing scenes, runtime errors and
/// world events.
struct SimulationTests {
    /// The scenario header shared by the inline scenarios: one language, 23–28 Feb 1917 (Old Style).
    static let header = """
        format 1
        scenario simulation
          en: Simulation
          languages en
          dates 23 Feb to 28 Feb

        """

    /// Choices of every kind, starting in a scene that passes straight on.
    static let choices = header + """
        world number strike 0 to 100 = 95
        player number courage 0 to 10 = 5
        player flag crossed

        role worker
          en: Worker
          start hall

        scene hall
          on 23 Feb, morning
          en: The hall.
          go gate

        scene gate
          on 23 Feb, morning
          en: The gate.
          choice ice
            en: Cross the ice.
            chance 50
              go far
            otherwise
              go near
          choice gamble
            en: Gamble.
            go near
            chance 30
              go far
          choice push
            en: Push.
            add 10 to strike
          choice shout
            en: Shout.
            once
            subtract 20 from courage
          choice cross
            en: Cross.
            set crossed
          choice secret
            en: The secret way.
            only if crossed
            go far
          choice locked-door
            en: The locked door.
            only if courage > 8
            show locked
            go far

        ending far
          en: Far.

        ending near
          en: Near.
        """

    static func start(_ text: String, roles: [Int] = [0], seed: UInt64 = 1) throws -> Game {
        let scenario = try checkedScenario(text)
        return try success(Game.start(scenario, roles: roles, seed: seed)).0
    }

    static func choiceIDs(_ game: Game, player: Int = 0) -> [String] {
        game.simulation.options(for: player, in: game.state).map { game.scenario.choices[$0.choice].id }
    }

    // MARK: Determinism and chance

    @Test func theSameSeedAndActionsGiveTheSameStateAndTheSameSave() throws {
        let actions: [Action] = [.choose(player: 1, choice: "push"), .choose(player: 1, choice: "shout"),
                                 .choose(player: 1, choice: "cross"), .choose(player: 1, choice: "ice")]
        func play() throws -> (Game, [[GameEvent]]) {
            var game = try Self.start(Self.choices, seed: 1917)
            var events: [[GameEvent]] = []
            for action in actions { events.append(try success(game.perform(action))) }
            return (game, events)
        }
        let (first, firstEvents) = try play()
        let (second, secondEvents) = try play()
        #expect(first.state == second.state)
        #expect(firstEvents == secondEvents)
        #expect(first.log == actions)
        #expect(SaveDocument(game: first, program: "test").encoded() == SaveDocument(game: second, program: "test").encoded())

        let replayed = try success(Game.replay(first.scenario, roles: [0], seed: 1917, log: actions))
        #expect(replayed.state == first.state)
    }

    @Test func differentSeedsGiveDifferentChanceOutcomes() throws {
        let scenario = try checkedScenario(Self.choices)
        var endings = Set<String>()
        var rolls = Set<Int>()
        for seed in UInt64(0)..<64 {
            var game = try success(Game.start(scenario, roles: [0], seed: seed)).0
            let events = try success(game.perform(.choose(player: 1, choice: "ice")))
            for case .rolled(_, let value) in events { rolls.insert(value) }
            guard case .ending(let ending) = game.state.players[0].position else {
                Issue.record("seed \(seed) did not reach an ending")
                continue
            }
            endings.insert(scenario.endings[ending].id)
            #expect(game.state.random.draws == 1)
        }
        #expect(endings == ["far", "near"])
        #expect(rolls.count > 10)
        #expect(rolls.allSatisfy { (0..<100).contains($0) })
    }

    @Test("A forced outcome is followed instead of rolling", arguments: [
        ("ice", 0, "far"), ("ice", 1, "near"), ("gamble", 0, "far"),
    ])
    func aForcedOutcomeIsFollowed(choice: String, outcome: Int, ending: String) throws {
        let game = try Self.start(Self.choices)
        let transition = try success(game.simulation.apply(.choose(player: 1, choice: choice), to: game.state, outcome: outcome))
        #expect(transition.state.players[0].position == .ending(try #require(game.scenario.endingIndex(ending))))
        #expect(transition.state.random.draws == game.state.random.draws, "a forced outcome draws nothing")
        #expect(!transition.events.contains { if case .rolled = $0 { true } else { false } })
        let gate = try #require(game.scenario.sceneIndex("gate"))
        let choiceIndex = try #require(game.scenario.choiceIndex(choice, inScene: gate))
        #expect(transition.events.contains(.outcome(player: 0, choice: choiceIndex, outcome: outcome)))
    }

    @Test func theForcedRemainderOfAChanceStaysOrFollowsTheChoicesOwnGo() throws {
        let game = try Self.start(Self.choices)
        let gate = try #require(game.scenario.sceneIndex("gate"))
        // `ice`: 50 and otherwise leave no remainder, and the choice has no `go` of its own.
        let ice = try success(game.simulation.apply(.choose(player: 1, choice: "ice"), to: game.state, outcome: 2))
        #expect(ice.state.players[0].position == .scene(gate))
        // `gamble`: chance 30, and the other 70 follow its own `go near`.
        let gamble = try success(game.simulation.apply(.choose(player: 1, choice: "gamble"), to: game.state, outcome: 1))
        #expect(gamble.state.players[0].position == .ending(try #require(game.scenario.endingIndex("near"))))
    }

    // MARK: Variables

    /// A variable change as a test reads it: the variable's id, the player (nil: the world), and the values.
    struct Change: Hashable {
        var variable: String
        var player: Int?
        var from: Int
        var to: Int
        var limited: Bool
    }

    static func changes(_ events: [GameEvent], _ scenario: Scenario) -> [Change] {
        events.compactMap { event in
            guard case .variableChanged(let player, let reference, let from, let to, let limited) = event else { return nil }
            return Change(variable: scenario.variable(reference).id, player: player, from: from, to: to, limited: limited)
        }
    }

    @Test func numbersStopAtTheirLimitsAndSaySo() throws {
        var game = try Self.start(Self.choices)
        let first = try success(game.perform(.choose(player: 1, choice: "push")))
        #expect(Self.changes(first, game.scenario) == [Change(variable: "strike", player: nil, from: 95, to: 100, limited: true)])
        let second = try success(game.perform(.choose(player: 1, choice: "push")))
        #expect(Self.changes(second, game.scenario) == [Change(variable: "strike", player: nil, from: 100, to: 100, limited: true)])
        #expect(game.state.world.values == [100])

        let shout = try success(game.perform(.choose(player: 1, choice: "shout")))
        #expect(Self.changes(shout, game.scenario) == [Change(variable: "courage", player: 0, from: 5, to: 0, limited: true)])
        #expect(game.state.players[0].values == [0, 0])
    }

    @Test func aFlagIsSetWithoutALimit() throws {
        var game = try Self.start(Self.choices)
        let events = try success(game.perform(.choose(player: 1, choice: "cross")))
        #expect(Self.changes(events, game.scenario) == [Change(variable: "crossed", player: 0, from: 0, to: 1, limited: false)])
        #expect(game.state.players[0].values == [5, 1])
    }

    // MARK: Which choices are offered

    @Test func aOnceChoiceCannotBeTakenAgain() throws {
        var game = try Self.start(Self.choices)
        #expect(Self.choiceIDs(game).contains("shout"))
        _ = try success(game.perform(.choose(player: 1, choice: "shout")))
        #expect(!Self.choiceIDs(game).contains("shout"))
        let before = game.state
        #expect(try failure(game.perform(.choose(player: 1, choice: "shout"))) == .alreadyTaken("shout"))
        #expect(game.state == before)
        #expect(game.log.count == 1)
    }

    @Test func aFalseGuardHidesItsChoice() throws {
        var game = try Self.start(Self.choices)
        #expect(!Self.choiceIDs(game).contains("secret"))
        #expect(try failure(game.perform(.choose(player: 1, choice: "secret"))) == .unavailable("secret"))
        _ = try success(game.perform(.choose(player: 1, choice: "cross")))
        #expect(Self.choiceIDs(game).contains("secret"))
        _ = try success(game.perform(.choose(player: 1, choice: "secret")))
        #expect(game.state.players[0].position == .ending(try #require(game.scenario.endingIndex("far"))))
    }

    @Test func aShowLockedChoiceIsListedAsUnavailable() throws {
        var game = try Self.start(Self.choices)
        let options = game.simulation.options(for: 0, in: game.state)
        let locked = try #require(options.first { game.scenario.choices[$0.choice].id == "locked-door" })
        #expect(!locked.isAvailable)
        #expect(options.filter { !$0.isAvailable }.count == 1)
        #expect(Self.choiceIDs(game) == ["ice", "gamble", "push", "shout", "cross", "locked-door"])
        #expect(try failure(game.perform(.choose(player: 1, choice: "locked-door"))) == .unavailable("locked-door"))
    }

    @Test func actionsThatNameNothingAreRefused() throws {
        var game = try Self.start(Self.choices)
        #expect(try failure(game.perform(.choose(player: 1, choice: "fly"))) == .noSuchChoice("fly"))
        #expect(try failure(game.perform(.choose(player: 2, choice: "ice"))) == .noSuchPlayer(2))
        _ = try success(game.perform(.choose(player: 1, choice: "ice")))
        #expect(try failure(game.perform(.choose(player: 1, choice: "push"))) == .finished(player: 1))
        #expect(game.simulation.options(for: 0, in: game.state).isEmpty)
    }

    @Test func beforeADayAndAfterThePreviousDayAreExactOpposites() throws {
        let text = Self.header + """
            role worker
              en: Worker
              start gate

            scene gate
              on 26 Feb, evening
              en: The gate.
              choice early
                en: Before 27 Feb.
                only if before 27 Feb
              choice late
                en: After 26 Feb.
                only if after 26 Feb
              choice evening
                en: After 26 Feb, evening.
                only if after 26 Feb, evening
              choice almost-midnight
                en: Wait until 23:59.
                once
                advance 359 minutes
              choice midnight
                en: Wait a minute.
                once
                advance 1 minutes
              choice leave
                en: Leave.
                go out

            ending out
              en: Out.
            """
        var game = try Self.start(text)
        func guarded() -> [String] { Self.choiceIDs(game).filter { ["early", "late", "evening"].contains($0) } }
        #expect(game.state.players[0].time == oldStyle(26, 2, 18))
        #expect(guarded() == ["early", "evening"])
        _ = try success(game.perform(.choose(player: 1, choice: "almost-midnight")))
        #expect(game.state.players[0].time == oldStyle(26, 2, 23, 59))
        #expect(guarded() == ["early", "evening"])
        _ = try success(game.perform(.choose(player: 1, choice: "midnight")))
        #expect(game.state.players[0].time == oldStyle(27, 2))
        #expect(guarded() == ["late", "evening"])
    }

    // MARK: Scenes that lead on by themselves

    @Test func aSceneWithOnlyGoPassesStraightThrough() throws {
        let scenario = try checkedScenario(Self.choices)
        let (game, events) = try success(Game.start(scenario, roles: [0], seed: 1))
        let hall = try #require(scenario.sceneIndex("hall")), gate = try #require(scenario.sceneIndex("gate"))
        #expect(game.state.players[0].position == .scene(gate))
        #expect(game.state.players[0].visited.members == [hall, gate])
        #expect(events == [.sceneEntered(player: 0, scene: hall), .sceneEntered(player: 0, scene: gate)])
    }

    /// Two scenes that pass the player to each other: each has a choice, closed, so the checker (which
    /// rejects circles of scenes without choices) lets it through and the engine must stop it.
    static let loop = header + """
        world number strike 0 to 100 = 20

        role worker
          en: Worker
          start gate

        scene gate
          en: The gate.
          choice maze
            en: Into the maze.
            go left
          choice leave
            en: Leave.
            go out
          # Without it the maze's ways out could never open, and the checker would report a trap.
          choice push
            en: Push.
            add 40 to strike

        scene left
          en: Left.
          go right
          choice rest
            en: Rest.
            only if strike > 50
            go out

        scene right
          en: Right.
          go left
          choice rest
            en: Rest.
            only if strike > 50
            go out

        ending out
          en: Out.
        """

    @Test(.timeLimit(.minutes(1)))
    func aCircleOfPassingScenesIsARuntimeErrorNotAHang() throws {
        var game = try Self.start(Self.loop)
        let before = game.state
        let refusal = try failure(game.perform(.choose(player: 1, choice: "maze")))
        guard case .runtime(let error) = refusal, case .endlessLoop(let scenes) = error.kind else {
            Issue.record("expected an endless loop, got \(refusal)")
            return
        }
        #expect(Set(scenes).isSuperset(of: ["left", "right"]))
        #expect(Set(scenes).isSubset(of: ["left", "right"]))
        #expect(error.location?.file == "test.story")
        #expect(game.state == before, "a refused step changes nothing")
        #expect(game.log.isEmpty)
    }

    @Test(.timeLimit(.minutes(1)))
    func startingInACircleOfPassingScenesIsARuntimeError() throws {
        let scenario = try checkedScenario(Self.loop.replacingOccurrences(of: "start gate", with: "start left"))
        let error = try failure(Game.start(scenario, roles: [0], seed: 1))
        guard case .endlessLoop = error.kind else {
            Issue.record("expected an endless loop, got \(error)")
            return
        }
    }

    @Test func divisionByZeroAtRuntimeIsAnErrorAtTheDivision() throws {
        let text = Self.header + """
            world number strike 0 to 100 = 20
            world number zero 0 to 10 = 0

            role worker
              en: Worker
              start gate

            scene gate
              en: The gate.
              choice divide
                en: Divide.
                set strike to 100 / zero
              choice leave
                en: Leave.
                go out

            ending out
              en: Out.
            """
        var game = try Self.start(text)
        let refusal = try failure(game.perform(.choose(player: 1, choice: "divide")))
        guard case .runtime(let error) = refusal else {
            Issue.record("expected a runtime error, got \(refusal)")
            return
        }
        #expect(error.kind == .divisionByZero)
        #expect(error.location == SourceLocation(file: "test.story", line: 17, column: 23), "the '/' of 'set strike to 100 / zero'")
        #expect(game.state.world.values == [20, 0])
    }

    // MARK: World events

    /// One worker at a gate on 23 Feb (morning) who can stir the strike or let time pass, and the events.
    static func worldWith(events: String) -> String {
        header + """
            world number strike 0 to 100 = 20

            role worker
              en: Worker
              start gate

            scene gate
              on 23 Feb, morning
              en: The gate. The strike stands at {strike}.
              choice agitate
                en: Agitate.
                add 30 to strike
                journal
                  en: I agitated.
              choice wait
                en: Wait a day.
                advance 1 days
              choice leave
                en: Leave.
                go out

            scene square
              en: The square.
              choice leave
                en: Leave.
                go out

            ending out
              en: Out.

            \(events)
            """
    }

    static func eventIDs(_ events: [GameEvent], _ scenario: Scenario) -> [String] {
        events.compactMap { event in
            guard case .worldEvent(let index, let otherwise) = event else { return nil }
            return scenario.events[index].id + (otherwise ? " otherwise" : "")
        }
    }

    static let rally = """
        event rally
          on 24 Feb
          if strike >= 50
          en: A rally on the Nevsky.
          add 5 to strike
        """

    @Test func anEventFiresWhenTheClockReachesItAndItsConditionHolds() throws {
        var game = try Self.start(Self.worldWith(events: Self.rally))
        let agitate = try success(game.perform(.choose(player: 1, choice: "agitate")))
        #expect(Self.eventIDs(agitate, game.scenario).isEmpty, "not due yet on 23 Feb")
        #expect(game.state.world.events == [.pending])

        let wait = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(Self.eventIDs(wait, game.scenario) == ["rally"])
        #expect(game.state.world.clock == oldStyle(24, 2, 9))
        #expect(game.state.world.events == [.fired])
        #expect(game.state.world.values == [55])
    }

    @Test func anEventWhoseConditionIsFalseWhenDueLapsesAndNeverFiresLater() throws {
        var game = try Self.start(Self.worldWith(events: Self.rally))
        let wait = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(Self.eventIDs(wait, game.scenario).isEmpty)
        #expect(game.state.world.events == [.lapsed])
        let agitate = try success(game.perform(.choose(player: 1, choice: "agitate")))
        #expect(Self.eventIDs(agitate, game.scenario).isEmpty)
        #expect(game.state.world.values == [50])
    }

    static let window = """
        event rally
          between 24 Feb and 26 Feb
          if strike >= 50
          en: A rally on the Nevsky.
          add 5 to strike
          otherwise
            en: The streets stay quiet.
            subtract 10 from strike
        """

    @Test func anEventInAWindowFiresWhenItsConditionComesTrueInTheWindow() throws {
        var game = try Self.start(Self.worldWith(events: Self.window))
        _ = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(game.state.world.events == [.pending], "due, but the condition is false and the window is open")
        let agitate = try success(game.perform(.choose(player: 1, choice: "agitate")))
        #expect(Self.eventIDs(agitate, game.scenario) == ["rally"])
        #expect(game.state.world.values == [55])
        for _ in 0..<3 {
            let later = try success(game.perform(.choose(player: 1, choice: "wait")))
            #expect(Self.eventIDs(later, game.scenario).isEmpty, "an event happens at most once")
        }
        #expect(game.state.world.events == [.fired])
    }

    @Test func otherwiseHappensWhenTheWindowClosesWithTheConditionFalse() throws {
        var game = try Self.start(Self.worldWith(events: Self.window))
        var seen: [String] = []
        for _ in 0..<2 { seen += Self.eventIDs(try success(game.perform(.choose(player: 1, choice: "wait"))), game.scenario) }
        #expect(seen.isEmpty, "the window is still open on 25 Feb")
        let closing = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(Self.eventIDs(closing, game.scenario) == ["rally otherwise"])
        #expect(game.state.world.events == [.otherwise])
        #expect(game.state.world.values == [10])
        let agitate = try success(game.perform(.choose(player: 1, choice: "agitate")))
        #expect(Self.eventIDs(agitate, game.scenario).isEmpty)
        #expect(game.state.world.values == [40])
    }

    /// Four unconditional events, declared out of date order.
    static let fourEvents = """
        event late
          on 25 Feb
          en: Late.

        event noon-a
          on 24 Feb, noon
          en: Noon, first declared.

        event noon-b
          on 24 Feb, noon
          en: Noon, second declared.

        event early
          on 24 Feb, dawn
          en: Early.
        """

    @Test func dueEventsFireEarliestFirstAndInDeclarationOrderAtTheSameTime() throws {
        var game = try Self.start(Self.worldWith(events: Self.fourEvents))
        let day24 = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(Self.eventIDs(day24, game.scenario) == ["early"], "24 Feb 09:00: only the dawn event is due")
        let day25 = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(Self.eventIDs(day25, game.scenario) == ["noon-a", "noon-b", "late"])

        // A player who jumps two days at once sees them all, in date order.
        let jump = Self.worldWith(events: Self.fourEvents).replacingOccurrences(of: "advance 1 days", with: "advance 2 days")
        var jumper = try Self.start(jump)
        let all = try success(jumper.perform(.choose(player: 1, choice: "wait")))
        #expect(Self.eventIDs(all, jumper.scenario) == ["early", "noon-a", "noon-b", "late"])
    }

    @Test func anEventMovesThePlayersOfARoleWhoAreStillPlaying() throws {
        let move = """
            event gathering
              on 24 Feb
              en: Everyone goes to the square.
              move worker to square
            """
        // Two players of the same role: the first leaves, the second waits for the event.
        var game = try Self.start(Self.worldWith(events: move), roles: [0, 0])
        _ = try success(game.perform(.choose(player: 1, choice: "leave")))
        let events = try success(game.perform(.choose(player: 2, choice: "wait")))
        let square = try #require(game.scenario.sceneIndex("square"))
        #expect(Self.eventIDs(events, game.scenario) == ["gathering"])
        #expect(events.contains(.sceneEntered(player: 1, scene: square)))
        #expect(game.state.players[1].position == .scene(square))
        #expect(game.state.players[0].position == .ending(try #require(game.scenario.endingIndex("out"))))
    }

    @Test func journalLinesAreRecordedWithTheirDate() throws {
        let rally = """
            event rally
              on 24 Feb, noon
              en: A rally.
              journal
                en: There was a rally on the Nevsky.
            """
        var game = try Self.start(Self.worldWith(events: rally))
        let agitate = try success(game.perform(.choose(player: 1, choice: "agitate")))
        #expect(agitate.contains { if case .journal(0, _, _) = $0 { true } else { false } })
        _ = try success(game.perform(.choose(player: 1, choice: "wait")))
        _ = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(game.journal.count == 2)
        let mine = try #require(game.journal.first)
        #expect(mine.player == 0)
        #expect(mine.moment == oldStyle(23, 2, 9))
        #expect(TextRendering.text(mine.text, language: "en").text == "I agitated.")
        let everyone = try #require(game.journal.last)
        #expect(everyone.player == nil)
        #expect(everyone.moment == oldStyle(24, 2, 12), "the event's own date")
        #expect(everyone.heard == oldStyle(25, 2, 9), "the world's clock when the players learned of it")
        #expect(mine.heard == nil, "a player's own line is written when it happens")
        #expect(TextRendering.text(everyone.text, language: "en").text == "There was a rally on the Nevsky.")
    }
}
