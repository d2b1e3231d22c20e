import ArgumentParser
import Foundation
import PetrogradCore

/// `petrograd benchmark check`: times `check` on generated scenarios and reports peak memory. Build with
/// `-c release` for meaningful figures; each size runs in its own process so its peak memory is its own.
package struct BenchmarkCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Print performance figures (use a release build).",
        discussion: "Example: swift run -c release petrograd benchmark check")

    @Argument(help: "What to measure: check.")
    package var what: String = "check"

    @Option(help: "Scene counts to generate, comma-separated.")
    package var scenes: String = "1000,10000,100000"

    @Option(help: "Timed repetitions per size (the best is reported).")
    package var repeats: Int = 3

    @Flag(help: .hidden)
    package var child = false

    package init() {}

    package func run() throws {
        guard what == "check" else {
            throw ValidationError("unknown benchmark '\(what)'; available: check")
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
            print("\(size)\t\(text.utf8.count)\t\(best)\t\(usage.ru_maxrss)\t\(diagnostics)")
            return
        }
        print("check: generated scenarios (3 roles, 15 variables, 3 guarded choices per scene)")
        print("scenes     file size   best time   peak memory   diagnostics")
        for size in sizes {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            process.arguments = ["benchmark", "check", "--child", "--scenes", String(size), "--repeats", String(repeats)]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
            guard fields.count == 5, let bytes = Double(fields[1]), let seconds = Double(fields[2]), let kilobytes = Double(fields[3]) else {
                print("\(size): the measurement failed")
                continue
            }
            let line = String(format: "%-10d %7.1f MB  %8.3f s  %9.1f MB   %@", size, bytes / 1e6, seconds, kilobytes / 1024, String(fields[4]))
            print(line)
        }
    }
}
