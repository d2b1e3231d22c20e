import Foundation
import PetrogradConsole
import Testing

/// The program finds its own file, and so its scenarios and its child processes, however it was started:
/// by a path, or by a bare name looked up on PATH from any folder.
@Suite struct ExecutableLocationTests {
    /// Runs `petrograd` through `/usr/bin/env` as a shell would: a bare name found on PATH (a folder
    /// holding only a link to the built program), from an empty working folder.
    static func runFromPath(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let folder = try Support.temporaryFolder()
        let bin = folder.appendingPathComponent("bin"), elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("petrograd"), withDestinationURL: Support.executable)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["PATH=" + path, "XDG_STATE_HOME=" + folder.path, "XDG_CONFIG_HOME=" + folder.path, "petrograd"] + arguments
        process.currentDirectoryURL = elsewhere
        let output = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func benchmarkCheckRunsFromPathInAnotherFolder() throws {
        let (status, output) = try Self.runFromPath(["benchmark", "check", "--scenes", "20", "--repeats", "1"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("scenes     file size"))
        #expect(output.split(separator: "\n").contains { $0.hasPrefix("20 ") || $0.hasPrefix("    20") || $0.trimmingCharacters(in: .whitespaces).hasPrefix("20") })
    }

    @Test func benchmarkStartupRunsFromPathInAnotherFolder() throws {
        let (status, output) = try Self.runFromPath(["benchmark", "startup", "--repeats", "1"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("startup: launch to first prompt, 10 runs"))
        #expect(output.contains("game session: a whole scripted game"))
    }

    @Test func theBundledScenariosAreFoundFromPathInAnotherFolder() throws {
        let (status, output) = try Self.runFromPath(["check"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("march-1917: no problems"))
    }

    @Test func aBareNameIsLookedUpOnPathAndANameWithASlashIsAPath() throws {
        let folder = try Support.temporaryFolder()
        let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
        for bin in [first, second] {
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        }
        // Only the second folder's file may be run; the first one's is not executable.
        #expect(FileManager.default.createFile(atPath: first.appendingPathComponent("tool").path, contents: Data(), attributes: [.posixPermissions: 0o644]))
        #expect(FileManager.default.createFile(atPath: second.appendingPathComponent("tool").path, contents: Data(), attributes: [.posixPermissions: 0o755]))
        let found = ExecutableLocation.resolve("tool", path: first.path + ":" + second.path)
        #expect(found.path == second.appendingPathComponent("tool").resolvingSymlinksInPath().path)
        #expect(ExecutableLocation.resolve("./bin/tool", path: second.path).path.hasSuffix("/bin/tool"))
        #expect(ExecutableLocation.current().path == URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path)
    }
}
