import Foundation
import Testing
@testable import PetrogradCommands

/// The real binary with a standard output that cannot be written: closed, or a full disk.
@Suite struct OutputFailureTests {
    /// Commands that print a report, each with arguments that make it print something.
    static func commands(in folder: URL) -> [[String]] {
        let small = Support.smallScenario
        return [
            ["check", small],
            ["check", small, "--format", "json"],
            ["list"],
            ["show", small],
            ["graph", small],
            ["graph", small, "--format", "mermaid"],
            ["explore", small, "--mode", "random", "--runs", "2", "--failures", folder.appendingPathComponent("failures").path],
            ["test", Support.root.appendingPathComponent("Scenarios/march-1917/tests/duma-committee.playtest").path],
            ["new", "branch", "fresh", "--from", small, "--at", "dawn-roll-call", "--output", folder.appendingPathComponent("branch-\(UUID().uuidString)").path],
            ["benchmark", "check", "--scenes", "10", "--repeats", "1"],
        ]
    }

    /// Runs the binary with `standardOutput` as its standard output; returns its status and standard error.
    static func run(_ arguments: [String], standardOutput: Any?, state: URL, shell: Bool = false) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = shell ? URL(fileURLWithPath: "/bin/sh") : Support.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["NO_COLOR": "1", "XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path]) { $1 }
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        if let standardOutput { process.standardOutput = standardOutput }
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // `explore`'s random play times itself on standard error; the lines that matter here are the rest.
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return (process.terminationStatus, lines.filter { !$0.hasPrefix("random play (") }.joined(separator: "\n"))
    }

    @Test func aFullDiskIsReportedOnStandardErrorWithStatus74() throws {
        let folder = try Support.temporaryFolder()
        for arguments in Self.commands(in: folder) {
            let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
            let result = try Self.run(arguments, standardOutput: full, state: folder)
            #expect(result.status == StandardOutput.failureStatus, "\(arguments): \(result.errors)")
            #expect(result.errors == "petrograd: cannot write the output: No space left on device\n", "\(arguments)")
        }
    }

    @Test func aClosedStandardOutputIsReportedOnStandardErrorWithStatus74() throws {
        let folder = try Support.temporaryFolder()
        for arguments in Self.commands(in: folder) {
            let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            let result = try Self.run(["-c", "exec \"$0\" \(quoted) >&-", Support.executable.path],
                                      standardOutput: nil, state: folder, shell: true)
            #expect(result.status == StandardOutput.failureStatus, "\(arguments): \(result.errors)")
            #expect(result.errors == "petrograd: cannot write the output: Bad file descriptor\n", "\(arguments)")
        }
    }

    @Test func aReaderThatGoesAwayIsReportedLikeAnyOtherFailure() throws {
        let folder = try Support.temporaryFolder()
        let pipe = Pipe()
        // Nobody reads: the reading end is closed before the command writes.
        try pipe.fileHandleForReading.close()
        let result = try Self.run(["show", Support.smallScenario], standardOutput: pipe.fileHandleForWriting, state: folder)
        #expect(result.status == StandardOutput.failureStatus, "\(result.errors)")
        #expect(result.errors == "petrograd: cannot write the output: Broken pipe\n")
    }
}
