import Foundation
@testable import PetrogradClassroom
import PetrogradCore
import Testing

/// The student's connection (`ClassroomClient`) against a real server on loopback, in-process: the welcome
/// rebuilt into the room's game, choices acknowledged and broadcast, a seat taken back by its token, and the
/// server's refusals passed on.
@Suite struct ClassroomClientTests {
    /// Everything a client heard, in order, for a test to wait on.
    final class Heard: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [ClassroomClient.Event] = []
        private var kept: [ClassroomClient.Credentials] = []

        func add(_ event: ClassroomClient.Event) { lock.withLock { events.append(event) } }
        func keep(_ credentials: ClassroomClient.Credentials) { lock.withLock { kept.append(credentials) } }
        var lastKept: ClassroomClient.Credentials? { lock.withLock { kept.last } }

        /// The first event that `matches`, waiting for it (at most ten seconds, so a broken server fails the
        /// test instead of hanging it).
        func first<T>(_ matches: (ClassroomClient.Event) -> T?) async -> T? {
            for _ in 0..<500 {
                if let found = lock.withLock({ events.lazy.compactMap(matches).first }) { return found }
                try? await Task.sleep(for: .milliseconds(20))
            }
            return nil
        }

        func welcome() async -> ClassroomClient.Welcome? {
            await first { if case .welcome(let welcome) = $0 { welcome } else { nil } }
        }
    }

    static func serve(_ harness: Harness) async throws -> ClassroomServer.Running {
        try await ClassroomServer(classroom: harness.classroom, bindAddress: "127.0.0.1", port: 0).start()
    }

    static func client(port: Int, code: String, name: String?, role: String? = nil, program: String = Harness.program,
                       credentials: ClassroomClient.Credentials? = nil, heard: Heard) throws -> ClassroomClient {
        let room = try #require(RoomCode(typed: code))
        let request = ClassroomClient.Request(host: "127.0.0.1", port: port, code: room, name: name, role: role,
                                              program: program)
        let client = ClassroomClient(request: request, credentials: credentials, onCredentials: { heard.keep($0) }, onEvent: { heard.add($0) })
        client.start()
        return client
    }

    /// The id of the first choice open to a seat (counting from 1) in a game.
    static func openChoice(for seat: Int, in game: Game) throws -> String {
        let open = game.simulation.options(for: seat - 1, in: game.state).filter(\.isAvailable)
        let option = try #require(open.first)
        return game.scenario.choices[option.choice].id
    }

    @Test func aStudentIsWelcomedWithTheCityRebuiltAndTheirChoiceIsAcknowledgedAndBroadcast() async throws {
        let harness = try await Harness()
        let server = try await Self.serve(harness)
        let heard = Heard()
        let client = try Self.client(port: server.port, code: harness.room.code.value, name: "Asha", role: "worker", heard: heard)
        let welcome = try #require(await heard.welcome())
        #expect(welcome.seat == 1)
        #expect(welcome.game.names == ["Asha"])
        #expect(welcome.game.scenario.contentHash == MarchAct.scenario.contentHash)
        #expect(welcome.game.log == [.join(role: "worker", name: "Asha")])
        #expect(heard.lastKept?.seat == 1)

        let choice = try Self.openChoice(for: 1, in: welcome.game)
        #expect(client.choose(choice) == 1)
        let acknowledged = await heard.first { if case .acknowledged(let sequence, let index) = $0 { (sequence, index) } else { nil } }
        #expect(acknowledged?.0 == 1 && acknowledged?.1 == 2)
        let broadcast = await heard.first { if case .action(2, let action) = $0 { action } else { nil } }
        #expect(broadcast == .choose(player: 1, choice: choice))
        // The number is kept before the choice goes out, so a restarted client never uses it again.
        #expect(heard.lastKept?.lastSequence == 1)
        client.stop()
        await client.waitUntilStopped()
        await server.stop()
    }

    @Test func aRestartedClientTakesItsSeatBackByTokenAndNothingIsLostOrDoubled() async throws {
        let harness = try await Harness()
        let server = try await Self.serve(harness)
        let first = Heard()
        let client = try Self.client(port: server.port, code: harness.room.code.value, name: "Ravi", role: "soldier", heard: first)
        let welcome = try #require(await first.welcome())
        let choice = try Self.openChoice(for: 1, in: welcome.game)
        _ = client.choose(choice)
        _ = await first.first { if case .acknowledged = $0 { true } else { nil } }
        let kept = try #require(first.lastKept)
        // The client is killed; a new one starts from what was kept.
        client.stop()
        await client.waitUntilStopped()

        let second = Heard()
        let restarted = try Self.client(port: server.port, code: harness.room.code.value, name: "Ravi", credentials: kept, heard: second)
        let again = try #require(await second.welcome())
        #expect(again.seat == 1)
        #expect(again.game.state.players.count == 1, "the seat was taken back, not a new one made")
        #expect(again.game.log == [.join(role: "soldier", name: "Ravi"), .choose(player: 1, choice: choice)])
        // Its next choice goes on from the kept number.
        let next = try Self.openChoice(for: 1, in: again.game)
        #expect(restarted.choose(next) == kept.lastSequence + 1)
        let acknowledged = await second.first { if case .acknowledged(let sequence, let index) = $0 { (sequence, index) } else { nil } }
        #expect(acknowledged?.0 == 2 && acknowledged?.1 == 3)
        let log = await harness.room.game.log
        #expect(log.count == 3)
        restarted.stop()
        await restarted.waitUntilStopped()
        await server.stop()
    }

    @Test func aWrongCodeIsRefusedAndTheClientStops() async throws {
        let harness = try await Harness()
        let server = try await Self.serve(harness)
        let heard = Heard()
        let other = harness.room.code.value == "ABCDEF" ? "ABCDEG" : "ABCDEF"
        let client = try Self.client(port: server.port, code: other, name: "Meena", heard: heard)
        let problem = await heard.first { if case .problem(let code, _, let isFinal) = $0 { (code, isFinal) } else { nil } }
        #expect(problem?.0 == "wrong-code" && problem?.1 == true)
        await client.waitUntilStopped()
        await server.stop()
    }

    @Test func anotherVersionOfTheProgramGetsTheServersMessageNamingBoth() async throws {
        let harness = try await Harness()
        let server = try await Self.serve(harness)
        let heard = Heard()
        let client = try Self.client(port: server.port, code: harness.room.code.value, name: "Meena", program: "9.9.9", heard: heard)
        let problem = await heard.first { if case .problem(let code, let message, let isFinal) = $0 { (code, message, isFinal) } else { nil } }
        #expect(problem?.0 == "version")
        #expect(problem?.1.contains("9.9.9") == true && problem?.1.contains(Harness.program) == true)
        #expect(problem?.2 == true)
        await client.waitUntilStopped()
        await server.stop()
    }
}
