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
    package var scenes: String = BenchmarkCommand.defaultScenes

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

    /// `--scenes` when it is not given: the checker's sizes.
    static let defaultScenes = "1000,10000,100000"

    package init() {}

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
    }
}
