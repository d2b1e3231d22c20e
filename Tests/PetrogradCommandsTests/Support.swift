import Foundation
import PetrogradConsole
@testable import PetrogradCommands

/// Paths and helpers shared by the command tests.
enum Support {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The small version of the March scenario, kept as a fixture so that tests of the console do not
    /// change whenever the bundled act is edited.
    static let smallScenario = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/small-march-1917").path

    /// The bundled scenarios of this checkout.
    static let library = ScenarioLibrary(root: root.appendingPathComponent("Scenarios").path)

    /// The `petrograd` executable built beside the test bundle.
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("petrograd")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/petrograd")
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `body` on a thread of its own and waits for it without holding a thread of the concurrency pool.
    /// A command that blocks its thread until async work is done (`host`, `join`: they wait as the real
    /// program does on its main thread) must never block a pool thread: the test runner runs tests on that
    /// pool, and two such waits at once, on a 2-core machine, would leave no thread for the work they wait for.
    static func onOwnThread<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do { continuation.resume(returning: try body()) } catch { continuation.resume(throwing: error) }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Plays in-process with scripted input, the saves and settings kept in `state`, at `width` columns;
    /// returns the exit status and everything shown, one line per line.
    static func playInProcess(_ arguments: [String], lines: [String], state: URL, width: Int) throws -> (status: Int32, output: String) {
        let command = try PlayCommand.parse(arguments)
        var reader = ScriptedLineReader(lines: lines)
        var shown: [String] = []
        let status = command.execute(library: library, reader: &reader, saves: SaveStore(directory: state.appendingPathComponent("saves").path),
                                     settingsPath: state.appendingPathComponent("settings").path, output: { shown.append($0) }, width: width)
        return (status, shown.joined(separator: "\n"))
    }

    /// Where the binaries these tests start keep their compiled-scenario cache.
    static let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-test-cache-\(getpid())")

    /// Runs the real binary with piped input; returns its exit status and output.
    static func run(_ arguments: [String], input: String = "", environment extra: [String: String] = [:],
                    in folder: URL? = nil) throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // Compiled scenarios are cached in a folder of the test run's own, never in the user's.
        environment["XDG_CACHE_HOME"] = cacheFolder.path
        for (key, value) in extra { environment[key] = value }
        return try runProcess(executable, arguments, environment: environment, input: input, in: folder)
    }

    /// Runs any program with piped input, in `environment` exactly (nil: this process's); returns its exit
    /// status and its standard output and error together.
    static func runProcess(_ program: URL, _ arguments: [String], environment: [String: String]?, input: String = "",
                           in folder: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Collects printed text in tests.
struct StringOutput: TextOutputStream {
    var text = ""
    mutating func write(_ string: String) { text += string }
}
