import Foundation
import PetrogradClassroom
import Testing
@testable import PetrogradCommands
#if canImport(Glibc)
import Glibc
#endif

/// Nothing is lost on the teacher's machine: the real `petrograd host`, killed with SIGKILL while students
/// are choosing in two rooms, comes back with `--resume` with every acknowledged action where its
/// acknowledgement said, nothing twice, and each room as it was (its log, and the timer the teacher set).
@Suite(.serialized) struct ClassroomCrashTests {
    /// A host of the load scenario on loopback, its database in `folder`.
    static func host(_ extra: [String], folder: URL, port: Int) throws -> HostProcess {
        try HostProcess(executable: Support.executable,
                        arguments: ["host"] + extra + ["--bind", "127.0.0.1", "--port", String(port), "--database",
                                                       folder.appendingPathComponent("classroom.sqlite").path, "--lang", "en"])
    }

    @Test("A host killed with kill -9 in the middle of busy rooms resumes with every acknowledged action and the rooms as they were")
    func killNineThenResume() async throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent(LoadScenario.id)
        try FileManager.default.createDirectory(at: scenario, withIntermediateDirectories: true)
        try LoadScenario.text.write(to: scenario.appendingPathComponent(LoadScenario.fileName), atomically: true, encoding: .utf8)
        let port = try #require(BenchmarkCommand.freeLoopbackPort())

        let first = try Self.host([scenario.path, "--seed", "7"], folder: folder, port: port)
        defer { first.stop() }
        first.type("open")
        first.type("timer 5m")
        let codes = try #require(first.waitForRoomCodes(2, seconds: 120), "the host said:\n\(first.transcript)")
        #expect(first.waitFor("Timer:", seconds: 30), "the host said:\n\(first.transcript)")

        let plan = LoadPlan(url: "ws://127.0.0.1:\(port)/play", codes: codes, seatsPerRoom: 5, roles: ["worker", "soldier"],
                            program: PetrogradCommand.version, warmup: 0, measured: 0, think: 0.005...0.03)
        let run = LoadRun(plan: plan)
        await run.start()
        for _ in 0..<600 where run.acknowledgedCount < 80 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(run.acknowledgedCount >= 80, "the rooms were not busy: \(run.report.errors) \(run.report.problems)")
        // In the middle of the traffic: no goodbye, no flush, no checkpoint.
        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()
        run.stopChoosing()
        await run.finish()
        let observed = run.observedLogs

        let second = try Self.host(["--resume"], folder: folder, port: port)
        defer { second.stop() }
        #expect(second.waitFor("Listening on", seconds: 120), "the resumed host said:\n\(second.transcript)")
        let watched = await run.watch()
        let audit = run.audit(against: watched)
        #expect(audit.missingRooms == 0, "the resumed host said:\n\(second.transcript)")
        #expect(audit.acknowledged >= 80)
        #expect(audit.lost == 0)
        #expect(audit.duplicated == 0)
        #expect(!audit.replicaDiffers)
        for code in codes {
            let log = try #require(watched[code]?.log), seen = try #require(observed[code])
            // Lines the server committed but had not yet sent when it died: at most one unanswered choice a seat.
            #expect(log.count - seen.count <= plan.seatsPerRoom)
            #expect(log.filter { $0.hasPrefix("join ") }.count == plan.seatsPerRoom)
        }
        #expect(watched[codes[0]]?.timer == nil)
        #expect(watched[codes[1]]?.timer == 300)
        second.type("quit")
    }
}
