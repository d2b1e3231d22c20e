import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd benchmark session`: a game of N turns played through the real `GameSession`, autosaving to a
/// temporary folder, on ``ScenarioGenerator/longSession`` (one choice taken again and again, each time
/// writing a journal line). Each N runs in its own process, so its peak memory is its own.
extension BenchmarkCommand {
    /// One measured session, as the child process reports it on one line.
    struct SessionFigures {
        var turns: Int
        var seconds: Double
        /// Processor time (user and system) the session took: on a busy machine, steadier than `seconds`.
        var processorSeconds: Double
        /// Peak resident set of the child process (`ru_maxrss`), in kilobytes.
        var peakKilobytes: Int
        /// Bytes the session's saves wrote to disk.
        var bytesWritten: Int

        var line: String { "\(turns)\t\(seconds)\t\(processorSeconds)\t\(peakKilobytes)\t\(bytesWritten)" }

        init(turns: Int, seconds: Double, processorSeconds: Double, peakKilobytes: Int, bytesWritten: Int) {
            self.turns = turns
            self.seconds = seconds
            self.processorSeconds = processorSeconds
            self.peakKilobytes = peakKilobytes
            self.bytesWritten = bytesWritten
        }

        init?(line: String) {
            let fields = line.split(whereSeparator: \.isWhitespace)
            guard fields.count == 5, let turns = Int(fields[0]), let seconds = Double(fields[1]), let processor = Double(fields[2]),
                  let peak = Int(fields[3]), let bytes = Int(fields[4]) else { return nil }
            self.init(turns: turns, seconds: seconds, processorSeconds: processor, peakKilobytes: peak, bytesWritten: bytes)
        }
    }

    /// The turn counts asked for with `--turns`.
    var turnCounts: [Int] {
        turns.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 >= 1 }
    }

    /// Runs each turn count in a child process and prints a table.
    func session() throws {
        var output = StandardOutput()
        let counts = turnCounts
        guard !counts.isEmpty else { throw ValidationError("--turns needs whole numbers of turns, as in --turns 1000,10000") }
        if child {
            print(try Self.playSession(turns: counts[0]).line, to: &output)
            return
        }
        print("session: one player taking a repeatable choice that writes a journal line, autosaving every turn", to: &output)
        print("turns     total time   per turn     processor per turn   peak memory   bytes written", to: &output)
        for count in counts {
            let process = Process()
            process.executableURL = Self.runningExecutable
            process.arguments = ["benchmark", "session", "--child", "--turns", String(count)]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0, let figures = SessionFigures(line: String(decoding: data, as: UTF8.self)) else {
                print("\(count): the measurement failed", to: &output)
                continue
            }
            print(String(format: "%-9d %8.2f s  %8.1f µs  %12.1f µs       %7.1f MB  %10.3f MB", figures.turns, figures.seconds,
                         figures.seconds / Double(figures.turns) * 1e6, figures.processorSeconds / Double(figures.turns) * 1e6,
                         Double(figures.peakKilobytes) / 1024, Double(figures.bytesWritten) / 1e6), to: &output)
        }
    }

    /// Plays `turns` turns in this process and measures them.
    static func playSession(turns: Int) throws -> SessionFigures {
        let compilation = Compiler.compile([SourceFile(path: "long-session.story", text: ScenarioGenerator.longSession)])
        guard let scenario = compilation.scenario, case .success(let (game, opening)) = Game.start(scenario, roles: [0], seed: 1) else {
            throw ValidationError("the benchmark's scenario does not compile")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-benchmark-session-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fileSystem = CountingFileSystem()
        let store = SaveStore(directory: folder.path, fileSystem: fileSystem)
        let session = GameSession(game: game, language: "en", width: 80, saves: store, program: "benchmark", output: { _ in })
        var reader = RepeatingLineReader(line: "1", count: turns)
        let start = DispatchTime.now().uptimeNanoseconds
        let processorStart = processorSeconds()
        session.run(reader: &reader, openingEvents: opening)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let processor = processorSeconds() - processorStart
        guard session.game.log.count == turns else {
            throw ValidationError("the session took \(session.game.log.count) turns instead of \(turns)")
        }
        return SessionFigures(turns: turns, seconds: seconds, processorSeconds: processor, peakKilobytes: usage().ru_maxrss,
                              bytesWritten: fileSystem.bytesWritten)
    }

    private static func usage() -> rusage {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage
    }

    /// User and system time this process has taken so far.
    private static func processorSeconds() -> Double {
        let usage = usage()
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// This program's own file, for running a measurement in a fresh process.
    static var runningExecutable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    }
}

/// Types the same line a number of times, then ends the input: a player who keeps choosing.
private struct RepeatingLineReader: LineReader {
    let line: String
    var count: Int
    var completionProvider: CompletionProvider?

    init(line: String, count: Int) {
        self.line = line
        self.count = count
    }

    mutating func readLine(prompt: String) -> LineReadResult {
        guard count > 0 else { return .endOfInput }
        count -= 1
        return .line(line)
    }

    mutating func addHistory(_ line: String) {}
}

/// The real file system, counting the bytes written through it.
private final class CountingFileSystem: FileSystem, @unchecked Sendable {
    private let base = POSIXFileSystem()
    private let lock = NSLock()
    private var written = 0

    var bytesWritten: Int { lock.withLock { written } }

    func open(_ path: String, flags: Int32, mode: mode_t) -> Result<Int32, SystemError> { base.open(path, flags: flags, mode: mode) }

    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Result<Int, SystemError> {
        let result = base.write(descriptor, bytes)
        if case .success(let count) = result { lock.withLock { written += count } }
        return result
    }

    func synchronize(_ descriptor: Int32) -> Result<Void, SystemError> { base.synchronize(descriptor) }
    func close(_ descriptor: Int32) { base.close(descriptor) }
    func rename(_ source: String, to destination: String) -> Result<Void, SystemError> { base.rename(source, to: destination) }
    func remove(_ path: String) -> Result<Void, SystemError> { base.remove(path) }
    func status(_ path: String) -> Result<stat, SystemError> { base.status(path) }
    func makeFolder(_ path: String) -> Result<Void, SystemError> { base.makeFolder(path) }
}
