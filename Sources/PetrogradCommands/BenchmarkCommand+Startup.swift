import Foundation
import PetrogradConsole
import PetrogradCore

extension BenchmarkCommand {
    /// Starts the game many times and reports the time from launch to the first prompt, for the bundled act
    /// and for a generated story of 10,000 scenes from a warm and a cold compiled-scenario cache; then plays
    /// a whole scripted game and reports the session's peak memory.
    func startup() throws {
        var output = StandardOutput()
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-benchmark-\(getpid())")
        defer { try? FileManager.default.removeItem(at: state) }
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = state.path
        environment["XDG_CONFIG_HOME"] = state.path
        environment["XDG_CACHE_HOME"] = state.appendingPathComponent("cache").path
        environment["NO_COLOR"] = "1"
        environment["PETROGRAD_NO_CACHE"] = nil
        let bundled = ["play", PlayCommand.defaultScenario, "--role", "worker", "--lang", "en", "--seed", "1"]

        var times: [Double] = []
        for _ in 0..<max(1, repeats) * 10 { times.append(try Self.timeToFirstPrompt(bundled, environment: environment)) }
        times.sort()
        print(String(format: "startup: launch to first prompt, %d runs: fastest %.1f ms, median %.1f ms, slowest %.1f ms",
                     times.count, times[0], times[times.count / 2], times[times.count - 1]), to: &output)

        // A large story: compiled once (cold), then started from the cache the first start wrote.
        let story = state.appendingPathComponent("story-10000.story")
        try Data(ScenarioGenerator.scenario(sceneCount: 10_000).utf8).write(to: story)
        let large = ["play", story.path, "--role", "r0", "--lang", "en", "--seed", "1"]
        var uncached = environment
        uncached["PETROGRAD_NO_CACHE"] = "1"
        var cold: [Double] = []
        for _ in 0..<3 { cold.append(try Self.timeToFirstPrompt(large, environment: uncached)) }
        cold.sort()
        let first = try Self.timeToFirstPrompt(large, environment: environment)
        var warm: [Double] = []
        for _ in 0..<10 { warm.append(try Self.timeToFirstPrompt(large, environment: environment)) }
        warm.sort()
        let median = (warm[4] + warm[5]) / 2
        print(String(format: "startup, generated 10,000 scenes: uncached median of 3 %.1f ms; first start (compiles, writes the cache) %.1f ms",
                     cold[1], first), to: &output)
        print(String(format: "startup, generated 10,000 scenes, warm cache: median of 10 %.1f ms (fastest %.1f, slowest %.1f) ",
                     median, warm[0], warm[9]) + BenchmarkTarget.atMost(0.1, "100 ms").verdict(median / 1000), to: &output)

        let (process, stdout) = try Self.launch(bundled, input: String(repeating: "1\nstatus\njournal\n", count: 40) + "quit\n", environment: environment)
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

    /// Milliseconds from launching `petrograd ARGUMENTS` (in English) to its first prompt: the game sends
    /// what it has printed down the pipe when it waits for input, so the first scene's question ("What
    /// will you do?", above its choices) arrives then (or, failing that, at the end of the run, which
    /// `quit` makes at once).
    private static func timeToFirstPrompt(_ arguments: [String], environment: [String: String]) throws -> Double {
        let question = Vocabulary(language: "en", storyCalendar: .old, storyLanguages: ["en"]).choicesHeading
        let start = DispatchTime.now().uptimeNanoseconds
        let (process, stdout) = try launch(arguments, input: "quit\n", environment: environment)
        var seen = ""
        while !seen.contains(question) {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let rest = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // A start that failed never reached a prompt: its time would mean nothing.
        guard process.terminationStatus == 0 else { throw StartupFailure(arguments: arguments, output: seen + String(decoding: rest, as: UTF8.self)) }
        return elapsed
    }

    private static func launch(_ arguments: [String], input: String, environment: [String: String]) throws -> (process: Process, output: Pipe) {
        let process = Process()
        process.executableURL = ExecutableLocation.current()
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        return (process, stdout)
    }

    /// A start that failed.
    struct StartupFailure: Error, CustomStringConvertible {
        var arguments: [String]
        var output: String
        var description: String { "petrograd \(arguments.joined(separator: " ")) failed; it wrote: \(output.suffix(400))" }
    }
}
