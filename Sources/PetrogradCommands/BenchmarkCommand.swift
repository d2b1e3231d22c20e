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

    @Argument(help: "What to measure: check (generated scenarios), startup (time to the first prompt, memory of a game), play (random play, choices per second), explore (exhaustive search, states per second and bytes per state) or session (a long game at the prompt: time per turn, peak memory, bytes saved) or classroom (a server and simulated students: latencies, lost actions, memory per seat, bytes per action).")
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

    /// Starts the game many times and reports the time from launch to the first prompt; then plays a whole
    /// scripted game and reports the session's peak memory.
    private func startup() throws {
        var output = StandardOutput()
        let executable = ExecutableLocation.current()
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-benchmark-\(getpid())")
        defer { try? FileManager.default.removeItem(at: state) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = state.path
        environment["XDG_CONFIG_HOME"] = state.path
        environment["NO_COLOR"] = "1"
        func launch(_ input: String) throws -> (process: Process, output: Pipe) {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["play", PlayCommand.defaultScenario, "--role", "worker", "--lang", "en", "--seed", "1"]
            process.environment = environment
            let stdin = Pipe(), stdout = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            try process.run()
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
            return (process, stdout)
        }
        var times: [Double] = []
        for _ in 0..<max(1, repeats) * 10 {
            let start = DispatchTime.now().uptimeNanoseconds
            let (process, stdout) = try launch("quit\n")
            // The line above the prompt ("[date · place]") is written just before the first read.
            var seen = ""
            while !seen.contains("\n[") {
                let chunk = stdout.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            _ = stdout.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
        }
        times.sort()
        print(String(format: "startup: launch to first prompt, %d runs: fastest %.1f ms, median %.1f ms, slowest %.1f ms",
                     times.count, times[0], times[times.count / 2], times[times.count - 1]), to: &output)
        let (process, stdout) = try launch(String(repeating: "1\nstatus\njournal\n", count: 40) + "quit\n")
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        print(String(format: "game session: a whole scripted game (120 commands): peak memory %.1f MB", Double(usage.ru_maxrss) / 1024), to: &output)
    }

    package func run() throws {
        var output = StandardOutput()
        switch what {
        case "check": break
        case "startup":
            try startup()
            return
        case "play":
            try simulation(exhaustive: false)
            return
        case "explore":
            try explore()
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
        let sizes = scenes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if child {
            guard let size = sizes.first else { return }
            let text = ScenarioGenerator.scenario(sceneCount: size)
            let file = SourceFile(path: "synthetic.story", text: text)
            var best = Double.infinity
            var diagnostics = 0
            for _ in 0..<max(1, repeats) {
                let start = DispatchTime.now().uptimeNanoseconds
                let compilation = Compiler.compile([file])
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                diagnostics = compilation.diagnostics.count
                best = min(best, elapsed)
            }
            var usage = rusage()
            #if canImport(Glibc)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            #else
            getrusage(RUSAGE_SELF, &usage)
            #endif
            print("\(size)\t\(text.utf8.count)\t\(best)\t\(usage.ru_maxrss)\t\(diagnostics)", to: &output)
            return
        }
        print("check: generated scenarios (3 roles, 15 variables, 3 guarded choices per scene)", to: &output)
        print("scenes     file size   best time   peak memory   diagnostics", to: &output)
        for size in sizes {
            let process = Process()
            process.executableURL = ExecutableLocation.current()
            process.arguments = ["benchmark", "check", "--child", "--scenes", String(size), "--repeats", String(repeats)]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
            guard fields.count == 5, let bytes = Double(fields[1]), let seconds = Double(fields[2]), let kilobytes = Double(fields[3]) else {
                print("\(size): the measurement failed", to: &output)
                continue
            }
            let line = String(format: "%-10d %7.1f MB  %8.3f s  %9.1f MB   %@", size, bytes / 1e6, seconds, kilobytes / 1024, String(fields[4]))
            print(line, to: &output)
        }
    }
}
