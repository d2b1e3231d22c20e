import Foundation
import PetrogradClassroom
@testable import PetrogradCommands
import Testing

/// `host` blocks its thread while the server starts (as the command does on the main thread), so it is
/// opened on a thread of its own (`Support.onOwnThread`), leaving the concurrency pool free for the server.
@Suite(.serialized, .timeLimit(.minutes(2))) struct HostCommandTests {
    /// Opens `host` with these arguments; returns what it opened and what it printed.
    static func open(_ arguments: [String]) async throws -> (hosting: Hosting?, output: String) {
        try await Support.onOwnThread {
            let command = try HostCommand.parse(arguments)
            var output = ""
            let hosting = command.open(library: Support.library, language: "en", output: &output)
            return (hosting, output)
        }
    }

    @Test func hostingPrintsTheCodeTheJoinCommandAndTheTeachersKey() async throws {
        let folder = try Support.temporaryFolder()
        let database = folder.appendingPathComponent("classroom.sqlite").path
        let (opened, output) = try await Self.open(["march-1917", "--port", "0", "--bind", "127.0.0.1", "--database", database])
        let hosting = try #require(opened)
        let room = try #require(hosting.rooms.first?.room)
        let code = room.code.value
        #expect(output.contains("Room code: \(code)"))
        #expect(output.contains("  petrograd join 127.0.0.1:\(hosting.server.port) --code \(code) --name NAME --role ROLE\n"))
        #expect(output.contains("ROLE is one of: worker, soldier, duma"))
        #expect(output.contains("Students with only a browser open this address and type the same code:\n  http://127.0.0.1:\(hosting.server.port)/\n"))
        #expect(output.contains("Teacher's key (keep it to yourself): \(hosting.rooms[0].key.value)"))
        #expect(output.contains("The teacher's dashboard, in a browser (log in with the key above):\n  http://127.0.0.1:\(hosting.server.port)/teacher\n"))
        #expect(output.contains("only this machine can join"))
        #expect(try RoomStore(path: database).roomCodes() == [code])
        await hosting.server.stop()
    }

    @Test func resumingAfterTheScenarioWasEditedSaysWhatItWillDoFirst() async throws {
        let folder = try Support.temporaryFolder()
        let scenario = folder.appendingPathComponent("march-1917")
        try FileManager.default.copyItem(at: Support.root.appendingPathComponent("Scenarios/march-1917"), to: scenario)
        let database = folder.appendingPathComponent("classroom.sqlite").path
        let hosting = try #require(try await Self.open([scenario.path, "--port", "0", "--bind", "127.0.0.1", "--database", database]).hosting)
        let code = hosting.rooms[0].room.code.value
        await hosting.server.stop()

        let edited = scenario.appendingPathComponent("worker.story")
        try (try String(contentsOf: edited, encoding: .utf8) + "\n").write(to: edited, atomically: true, encoding: .utf8)
        let (reopenedHosting, output) = try await Self.open([scenario.path, "--resume", "--port", "0", "--bind", "127.0.0.1", "--database", database])
        let resumed = try #require(reopenedHosting)
        let warning = try #require(output.range(of: "Room \(code): the files of march-1917 on disk have changed since it started. The room goes on with the version it started with, kept in the database."))
        let reopened = try #require(output.range(of: "Room \(code) (march-1917) is open again"))
        #expect(warning.lowerBound < reopened.lowerBound)
        #expect(resumed.rooms.map(\.room.code.value) == [code])
        await resumed.server.stop()
    }
}
