import Foundation
import Glibc
@testable import PetrogradCommands
import PetrogradConsole
import PetrogradCore
import Testing

/// Long games with the real binary: a kill -9 loses at most the turn in flight, and the session benchmark
/// reports its figures.
@Suite struct LongGameTests {
    @Test func aKillDuringATurnLosesAtMostThatTurnAndTheSaveIsTheGameItsLogPlays() throws {
        let state = try Support.temporaryFolder()
        let scenarioFolder = state.appendingPathComponent("long-session")
        try FileManager.default.createDirectory(at: scenarioFolder, withIntermediateDirectories: true)
        try ScenarioGenerator.longSession.write(to: scenarioFolder.appendingPathComponent("main.story"), atomically: true, encoding: .utf8)
        let scenario = try #require(Compiler.compile([SourceFile(path: "main.story", text: ScenarioGenerator.longSession)]).scenario)
        let store = SaveStore(directory: state.appendingPathComponent("petrograd/saves/long-session/player").path)
        func turnsOnDisk() -> Int? { (try? store.read(SaveStore.autosaveName).get().0)?.log.count }
        var generator = SystemRandomNumberGenerator()
        for round in 0..<6 {
            let process = Process()
            process.executableURL = Support.executable
            process.arguments = ["play", scenarioFolder.path, "--lang", "en", "--seed", "4"]
                + (round == 0 ? ["--role", "waiter"] : ["--load", "autosave"])
            process.environment = ProcessInfo.processInfo.environment.merging(["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path]) { $1 }
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let start = turnsOnDisk() ?? 0
            // Turns one at a time, each waited for until it is on disk: these are acknowledged.
            let acknowledged = start + 5 + round * 3
            for turn in (start + 1)...acknowledged {
                input.fileHandleForWriting.write(Data("1\n".utf8))
                var waited = 0
                while turnsOnDisk() != turn, waited < 2_000 {
                    usleep(5_000)
                    waited += 1
                }
                #expect(turnsOnDisk() == turn, "round \(round): turn \(turn) reached the disk")
            }
            // One more turn, killed at a random moment while it is taken and saved.
            input.fileHandleForWriting.write(Data("1\n".utf8))
            usleep(UInt32.random(in: 0...4_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()

            let (document, _) = try store.read(SaveStore.autosaveName).get()
            #expect([acknowledged, acknowledged + 1].contains(document.log.count), "round \(round): \(document.log.count) turns on disk, \(acknowledged) acknowledged")
            // Nothing half-written: the saved values are exactly those its log plays to.
            let actions = document.log.compactMap(Action.init(logLine:))
            let replayed = try Game.replay(scenario, roles: [0], seed: document.seed, log: actions).get()
            var expected = SaveDocument(game: replayed, program: PetrogradCommand.version)
            expected.name = document.name  // piped play without --name plays as 'player'
            #expect(expected == document, "round \(round)")
        }
    }

    @Test func theSessionBenchmarkPrintsTimeMemoryAndBytesForEachNumberOfTurns() throws {
        let result = try Support.run(["benchmark", "session", "--turns", "3,5"])
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.output)")
        #expect(lines.dropFirst().first == "turns     total time   per turn     processor per turn   peak memory   bytes written")
        for (line, turns) in zip(lines.dropFirst(2), ["3", "5"]) {
            let fields = line.split(separator: " ")
            #expect(fields.first.map(String.init) == turns, "\(line)")
            #expect(fields.count == 11 && fields[2] == "s" && fields[4] == "µs" && fields[6] == "µs" && fields[8] == "MB" && fields[10] == "MB", "\(line)")
            #expect(Double(fields[7]).map { $0 > 1 } == true, "a peak memory in megabytes: \(line)")
            #expect(Double(fields[9]).map { $0 > 0 } == true, "bytes were written: \(line)")
        }
    }
}
