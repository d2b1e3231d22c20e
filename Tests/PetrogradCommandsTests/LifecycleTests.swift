import Foundation
import Testing
@testable import PetrogradCommands
import PetrogradConsole
import PetrogradCore

/// Starting, stopping and finding the game: signals, installed copies, the list of scenarios.
@Suite struct LifecycleTests {
    @Test func sigtermSavesTheGameBeforeTheProgramLeaves() throws {
        let state = try Support.temporaryFolder()
        let process = Process()
        process.executableURL = Support.executable
        process.arguments = ["play", Support.smallScenario, "--role", "soldier", "--lang", "en", "--seed", "8"]
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_STATE_HOME": state.path, "NO_COLOR": "1"]) { $1 }
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("1\n".utf8))
        // The autosave appears once the game has taken the choice; then the game waits for the next line.
        let autosave = state.appendingPathComponent("petrograd/saves/march-1917/player/autosave.json")
        for _ in 0..<400 where !FileManager.default.fileExists(atPath: autosave.path) {
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.terminate()
        let shown = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(shown.contains("Game saved. Goodbye."))
        let save = try Data(contentsOf: autosave)
        #expect(String(decoding: save, as: UTF8.self).contains("\"p1 choose"), "the save holds the choice taken")
    }

    @Test func anInstalledCopyFindsTheScenariosInstalledBesideIt() throws {
        // prefix/bin/petrograd and prefix/share/petrograd/Scenarios, as the README's install steps lay them out.
        let prefix = try Support.temporaryFolder()
        let bin = prefix.appendingPathComponent("bin"), share = prefix.appendingPathComponent("share/petrograd/Scenarios")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Support.executable, to: bin.appendingPathComponent("petrograd"))
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Support.smallScenario, toPath: share.appendingPathComponent("installed-copy").path)
        let elsewhere = try Support.temporaryFolder()
        let process = Process()
        process.executableURL = bin.appendingPathComponent("petrograd")
        process.arguments = ["check", "installed-copy"]
        process.currentDirectoryURL = elsewhere
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("installed-copy: no problems"))
    }

    @Test func listShowsScenariosRolesAndSaves() throws {
        let state = try Support.temporaryFolder()
        let saves = SaveStore(directory: state.path)
        _ = saves.write(try Self.someSave(), name: "lesson-one")
        var output = StringOutput()
        ListCommand().execute(library: Support.library, saves: { _ in saves }, output: &output)
        #expect(output.text.contains("march-1917"))
        #expect(output.text.contains("role worker:"))
        #expect(output.text.contains("role duma:"))
        #expect(output.text.contains("lesson-one"))
    }

    static func someSave() throws -> SaveDocument {
        let files = try ScenarioFiles.read(Support.smallScenario)
        let scenario = try #require(Compiler.compile(files).scenario)
        guard case .success(let started) = Game.start(scenario, roles: [0], seed: 1) else { throw CancellationError() }
        return SaveDocument(game: started.0, program: "test")
    }

    @Test func plainOutputHasNoEscapesAndTextMissingInALanguageIsMarked() throws {
        let folder = try Support.temporaryFolder()
        let story = """
            format 1
            scenario partial
              hi: आंशिक
              en: Partial
              languages hi en
            role r
              hi: भूमिका
              en: Role
              start s
            scene s
              hi: केवल हिंदी में।
              choice done
                hi: समाप्त
                en: Finish
                go end
            ending end
              hi: अंत।
              en: The end.
            """
        try story.write(to: folder.appendingPathComponent("partial.story"), atomically: true, encoding: .utf8)
        let state = try Support.temporaryFolder()
        let result = try Support.run(["play", folder.path, "--role", "r", "--lang", "en", "--plain", "--seed", "1"], input: "1\n",
                                     environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        #expect(result.status == 0)
        #expect(result.output.contains("[not translated] केवल हिंदी में।"))
        #expect(result.output.contains("1. Finish"))
        #expect(!result.output.contains("\u{1B}["))
    }
}
