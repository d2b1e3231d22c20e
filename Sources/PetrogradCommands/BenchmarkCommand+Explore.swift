import Foundation
import PetrogradConsole
import PetrogradCore

extension BenchmarkCommand {
    /// `benchmark explore`: exhaustive search on the generated 1,000-scene shape (each role, up to a million
    /// states) and on the stress shape of 36 flags set early and read late, with and without the reduction
    /// by liveness: states, complete or not, states per second and bytes per state, each beside its target.
    func explore() throws {
        var output = StandardOutput()
        let limit = 1_000_000
        func measure(_ name: String, _ text: String, roles: [Int]? = nil, reduces: Bool = true, limit: Int) -> [Explorer.ExhaustiveReport] {
            guard let scenario = Compiler.compile([SourceFile(path: "synthetic.story", text: text)]).scenario else {
                print("explore \(name): the generated scenario does not compile", to: &output)
                return []
            }
            let explorer = Explorer(scenario: scenario)
            return (roles ?? Array(scenario.roles.indices)).map { role in
                let start = DispatchTime.now().uptimeNanoseconds
                let report = explorer.exhaustive(role: role, limit: limit, reducesDeadValues: reduces)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let rate = Double(report.states) / seconds
                print(String(format: "explore %@, role %@%@: %d states (%@) in %.2f s, %.1f MB in all: ",
                             name, scenario.roles[role].id, reduces ? "" : ", without reduction", report.states,
                             report.isComplete ? "complete" : "limit \(limit)", seconds, Double(report.memoryBytes) / 1_048_576)
                      + String(format: "%.0f states/s ", rate) + BenchmarkTarget.atLeast(2e6, "2 M states/s").verdict(rate)
                      + String(format: ", %d bytes per state ", report.bytesPerState)
                      + BenchmarkTarget.atMost(64, "64 bytes per state").verdict(Double(report.bytesPerState)), to: &output)
                return report
            }
        }
        _ = measure("generated, 1,000 scenes", ScenarioGenerator.scenario(sceneCount: 1000), limit: limit)
        let stress = ScenarioGenerator.flags()
        let reduced = measure("stress, 36 flags", stress, limit: 4 * limit)
        let full = measure("stress, 36 flags", stress, reduces: false, limit: limit)
        if let reduced = reduced.first, let full = full.first {
            func states(_ report: Explorer.ExhaustiveReport) -> String {
                report.isComplete ? "\(report.states) states" : "more than \(report.states) states (the search stopped at its limit)"
            }
            print("explore stress, 36 flags: \(states(full)) before reduction, \(states(reduced)) after", to: &output)
        }
    }
}
