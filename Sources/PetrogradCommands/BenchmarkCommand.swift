import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd benchmark check`: times `check` on generated scenarios and reports peak memory. Build with
/// `-c release` for meaningful figures; each size runs in its own process so its peak memory is its own.
package struct BenchmarkCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Print performance figures (use a release build).",
        discussion: "Example: swift run -c release petrograd benchmark check")

    @Argument(help: "What to measure: check (generated scenarios), startup (time to the first prompt, memory of a game), play (random play, choices per second, at 1,000 and 10,000 scenes unless --scenes says otherwise), explore (exhaustive search, states per second and bytes per state) or session (a long game at the prompt: time per turn, peak memory, bytes saved) or classroom (a server and simulated students: latencies, lost actions, memory per seat, bytes per action).")
    package var what: String = "check"

    @Option(help: "Scene counts to generate, comma-separated.")
    package var scenes: String = "1000,10000,100000"

    @Option(help: "For session: numbers of turns to play, comma-separated.")
    package var turns: String = "1000,10000"

    @Option(help: "Timed repetitions per size (the best is reported).")
    package var repeats: Int = 3

    @Option(help: "For classroom: rooms on the server.")
    package var rooms: Int = 50

    @Option(help: "For classroom: simulated students in each room (at most 60).")
    package var seats: Int = 40

    @Option(help: "For classroom: minutes measured after the warm-up.")
    package var minutes: Double = 10

    @Option(help: "For classroom: minutes of warm-up (students arriving) before measuring.")
    package var warmup: Double = 1

    @Option(help: "For classroom: how long a student thinks before each choice, in seconds (a range).")
    package var think: String = "2-10"

    @Flag(help: .hidden)
    package var child = false

    package init() {}

    /// Random play (choices per second) or exhaustive exploration (states per second, bytes per state), on a
    /// generated scenario of 1,000 scenes and on the bundled act.
    private func simulation(exhaustive: Bool) throws {
        var output = StandardOutput()
        var subjects: [(name: String, scenario: Scenario)] = []
        let generated = Compiler.compile([SourceFile(path: "synthetic.story", text: ScenarioGenerator.scenario(sceneCount: 1000))])
        if let scenario = generated.scenario { subjects.append(("generated, 1,000 scenes", scenario)) }
        if case .success(let loaded) = ScenarioLoader(library: .bundled()).load(PlayCommand.defaultScenario), let scenario = loaded.compilation.scenario {
            subjects.append(("bundled \(scenario.id)", scenario))
        }
        for (name, scenario) in subjects {
            let explorer = Explorer(scenario: scenario)
            for role in scenario.roles.indices {
                let start = DispatchTime.now().uptimeNanoseconds
                if exhaustive {
                    let report = explorer.exhaustive(role: role, limit: 500_000)
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    print(String(format: "explore %@, role %@: %d states (%@) in %.2f s: %.0f states/s, %.0f transitions/s, about %d bytes per state",
                                 name, scenario.roles[role].id, report.states, report.isComplete ? "complete" : "limit 500,000",
                                 seconds, Double(report.states) / seconds, Double(report.transitions) / seconds, report.bytesPerState), to: &output)
                } else {
                    let report = explorer.random(role: role, runs: 2_000, seed: 1, strategy: .uniform)
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    print(String(format: "play %@, role %@: %d random games, %d choices in %.2f s: %.0f choices/s",
                                 name, scenario.roles[role].id, report.runs, report.choicesMade, seconds, Double(report.choicesMade) / seconds), to: &output)
                }
            }
        }
    }

    package func run() throws {
        switch what {
        case "check":
            try check()
        case "startup":
            try startup()
            return
        case "play":
            try play()
            return
        case "explore":
            try simulation(exhaustive: true)
            return
        case "session":
            try session()
            return
        case "classroom":
            try classroom()
            return
        default:
            throw ValidationError("unknown benchmark '\(what)'; available: check, startup, play, explore, session, classroom")
        }
    }
}
