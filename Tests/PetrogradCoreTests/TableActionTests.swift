import Foundation
import PetrogradCore
import Testing

/// The table's own actions (join, leave, back, name, timeout, rewind, end): written to the log, replayed
/// the same way, and never letting an absent or late player move the world's clock backwards or hold it.
struct TableActionTests {
    /// The two-role world of `MultiplayerTests`, in format 2 with a default choice in the mill.
    static let text = MultiplayerTests.text
        .replacingOccurrences(of: "format 1", with: "format 2")
        .replacingOccurrences(of: "  choice rest\n    en: Rest.\n    go home\n\nscene square",
                              with: "  choice rest default\n    en: Rest.\n    go home\n\nscene square")

    static func scenario() throws -> Scenario { try checkedScenario(text) }

    static func role(_ id: String, _ scenario: Scenario) throws -> Int { try #require(scenario.roleIndex(id)) }

    @Test func everyTableActionReadsBackFromItsLogLine() {
        let actions: [Action] = [.join(role: "soldier"), .join(role: "soldier", name: "Ravi Kumar"), .leave(player: 3), .comeBack(player: 3),
                                 .rename(player: 2, name: "Meena Devi"), .timeOut(player: 1), .rewind(to: 12), .end,
                                 .choose(player: 1, choice: "march", outcome: 2)]
        for action in actions { #expect(Action(logLine: action.description) == action, "\(action)") }
        for nonsense in ["join", "rewind", "rewind -1", "rewind x", "end now", "p0 leave", "p1 leave now", "p1 name", "p1 timeout 3", "px back"] {
            #expect(Action(logLine: nonsense) == nil, "\(nonsense)")
        }
    }

    @Test func aGameCanStartEmptyAndPlayersJoinIt() throws {
        let scenario = try Self.scenario()
        var game = try success(Game.start(scenario, roles: [], seed: 1)).0
        #expect(game.state.players.isEmpty)
        _ = try success(game.perform(.join(role: "worker", name: "Asha")))
        _ = try success(game.perform(.join(role: "soldier")))
        #expect(game.state.players.map(\.role) == [try Self.role("worker", scenario), try Self.role("soldier", scenario)])
        #expect(game.names == ["Asha", nil])
        #expect(game.log.map(\.description) == ["join worker Asha", "join soldier"])
        #expect(try failure(game.perform(.join(role: "tsar"))) == .noSuchRole("tsar"))
    }

    @Test func aLateJoinerNeverPullsTheClockBack() throws {
        var game = try success(Game.start(try Self.scenario(), roles: [0], seed: 1)).0
        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        #expect(game.state.world.clock == oldStyle(25, 2, 9))
        let events = try success(game.perform(.join(role: "soldier")))
        #expect(game.state.world.clock == oldStyle(25, 2, 9), "the soldier's start (23 Feb, evening) is already past")
        #expect(game.state.players[1].time == oldStyle(25, 2, 9))
        #expect(events.contains(.seatChanged(player: 1)))
        #expect(game.simulation.turn(in: game.state) == 0, "both stand at the clock; the earlier seat goes first")
    }

    @Test func anAbsentSeatHoldsNoOneBackAndTakesNoTurn() throws {
        var game = try success(Game.start(try Self.scenario(), roles: [0, 1], seed: 1)).0
        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        #expect(game.simulation.turn(in: game.state) == 1)
        #expect(game.simulation.holdingBack(in: game.state) == [1])
        #expect(game.simulation.waitedFor(by: 0, in: game.state) == [1])

        _ = try success(game.perform(.leave(player: 2)))
        #expect(game.state.world.clock == oldStyle(25, 2, 9), "the soldier left, so the worker's time is the clock")
        #expect(game.state.world.events == [.fired, .fired])
        #expect(game.simulation.turn(in: game.state) == 0)
        #expect(try failure(game.perform(.choose(player: 2, choice: "mutiny"))) == .absent(player: 2))
        #expect(try failure(game.perform(.leave(player: 2))) == .seatUnchanged(player: 2))

        _ = try success(game.perform(.comeBack(player: 2)))
        #expect(game.state.players[1].time == oldStyle(25, 2, 9), "back at the clock, not behind it")
        #expect(game.state.world.clock == oldStyle(25, 2, 9))
    }

    @Test func aTimeOutTakesTheDefaultChoiceOrElseTheFirst() throws {
        var game = try success(Game.start(try Self.scenario(), roles: [0, 1], seed: 1)).0
        let events = try success(game.perform(.timeOut(player: 1)))
        let mill = try #require(game.scenario.sceneIndex("mill"))
        let rest = try #require(game.scenario.choiceIndex("rest", inScene: mill))
        #expect(events.first == .timedOut(player: 0, choice: rest))
        #expect(game.state.players[0].position == .ending(try #require(game.scenario.endingIndex("home"))))
        _ = try success(game.perform(.timeOut(player: 2)))
        #expect(game.state.players[1].position == .scene(try #require(game.scenario.sceneIndex("bridge"))),
                "the barracks has no default, so its first choice, mutiny")
        #expect(game.log.map(\.description) == ["p1 timeout", "p2 timeout"])
    }

    @Test func aSecondDefaultInASceneIsAnErrorNamingTheFirst() {
        let text = Self.text.replacingOccurrences(of: "  choice march\n", with: "  choice march default\n")
        let errors = compile(text).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.text.contains("already has a default choice, 'march'") == true)
        #expect(errors.first?.location.line == 24, "at the second default, on choice rest")
    }

    @Test func aRewindGoesBackButKeepsEverySeat() throws {
        var game = try success(Game.start(try Self.scenario(), roles: [0], seed: 1, names: ["Asha"])).0
        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        let afterMarch = game.state
        _ = try success(game.perform(.join(role: "soldier", name: "Ravi")))
        _ = try success(game.perform(.rename(player: 1, name: "Meena")))
        _ = try success(game.perform(.choose(player: 1, choice: "rest")))
        #expect(game.state.players[0].isActive == false)

        let events = try success(game.perform(.rewind(to: 1)))
        #expect(events == [.rewound(logCount: 1)])
        #expect(game.state.players[0] == afterMarch.players[0], "the worker stands in the square again")
        #expect(game.state.players.count == 2, "Ravi, who joined after, keeps his seat")
        #expect(game.names == ["Meena", "Ravi"])
        #expect(game.log.map(\.description) == ["p1 choose march", "join soldier Ravi", "p1 name Meena", "p1 choose rest", "rewind 1"])

        let replayed = try success(Game.replay(game.scenario, roles: [0], seed: 1, log: game.log, names: ["Asha"]).mapError { _ in Refusal.needsLog })
        #expect(replayed.state == game.state)
        #expect(replayed.names == game.names)
        #expect(try failure(game.perform(.rewind(to: 99))) == .noSuchLogLine(99))
    }

    @Test func theEndTakesEverySeatToAnEndingEvenOneWhoLeft() throws {
        var game = try success(Game.start(try Self.scenario(), roles: [0, 1, 1], seed: 1)).0
        _ = try success(game.perform(.leave(player: 3)))
        _ = try success(game.perform(.end))
        #expect(game.state.players.allSatisfy { !$0.isActive && !$0.isAbsent })
        #expect(game.log.map(\.description) == ["p3 leave", "end"])
        let replayed = try success(Game.replay(game.scenario, roles: [0, 1, 1], seed: 1, log: game.log).mapError { _ in Refusal.needsLog })
        #expect(replayed.state == game.state)
    }

    @Test func aSaveOfATableKeepsNamesAbsenceAndWhoJoined() throws {
        let scenario = try Self.scenario()
        var game = try success(Game.start(scenario, roles: [0], seed: 3, names: ["Asha"])).0
        _ = try success(game.perform(.join(role: "soldier", name: "Ravi")))
        _ = try success(game.perform(.rename(player: 1, name: "Meena")))
        _ = try success(game.perform(.leave(player: 2)))
        let document = SaveDocument(game: game, program: "test")
        #expect(document.players.map(\.name) == ["Meena", "Ravi"])
        #expect(document.players.map(\.absent) == [nil, true])
        #expect(document.startNames == ["Asha"])
        let decoded = try JSONDecoder().decode(SaveDocument.self, from: document.encoded())
        let restored = try success(decoded.restore(in: scenario)).game
        #expect(restored.state == game.state)
        #expect(restored.names == ["Meena", "Ravi"])
        #expect(restored.roles == [0], "Ravi joined during the game")
        #expect(restored.startNames == ["Asha"])
    }

    @Test func aGoldenPlaythroughCanPlayATable() throws {
        let (playtest, problems) = Playtest.parse("""
            players worker
            seed 1
            join soldier Ravi
            p2 leave
            p1 timeout
            expect p1 ending home
            p2 back
            p2 choose mutiny
            expect p2 at bridge
            rewind 4
            expect p2 at barracks
            end
            expect p2 ending home
            """)
        #expect(problems.isEmpty)
        let report = PlaytestRunner.run(playtest, in: try Self.scenario())
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.actions == 7)
    }
}
