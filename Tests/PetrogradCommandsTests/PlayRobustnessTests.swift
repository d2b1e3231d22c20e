import Foundation
import Glibc
import Testing

/// The play command under signals, bad arguments and unwritable transcripts (the reliability report's
/// F7, F9, F12 and F14), against the real binary.
@Suite struct PlayRobustnessTests {
    /// Starts `petrograd` with a pipe for input, keeping the pipe open so it waits at its prompt.
    static func start(_ arguments: [String], state: URL) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = Support.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path, "NO_COLOR": "1"]) { $1 }
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        return (process, input, output)
    }

    /// Waits at most ten seconds for the process to end; true when it did.
    static func ends(_ process: Process) -> Bool {
        for _ in 0..<200 where process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        return !process.isRunning
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalEndsTheProgramAtTheLanguageAndRolePrompts(signal: Int32) throws {
        for arguments in [["play", Support.smallScenario], ["play", Support.smallScenario, "--lang", "en"]] {
            let state = try Support.temporaryFolder()
            let (process, input, output) = try Self.start(arguments, state: state)
            // The prompt is up once the question is printed; the program then waits in its read.
            Thread.sleep(forTimeInterval: 0.5)
            kill(process.processIdentifier, signal)
            let ended = Self.ends(process)
            if !ended { process.terminate(); kill(process.processIdentifier, SIGKILL) }
            try input.fileHandleForWriting.close()
            let shown = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(ended, "\(arguments): still waiting after the signal")
            #expect(shown.contains(arguments.count == 2 ? "Choose a language" : "Which role will you play?"), "\(shown)")
        }
    }

    @Test func anUnknownRoleIsAnErrorOnStandardErrorWithAFailingStatus() throws {
        let state = try Support.temporaryFolder()
        let process = Process()
        process.executableURL = Support.executable
        process.arguments = ["play", Support.smallScenario, "--role", "nope", "--lang", "en"]
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path]) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let shown = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(problems == "error: there is no role 'nope'; roles: worker, soldier, duma\n")
        #expect(shown.isEmpty)
    }

    @Test func aGameWhoseSavesAllFailEndsWithAFailingStatus() throws {
        // A wide window (COLUMNS) keeps each message on one line to search.
        let state = try Support.temporaryFolder()
        // The save folder's place is taken by a file, so no save can be written.
        try Data("in the way".utf8).write(to: state.appendingPathComponent("petrograd"))
        let (status, output) = try Support.run(["play", Support.smallScenario, "--lang", "en", "--role", "worker"], input: "1\nquit\n",
                                               environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path, "COLUMNS": "400"])
        #expect(status == 1)
        #expect(output.contains("Problem: the folder for "))
        #expect(output.hasSuffix("Goodbye.\n") && !output.contains("Game saved."))
    }

    @Test func aTranscriptThatCannotBeKeptNeverStopsTheGame() throws {
        let state = try Support.temporaryFolder()
        let fifo = state.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let commands = ["transcript /dev/full", "transcript \(fifo.path)", "transcript /dev/stdout", "1", "quit"]
        let (status, output) = try Support.run(["play", Support.smallScenario, "--lang", "en", "--role", "worker", "--seed", "2"],
                                               input: commands.joined(separator: "\n") + "\n",
                                               environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path, "COLUMNS": "400"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("Problem: /dev/full is a device, not a regular file; a transcript must be an ordinary file"))
        #expect(output.contains("it is a pipe that nothing reads"))
        #expect(output.contains("Problem: /dev/stdout is a FIFO (named pipe), not a regular file"))
        #expect(output.contains("Game saved. Goodbye."))
    }

    @Test func controlCharactersTypedAtThePromptAreNeverEchoedRaw() throws {
        let state = try Support.temporaryFolder()
        let transcript = state.appendingPathComponent("t.txt")
        let commands = ["transcript \(transcript.path)", "\u{1B}]0;pwned\u{07}", "\u{1B}[2Jclear", "\u{9B}31m", "quit"]
        let (_, output) = try Support.run(["play", Support.smallScenario, "--lang", "en", "--role", "worker", "--seed", "2"],
                                          input: commands.joined(separator: "\n") + "\n",
                                          environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        let kept = try String(contentsOf: transcript, encoding: .utf8)
        for text in [output, kept] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        }
        #expect(output.contains("'^[]0;pwned^G' is not a choice or a command."))
        #expect(kept.contains("> ^[[2Jclear"))
    }

    @Test func aStartingValueOutsideItsRangeIsLimitedAndSaidSo() throws {
        let state = try Support.temporaryFolder()
        let (status, output) = try Support.run(["play", Support.smallScenario, "--lang", "en", "--role", "worker", "--set", "strike=99999"],
                                               input: "status\nquit\n",
                                               environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        #expect(status == 0)
        #expect(output.contains("(strike=99999 is outside its range 0 to 100, so it starts at 100)"), "\(output)")
    }

    @Test func aReplayOrPlaytestThatIsAFIFOIsRefusedWithoutWaiting() throws {
        let state = try Support.temporaryFolder()
        let fifo = state.appendingPathComponent("game.playtest")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let replay = try Support.run(["play", Support.smallScenario, "--replay", fifo.path],
                                     environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        #expect(replay.status == 1)
        #expect(replay.output == "error: \(fifo.path) is a FIFO (named pipe), not a regular file\n")
        let test = try Support.run(["test", fifo.path])
        #expect(test.status == 1)
        #expect(test.output.contains("\(fifo.path):1:1: error: this file is a FIFO (named pipe), not a regular file"))
    }
}
