import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// The bundled scenarios' `default` choices: what a student whose decision clock ran out (a classroom's
/// `timer`) takes, and what the teacher's `end` walks every seat to an ending by. Every scene that offers two
/// or more choices marks exactly one, and following them leads every role to an ending.
@Suite struct DefaultChoiceTests {
    /// A bundled act, alone or with bundled branches.
    struct Bundled: Sendable, CustomTestStringConvertible {
        let act: String
        let branches: [String]

        var testDescription: String { ([act] + branches).joined(separator: " with ") }

        func scenario() throws -> Scenario { try ActTests.scenario(act, with: branches) }
    }

    /// Both acts, and the March act with each bundled branch.
    static let bundled = ActTests.acts.map { Bundled(act: $0, branches: []) }
        + Support.library.branchIDs.map { Bundled(act: "march-1917", branches: [$0]) }

    /// The most default choices one seat takes from a scene before it must have reached an ending.
    static let stepLimit = 200

    @Test(arguments: bundled)
    func everySceneWithTwoOrMoreChoicesMarksExactlyOneDefault(_ bundled: Bundled) throws {
        let scenario = try bundled.scenario()
        var scenes = 0
        for scene in scenario.scenes where scene.choices.count >= 2 {
            scenes += 1
            let defaults = scene.choices.filter { scenario.choices[$0].isDefault }.map { scenario.choices[$0].id }
            #expect(defaults.count == 1, "\(scene.location): scene '\(scene.id)' marks \(defaults.count) default choices \(defaults)")
        }
        #expect(scenes >= 70, "the act has many scenes with a decision in them")
    }

    /// A `once` choice can be used up; a default should still be there when the clock runs out.
    @Test(arguments: bundled)
    func noDefaultIsAOnceChoiceWhenItsSceneHasAnother(_ bundled: Bundled) throws {
        let scenario = try bundled.scenario()
        for scene in scenario.scenes where scene.choices.contains(where: { !scenario.choices[$0].isOnce }) {
            for choice in scene.choices.map({ scenario.choices[$0] }) where choice.isDefault {
                #expect(!choice.isOnce, "\(choice.location): '\(scene.id)/\(choice.id)' is a once choice")
            }
        }
    }

    /// A student who never decides reaches an ending from any scene: taking the default (or, where it is not
    /// open, the first open choice) again and again never walks in a circle.
    @Test(arguments: bundled)
    func timingOutAgainAndAgainFromAnySceneReachesAnEnding(_ bundled: Bundled) throws {
        let scenario = try bundled.scenario()
        for (index, scene) in scenario.scenes.enumerated() {
            for role in scene.roles.isEmpty ? Array(scenario.roles.indices) : scene.roles {
                let start = Game.start(scenario, roles: [role], seed: 1, setup: Simulation.Setup(startScene: index))
                guard case .success(let started) = start else {
                    Issue.record("\(scene.id) as \(scenario.roles[role].id): the game does not start: \(start)")
                    continue
                }
                var game = started.0
                var steps = 0
                while game.state.players[0].isActive, steps < Self.stepLimit {
                    steps += 1
                    if case .failure(let refusal) = game.perform(.timeOut(player: 1)) {
                        Issue.record("\(scene.id) as \(scenario.roles[role].id): timeout refused: \(refusal)")
                        break
                    }
                }
                #expect(!game.state.players[0].isActive, "\(scene.id) as \(scenario.roles[role].id): no ending after \(steps) timeouts")
            }
        }
    }

    /// The teacher's `end` from the start of the act: a table with one seat for each role, each role alone,
    /// and (where the act has one) the game in one period.
    @Test(arguments: bundled)
    func theTeachersEndTakesEveryRoleToAnEnding(_ bundled: Bundled) throws {
        let scenario = try bundled.scenario()
        let everyone = Array(scenario.roles.indices)
        var tables = [everyone] + everyone.map { [$0] }
        tables += [everyone + everyone]
        let setups = [Simulation.Setup()] + scenario.entries.indices.map { Simulation.Setup(entry: $0) }
        for setup in setups {
            for roles in tables {
                for seed: UInt64 in [1, 2, 3] {
                    var (game, _) = try Game.start(scenario, roles: roles, seed: seed, setup: setup).get()
                    if case .failure(let refusal) = game.perform(.end) { Issue.record("end refused: \(refusal)") }
                    let unfinished = game.state.players.indices.filter { game.state.players[$0].isActive }
                    #expect(unfinished.isEmpty, "roles \(roles.map { scenario.roles[$0].id }), seed \(seed), entry \(setup.entry.map { scenario.entries[$0].id } ?? "none"): players \(unfinished.map { $0 + 1 }) have no ending")
                    #expect(game.log.last == .end)
                }
            }
        }
    }

    /// The default is the choice of doing nothing, not the first one written: a worker who does not decide in
    /// the bread queue goes home, and a soldier ordered to fire on Znamenskaya Square fires over the
    /// crowd's heads.
    @Test func aTimeoutTakesTheMarkedDefaultNotTheFirstChoice() throws {
        let scenario = try ActTests.scenario("march-1917")
        let worker = try #require(scenario.roleIndex("worker"))
        var (game, _) = try Game.start(scenario, roles: [worker], seed: 1).get()
        let queue = try #require(scenario.sceneIndex("bread-queue"))
        #expect(game.state.players[0].position == .scene(queue))
        let events = try game.perform(.timeOut(player: 1)).get()
        let sleep = try #require(scenario.choiceIndex("sleep", inScene: queue))
        #expect(events.contains(.timedOut(player: 0, choice: sleep)))
        #expect(game.state.players[0].position == .scene(try #require(scenario.sceneIndex("mill-gate"))))

        let square = try #require(scenario.sceneIndex("znamenskaya-order"))
        let soldier = try #require(scenario.roleIndex("soldier"))
        var (ordered, _) = try Game.start(scenario, roles: [soldier], seed: 1, setup: Simulation.Setup(startScene: square)).get()
        let fired = try ordered.perform(.timeOut(player: 1)).get()
        let aimHigh = try #require(scenario.choiceIndex("aim-high", inScene: square))
        #expect(fired.contains(.timedOut(player: 0, choice: aimHigh)))
        #expect(scenario.scenes[square].choices.first != aimHigh, "the default is not simply the first choice")
    }
}
