import Foundation
import Testing

/// A program (or a script) that plays through pipes answers what it sees: the game's text must reach the
/// pipe before the game waits for input, not only when the game ends.
@Suite struct PipedPromptTests {
    @Test func theFirstSceneArrivesThroughAPipeBeforeAnyInputIsGiven() throws {
        let state = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: state) }
        let process = Process()
        process.executableURL = Support.executable
        process.arguments = ["play", Support.smallScenario, "--role", "worker", "--lang", "en", "--seed", "1"]
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["XDG_STATE_HOME"] = state.path
        environment["XDG_CONFIG_HOME"] = state.path
        environment["XDG_CACHE_HOME"] = Support.cacheFolder.path
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()

        // Read on another thread, since a game that held its text back would block the read for good.
        let seen = SeenText()
        let arrived = DispatchSemaphore(value: 0)
        let reading = output.fileHandleForReading
        Thread {
            while true {
                let chunk = reading.availableData
                if chunk.isEmpty { break }
                if seen.append(chunk) { arrived.signal() }
            }
            arrived.signal()
        }.start()
        let waited = arrived.wait(timeout: .now() + 60)
        let early = seen.text
        // The input is given only now: whatever arrived before this was sent while the game waited.
        input.fileHandleForWriting.write(Data("quit\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()

        #expect(waited == .success)
        #expect(early.contains("What will you do?"), "the scene's question had not arrived when the game waited for input: \(early)")
        #expect(process.terminationStatus == 0)
    }
}

/// Text read from a pipe on one thread and looked at from another.
private final class SeenText: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    /// Adds a chunk; true when the text now holds the scene's question, shown just before the prompt.
    func append(_ chunk: Data) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        data.append(chunk)
        return String(decoding: data, as: UTF8.self).contains("What will you do?")
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
