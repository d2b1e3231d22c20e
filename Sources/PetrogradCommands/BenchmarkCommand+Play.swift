import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd benchmark play`: random play (uniform, 2,000 seeded games per role) on generated scenarios
/// and on the bundled act, in choices per second. Only the playing is timed: the scenario is compiled and
/// the explorer built before the clock starts.
extension BenchmarkCommand {
    /// The scene counts play is measured at unless `--scenes` says otherwise (its own default is the
    /// checker's sizes, too large for thousands of games each).
    static let playSceneCounts = [1000, 10000]

    /// The goal at a size: the 10 M choices/s up to 1,000 scenes, 5 M/s beyond.
    static func playTarget(sceneCount: Int) -> BenchmarkTarget {
        sceneCount <= 1000 ? .atLeast(10e6, "10 M choices/s") : .atLeast(5e6, "5 M choices/s")
    }

    /// The generated sizes play is measured at: `--scenes` when given, else `playSceneCounts`.
    func playSizes() throws -> [Int] {
        let given = scenes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let sizes = scenes == Self.defaultScenes ? Self.playSceneCounts : given
        guard !sizes.isEmpty else { throw ValidationError("--scenes needs scene counts, such as 1000,10000") }
        return sizes
    }

    func play() throws {
        var output = StandardOutput()
        let sizes = try playSizes()
        var subjects: [(name: String, scenario: Scenario, target: BenchmarkTarget?)] = []
        for size in sizes {
            let generated = Compiler.compile([SourceFile(path: "synthetic.story", text: ScenarioGenerator.scenario(sceneCount: size))])
            if let scenario = generated.scenario {
                subjects.append(("generated, \(size) scenes", scenario, Self.playTarget(sceneCount: size)))
            }
        }
        if case .success(let loaded) = ScenarioLoader(library: .bundled()).load(PlayCommand.defaultScenario), let scenario = loaded.compilation.scenario {
            subjects.append(("bundled \(scenario.id)", scenario, nil))
        }
        for (name, scenario, target) in subjects {
            let explorer = Explorer(scenario: scenario)
            var totalChoices = 0
            var totalSeconds = 0.0
            for role in scenario.roles.indices {
                let start = DispatchTime.now().uptimeNanoseconds
                let report = explorer.random(role: role, runs: 2_000, seed: 1, strategy: .uniform)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                totalChoices += report.choicesMade
                totalSeconds += seconds
                print(String(format: "play %@, role %@: %d random games, %d choices in %.3f s: %.2f M choices/s",
                             name, scenario.roles[role].id, report.runs, report.choicesMade, seconds, Double(report.choicesMade) / seconds / 1e6), to: &output)
            }
            let rate = Double(totalChoices) / max(totalSeconds, 1e-9)
            print(String(format: "play %@, all roles: %.2f M choices/s ", name, rate / 1e6) + (target?.verdict(rate) ?? "(no target: the act is for reading, not speed)"),
                  to: &output)
        }
    }
}
