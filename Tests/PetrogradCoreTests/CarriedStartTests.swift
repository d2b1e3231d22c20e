import Foundation
@testable import PetrogradCore
import Testing

/// Starting a later act from a finished game of the act it follows.
@Suite struct CarriedStartTests {
    /// The later fixture act, `autumn`, carrying the world's garrison and soviet and each player's courage
    /// and whether they became a delegate.
    static func autumn() throws -> Scenario {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(variables: """
        world number garrison 0 to 100 = 30
          en: Garrison
          carried from garrison
        world flag soviet
          en: Soviet
          carried from soviet
        world number mood 0 to 10 = 4
          en: Mood
        player flag was-delegate
          carried from ending delegate
        player number nerve 0 to 20 = 3
          carried from courage
        """))
        #expect(CarryFixtures.messages(compilation) == [])
        return try #require(compilation.scenario)
    }

    /// A finished game of `spring`: one player per role given, each taking the choice given.
    static func finishedSpring(_ seats: [(role: String, choice: String)]) throws -> Game {
        let spring = try CarryFixtures.springScenario()
        var (game, _) = try success(Game.start(spring, roles: seats.map { spring.roleIndex($0.role)! }, seed: 7))
        for (number, seat) in zip(1..., seats) {
            _ = try success(game.perform(.choose(player: number, choice: seat.choice)))
        }
        return game
    }

    static func value(_ id: String, of game: Game, player: Int? = nil) -> Int {
        if let player { return game.state.players[player].values[game.scenario.playerVariables.firstIndex { $0.id == id }!] }
        return game.state.world.values[game.scenario.worldVariables.firstIndex { $0.id == id }!]
    }

    @Test func aCarriedGameStartsWithTheFinishedGamesValuesAndDefaultsForTheRest() throws {
        let autumn = try Self.autumn()
        let spring = try Self.finishedSpring([("worker", "stand")])
        let finished = try success(FinishedAct.reading(SaveDocument(game: spring, program: "test")))
        let carried = try success(CarriedStart.make(for: autumn, from: finished))
        let (game, _) = try success(Game.start(autumn, carrying: carried, seed: 3))
        #expect(Self.value("garrison", of: game) == 50)
        #expect(Self.value("soviet", of: game) == 1)
        #expect(Self.value("mood", of: game) == 4)
        #expect(Self.value("was-delegate", of: game, player: 0) == 1)
        #expect(Self.value("nerve", of: game, player: 0) == 7)
        #expect(game.roles == [autumn.roleIndex("worker")!])
        let first = try #require(game.journal.first)
        #expect(first.player == 0)
        #expect(TextRendering.text(first.text, language: "en").text == "Earlier, in Spring. A test act.: You became a delegate.")
        #expect(first.moment == spring.state.players[0].time)
    }

    @Test func theSameFinishedGameGivesTheSameCarriedStart() throws {
        let autumn = try Self.autumn()
        let finished = try success(FinishedAct.reading(SaveDocument(game: try Self.finishedSpring([("soldier", "home")]), program: "test")))
        let first = try success(CarriedStart.make(for: autumn, from: finished))
        let second = try success(CarriedStart.make(for: autumn, from: finished))
        #expect(first == second)
        #expect(first.world == ["garrison": 80, "soviet": 0])
        #expect(first.seats.map(\.values) == [["was-delegate": 0, "nerve": 4]])
        let (a, _) = try success(Game.start(autumn, carrying: first, seed: 9))
        let (b, _) = try success(Game.start(autumn, carrying: second, seed: 9))
        #expect(a.state == b.state)
        #expect(SaveDocument(game: a, program: "test").encoded() == SaveDocument(game: b, program: "test").encoded())
    }

    @Test func aPlayerWhoStartsFreshHasTheDeclaredValues() throws {
        let autumn = try Self.autumn()
        let (game, _) = try success(Game.start(autumn, roles: [0], seed: 3))
        #expect(Self.value("garrison", of: game) == 30)
        #expect(Self.value("nerve", of: game, player: 0) == 3)
        #expect(game.journal.isEmpty)
    }

    @Test func everySeatOfAGameOfSeveralPlayersIsCarriedInItsOwnRole() throws {
        let autumn = try Self.autumn()
        let spring = try Self.finishedSpring([("worker", "stand"), ("soldier", "home")])
        let carried = try success(CarriedStart.make(for: autumn, from: try success(FinishedAct.reading(SaveDocument(game: spring, program: "test")))))
        let (game, _) = try success(Game.start(autumn, carrying: carried, seed: 3))
        #expect(game.roles.map { autumn.roles[$0].id } == ["worker", "soldier"])
        #expect(Self.value("was-delegate", of: game, player: 0) == 1)
        #expect(Self.value("was-delegate", of: game, player: 1) == 0)
        #expect(Self.value("nerve", of: game, player: 0) == 7)
        #expect(Self.value("nerve", of: game, player: 1) == 4)
        #expect(game.journal.prefix(2).map(\.player) == [0, 1])
        #expect(TextRendering.text(game.journal[1].text, language: "en").text == "Earlier, in Spring. A test act.: You went home.")
    }

    @Test func aSaveOfACarriedGameLoadsAndReplaysToTheSameGame() throws {
        let autumn = try Self.autumn()
        let spring = try Self.finishedSpring([("worker", "stand")])
        let carried = try success(CarriedStart.make(for: autumn, from: try success(FinishedAct.reading(SaveDocument(game: spring, program: "test")))))
        var (game, _) = try success(Game.start(autumn, carrying: carried, seed: 3))
        _ = try success(game.perform(.choose(player: 1, choice: "on")))
        let document = try success(SaveDocument.decode(SaveDocument(game: game, program: "test").encoded()))
        #expect(document.carried == carried)
        let restored = try success(document.restore(in: autumn)).game
        #expect(restored.state == game.state)
        #expect(restored.setup.carried == carried)
        let replayed = try success(Game.replay(autumn, roles: restored.roles, seed: restored.seed, log: restored.log, setup: restored.setup))
        #expect(replayed.state == game.state)
        #expect(replayed.journal == game.journal)
        // Played again on the scenario as reloaded, the carried values stay.
        let reloaded = try success(game.replayed(on: try Self.autumn()))
        #expect(reloaded.state == game.state)
    }

    @Test func aGameThatHasNotEndedIsRefused() throws {
        let spring = try CarryFixtures.springScenario()
        let (game, _) = try success(Game.start(spring, roles: [0], seed: 1))
        #expect(try failure(FinishedAct.reading(SaveDocument(game: game, program: "test"))) == .notFinished(seat: 1, role: "worker"))
    }

    @Test func aGameOfAnotherActIsRefused() throws {
        let autumn = try Self.autumn()
        let other = FinishedAct(act: "summer", world: [:], seats: [.init(name: nil, role: "worker", ending: "delegate", ended: oldStyle(1, 3), values: [:])])
        #expect(try failure(CarriedStart.make(for: autumn, from: other)) == .anotherAct(expected: "spring", found: "summer"))
        let spring = try CarryFixtures.springScenario()
        let finished = try success(FinishedAct.reading(SaveDocument(game: try Self.finishedSpring([("worker", "home")]), program: "test")))
        #expect(try failure(CarriedStart.make(for: spring, from: finished)) == .followsNothing(scenario: "spring"))
    }

    @Test func aRoleOrEndingTheActsDoNotHaveIsRefused() throws {
        let autumn = try Self.autumn()
        func seat(_ role: String, _ ending: String) -> FinishedAct {
            FinishedAct(act: "spring", world: [:], seats: [.init(name: nil, role: role, ending: ending, ended: oldStyle(1, 3), values: [:])])
        }
        #expect(try failure(CarriedStart.make(for: autumn, from: seat("sailor", "delegate"))) == .missingRole("sailor"))
        #expect(try failure(CarriedStart.make(for: autumn, from: seat("worker", "eloped"))) == .unknownEnding("eloped"))
    }

    @Test func aCarriedValueOutsideTheRangeIsBroughtInside() throws {
        let autumn = try Self.autumn()
        let finished = FinishedAct(act: "spring", world: ["garrison": 250], seats: [.init(name: "Anna", role: "worker", ending: "waited", ended: oldStyle(3, 3), values: ["courage": 40])])
        let carried = try success(CarriedStart.make(for: autumn, from: finished))
        #expect(carried.world["garrison"] == 100)
        #expect(carried.seats[0].values["nerve"] == 20)
        #expect(carried.seats[0].name == "Anna")
    }
}
