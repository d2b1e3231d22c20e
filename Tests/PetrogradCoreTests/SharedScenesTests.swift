import Foundation
@testable import PetrogradCore
import Testing

/// Format 2's ways of leading on: `go SCENE if CONDITION` lines, and shared scenes called with
/// `go SCENE then TARGET` that come back with `return`.
@Suite struct SharedScenesTests {
    static let story = """
        format 2

        scenario sample en: A sample
          languages en

        role worker en: Worker
          start mill

        player number leaflets 0 to 5

        scene mill en: The mill.
          choice read en: Read a leaflet.
            go leaflet then bridge
          choice count en: Count your leaflets.
            go leaflet then mill
          choice leave en: Leave.
            go junction

        scene leaflet en: The leaflet says: bread, peace, land.
          add 1 to leaflets
          choice fold en: Fold it away.
            return
          choice read-more en: Read the back.
            go back-page then leaflet-end

        scene back-page en: On the back: a meeting tonight.
          choice done en: Done.
            return

        scene leaflet-end en: You fold it.
          return

        scene junction
          go many if leaflets >= 2
          go few if leaflets = 1
          go none

        scene bridge en: The bridge.
          choice on en: On.
            go junction

        ending many en: You hand out leaflets.
        ending few en: You keep one leaflet.
        ending none en: You go home empty-handed.
        """

    static func position(_ game: Game) -> String {
        switch game.state.players[0].position {
        case .scene(let scene): game.scenario.scenes[scene].id
        case .ending(let ending): "ending " + game.scenario.endings[ending].id
        }
    }

    @Test func aCallRunsTheSharedScenesAndReturnsToItsTarget() throws {
        let scenario = try checkedScenario(Self.story)
        #expect(scenario.returnSlots.count == 2, "a call inside a call: two levels")
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
        _ = try success(game.perform(.choose(player: 1, choice: "read")))
        #expect(Self.position(game) == "leaflet")
        _ = try success(game.perform(.choose(player: 1, choice: "read-more")))
        #expect(Self.position(game) == "back-page")
        _ = try success(game.perform(.choose(player: 1, choice: "done")))
        // Back to 'leaflet-end', whose own 'return' leads back to where the first call kept: the bridge.
        #expect(Self.position(game) == "bridge")
        #expect(scenario.returnSlots.allSatisfy { game.state.players[0].values[$0] == 0 }, "every level is empty again")
    }

    @Test func goLinesWithConditionsAreTriedInOrderBeforeThePlainOne() throws {
        let scenario = try checkedScenario(Self.story)
        for (reads, ending) in [(0, "none"), (1, "few"), (2, "many")] {
            var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
            for _ in 0..<reads {
                _ = try success(game.perform(.choose(player: 1, choice: "count")))
                _ = try success(game.perform(.choose(player: 1, choice: "fold")))
            }
            #expect(Self.position(game) == "mill")
            _ = try success(game.perform(.choose(player: 1, choice: "leave")))
            #expect(Self.position(game) == "ending \(ending)")
        }
    }

    @Test func explorationFollowsCallsAndReturnsAndFindsNoProblem() throws {
        let scenario = try checkedScenario(Self.story)
        let report = Explorer(scenario: scenario).exhaustive(role: 0)
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.isComplete)
        #expect(report.endings.allSatisfy { $0 > 0 }, "every ending is reached: \(report.endings)")
        #expect(report.scenesReached.contains(scenario.sceneIndex("junction")!), "a scene passed through is reached")
        let random = Explorer(scenario: scenario).random(role: 0, runs: 50, seed: 1, strategy: .uniform)
        #expect(random.scenesPassedThrough.contains(scenario.sceneIndex("junction")!))
        #expect(random.scenesPassedThrough.contains(scenario.sceneIndex("leaflet-end")!))
    }

    @Test func aReturnWithNothingToReturnToIsARuntimeErrorAtTheReturn() throws {
        let story = Self.story.replacingOccurrences(of: "  choice leave en: Leave.\n    go junction", with: "  choice leave en: Leave.\n    go leaflet-end")
        let scenario = try checkedScenario(story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
        let refusal = try failure(game.perform(.choose(player: 1, choice: "leave")))
        #expect(refusal.description == "test.story:31:3: this 'return' was reached without a 'go … then …' to return to; reach these scenes only through 'go SCENE then …'")
    }

    @Test func sharedScenesThatCallThemselvesAreAnError() {
        let story = Self.story.replacingOccurrences(of: "go back-page then leaflet-end", with: "go leaflet then leaflet-end")
        let messages = compile(story).diagnostics.map { "\($0.location.line):\($0.location.column) \($0.text)" }
        #expect(messages.contains("24:8 the shared scenes from 'leaflet' are called again from inside themselves (leaflet → leaflet); a call cannot contain itself, or it would never come back"), "\(messages)")
    }

    @Test(arguments: [
        ("go many then none", "'many' is an ending; 'go SCENE then …' calls shared scenes, which come back; to end, write 'go many'"),
        ("go bridge if leaflets > 0", "a choice's 'go' has no condition: the choice's guard ('only if') decides whether it can be taken; to lead on by a condition, go to a scene whose 'go' lines say 'go SCENE if CONDITION'"),
    ])
    func misplacedLeadingIsExplained(line: String, message: String) {
        let story = Self.story.replacingOccurrences(of: "go leaflet then bridge", with: line)
        let messages = compile(story).diagnostics.map(\.text)
        #expect(messages.contains(message), "\(messages)")
    }
}

/// The format-2 sample that the docs point to and the fuzzers start from.
@Suite struct FormatTwoSampleTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz/Corpus/scenario/format-2-sample.story").standardized

    @Test func theSampleChecksWithoutAWarningAndExploresWithoutAProblem() throws {
        let source = SourceFile(path: "format-2-sample.story", bytes: Array(try Data(contentsOf: Self.path)))
        let compilation = Compiler.compile([source])
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map { "\($0.location): \($0.text)" })")
        let scenario = try #require(compilation.scenario)
        let report = Explorer(scenario: scenario).exhaustive(role: 0)
        #expect(report.isComplete && report.findings.isEmpty)
        #expect(report.endings.allSatisfy { $0 > 0 })
    }
}

/// The trap check knows what format 2 changes without a `set`: counts go up as players move, and effects
/// on entering a scene happen on arrival.
@Suite struct FormatTwoTrapTests {
    /// A loop whose way out is guarded; `onEntering` is what entering the loop does.
    static func loop(guardLine: String, onEntering: String) -> String {
        """
        format 2
        scenario s en: S
          languages en
        role r en: R
          start loop
        player number tries 0 to 5
        scene loop en: Round again.
          \(onEntering)
          choice again en: Again.
            go loop
          choice out en: Out.
            \(guardLine)
            go done
        ending done en: Done.
        """
    }

    @Test(arguments: ["only if visits loop > 2", "only if times taken again >= 2", "only if tries > 1"])
    func aLoopWhoseWayOutOpensAsThePlayerGoesRoundIsNoTrap(guardLine: String) {
        let diagnostics = compile(Self.loop(guardLine: guardLine, onEntering: "add 1 to tries")).diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.location): \($0.text)" })")
    }

    @Test func aLoopWhoseWayOutNeverOpensIsStillATrap() {
        let messages = compile(Self.loop(guardLine: "only if tries > 1", onEntering: "# nothing on entering")).diagnostics.map(\.text)
        #expect(messages.contains { $0.contains("are a trap") || $0.contains("is a trap") }, "\(messages)")
    }
}
