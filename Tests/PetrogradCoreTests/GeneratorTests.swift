import PetrogradCore
import Testing

/// The synthetic scenarios used for benchmarks are valid scenarios.
struct GeneratorTests {
    @Test func aThreeHundredSceneScenarioCompilesWithoutErrors() throws {
        let compilation = compile(ScenarioGenerator.scenario(sceneCount: 300), path: "synthetic.story")
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5).map { "\($0.location): \($0.text)" })")
        let scenario = try #require(compilation.scenario)
        #expect(scenario.scenes.count == 300)
        #expect(scenario.roles.count == 3)
        #expect(scenario.worldVariables.count == 10)
        #expect(scenario.playerVariables.count == 5)
        #expect(scenario.events.count == 30)
    }

    @Test("Small synthetic scenarios compile too", arguments: [0, 3, 10, 31])
    func smallScenariosCompile(sceneCount: Int) throws {
        let compilation = compile(ScenarioGenerator.scenario(sceneCount: sceneCount), path: "synthetic.story")
        #expect(!compilation.hasErrors)
        #expect(compilation.scenario?.scenes.count == max(3, sceneCount))
    }

    @Test func theGeneratorIsDeterministic() {
        #expect(ScenarioGenerator.scenario(sceneCount: 50) == ScenarioGenerator.scenario(sceneCount: 50))
    }

    @Test func aSyntheticGameCanBePlayedToTheEnd() throws {
        let scenario = try #require(compile(ScenarioGenerator.scenario(sceneCount: 30)).scenario)
        var game = try success(Game.start(scenario, roles: [0, 1, 2], seed: 1)).0
        // Each turn, the player furthest behind takes its first available choice.
        for _ in 0..<500 {
            guard let player = game.state.players.indices
                .filter({ game.state.players[$0].isActive })
                .min(by: { game.state.players[$0].time < game.state.players[$1].time }) else { break }
            let option = try #require(game.simulation.options(for: player, in: game.state).first { $0.isAvailable })
            _ = try success(game.perform(.choose(player: player + 1, choice: scenario.choices[option.choice].id)))
        }
        #expect(game.state.players.allSatisfy { !$0.isActive }, "every player reaches an ending")
    }
}
