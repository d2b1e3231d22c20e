import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd benchmark check`: times `Compiler.compile` on generated scenarios of each size, each read from
/// a file as `check` reads it, and reads the peak memory of the first compilation; each size runs in its
/// own process, so its peak memory is its own. Then the figures the checker is held to: the time at 10,000
/// scenes, and the memory each scene adds between 1,000 and 100,000.
extension BenchmarkCommand {
    /// One measured size, as the child process reports it on one line.
    struct CheckFigures {
        var scenes: Int
        var fileBytes: Int
        /// The best of the timed compilations.
        var seconds: Double
        /// Peak resident set of the child process (`ru_maxrss`), in kilobytes.
        var peakKilobytes: Int
        var diagnostics: Int

        var line: String { "\(scenes)\t\(fileBytes)\t\(seconds)\t\(peakKilobytes)\t\(diagnostics)" }

        init(scenes: Int, fileBytes: Int, seconds: Double, peakKilobytes: Int, diagnostics: Int) {
            self.scenes = scenes
            self.fileBytes = fileBytes
            self.seconds = seconds
            self.peakKilobytes = peakKilobytes
            self.diagnostics = diagnostics
        }

        init?(line: String) {
            let fields = line.split(whereSeparator: \.isWhitespace)
            guard fields.count == 5, let scenes = Int(fields[0]), let bytes = Int(fields[1]), let seconds = Double(fields[2]),
                  let kilobytes = Int(fields[3]), let diagnostics = Int(fields[4]) else { return nil }
            self.init(scenes: scenes, fileBytes: bytes, seconds: seconds, peakKilobytes: kilobytes, diagnostics: diagnostics)
        }
    }

    /// The sizes whose peak memory the per-scene figure is worked out from.
    static let perSceneMemorySizes = (small: 1_000, large: 100_000)

    func check() throws {
        var output = StandardOutput()
        let sizes = scenes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if child {
            guard let size = sizes.first else { return }
            if let figures = measureCheck(scenes: size) { print(figures.line, to: &output) }
            return
        }
        let compilations = repeats > 1 ? "best time of \(repeats) compilations, peak memory of the first (check compiles once)" : "one compilation"
        print("check: generated scenarios (3 roles, 15 variables, 3 guarded choices per scene), each read from a file as check reads it; "
              + compilations, to: &output)
        print("scenes     file size   best time   peak memory   diagnostics", to: &output)
        var measured: [Int: CheckFigures] = [:]
        for size in sizes {
            let process = Process()
            process.executableURL = ExecutableLocation.current()
            process.arguments = ["benchmark", "check", "--child", "--scenes", String(size), "--repeats", String(repeats)]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard let figures = CheckFigures(line: String(decoding: data, as: UTF8.self)) else {
                print("\(size): the measurement failed", to: &output)
                continue
            }
            measured[size] = figures
            var line = String(format: "%-10d %7.1f MB  %8.3f s  %9.1f MB   %d", size, Double(figures.fileBytes) / 1e6, figures.seconds,
                              Double(figures.peakKilobytes) / 1024, figures.diagnostics)
            if size == 10_000 { line += "   " + BenchmarkTarget.atMost(0.20, "0.20 s").verdict(figures.seconds) }
            print(line, to: &output)
        }
        let (small, large) = Self.perSceneMemorySizes
        if let low = measured[small], let high = measured[large] {
            let bytesPerScene = Double(high.peakKilobytes - low.peakKilobytes) * 1024 / Double(large - small)
            print(String(format: "memory per scene: (peak at %d − peak at %d) / %d scenes = %.2f KB ", large, small, large - small, bytesPerScene / 1024)
                  + BenchmarkTarget.atMost(1536, "1.5 KB per scene").verdict(bytesPerScene), to: &output)
        }
    }

    /// Compiles a generated scenario of `scenes` scenes `repeats` times, in this process, from a file read
    /// as `check` reads one: a big story a piece at a time, never all in memory. The generator's text is
    /// gone by then. The peak memory is read after the first compilation, as `check` compiles once: the
    /// later ones, for the best time, find the allocator's memory as the first left it (about 16 MB more
    /// at 100,000 scenes, what the two threads freed and the allocator did not reuse). Nil when the file
    /// cannot be written or read.
    private func measureCheck(scenes size: Int) -> CheckFigures? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-benchmark-check-\(getpid()).story").path
        defer { unlink(path) }
        guard FileManager.default.createFile(atPath: path, contents: Data(ScenarioGenerator.scenario(sceneCount: size).utf8)),
              let files = try? ScenarioFiles.read(path), !files.isEmpty
        else { return nil }
        var best = Double.infinity
        var diagnostics = 0
        var peakKilobytes = 0
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            let compilation = Compiler.compile(files)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            diagnostics = compilation.diagnostics.count
            best = min(best, elapsed)
            if peakKilobytes == 0 { peakKilobytes = Self.peakResidentKilobytes() }
        }
        return CheckFigures(scenes: size, fileBytes: files.reduce(0) { $0 + $1.byteCount }, seconds: best,
                            peakKilobytes: peakKilobytes, diagnostics: diagnostics)
    }

    /// This process's peak resident set so far (`ru_maxrss`), in kilobytes.
    private static func peakResidentKilobytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage.ru_maxrss
    }
}
