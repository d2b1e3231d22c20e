import Foundation
@testable import PetrogradClassroom
import PetrogradCore
import Testing

/// A real server on loopback (a free port) with real WebSocket clients.
@Suite(.timeLimit(.minutes(2))) struct ServerTests {
    /// A harness with its server running.
    func serve(_ harness: Harness, frameRate: Double? = nil) async throws -> ClassroomServer.Running {
        var server = ClassroomServer(classroom: harness.classroom, bindAddress: "127.0.0.1", port: 0)
        if let frameRate { server.limits.frameRate = frameRate }
        return try await server.start()
    }

    func join(_ harness: Harness, port: Int, name: String, role: String) async throws -> (client: TestClient, welcome: ServerFrame.Welcome) {
        let client = TestClient(port: port)
        client.send(harness.hello(name: name, role: role))
        let welcome = try #require(await client.welcome())
        return (client, welcome)
    }

    @Test func studentsJoinChooseAndEveryoneHearsEachLineInOrderAfterItIsStored() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let (asha, welcomeA) = try await join(harness, port: server.port, name: "Asha", role: "worker")
        #expect(welcomeA.seat == 1 && welcomeA.log == ["join worker Asha"] && welcomeA.scenarioHash == MarchAct.scenario.contentHash)
        #expect(welcomeA.files.count == MarchAct.files.count)
        let (ravi, welcomeR) = try await join(harness, port: server.port, name: "Ravi", role: "soldier")
        #expect(welcomeR.seat == 2 && welcomeR.token != welcomeA.token)
        // Asha hears Ravi's join.
        #expect(await asha.nextAction()?.line == "join soldier Ravi")

        asha.send(.choose(seq: 1, choice: "ask-neighbour"))
        asha.send(.choose(seq: 2, choice: "spread-word"))
        // Asha's frames up to the answer to her second choice: every line is heard before its ack.
        var heardByAsha: [Int] = []
        var answers: [ServerFrame] = []
        while answers.count < 2, let frame = await asha.next() {
            switch frame {
            case .action(let index, _): heardByAsha.append(index)
            case .ack, .refused: answers.append(frame)
            default: break
            }
        }
        #expect(answers.first == .ack(seq: 1, index: 3))
        let lines = await harness.room.game.log.count
        var heardByRavi: [Int] = []
        while heardByRavi.count < lines - 2, let action = await ravi.nextAction() { heardByRavi.append(action.index) }
        // Each line reached both, in the log's order, with nothing skipped.
        #expect(heardByAsha == Array(3...lines) && heardByRavi == Array(3...lines))
        // Acknowledged means stored.
        let stored = try #require(try harness.store.room(harness.room.code.value))
        #expect(stored.log.count == lines)
        #expect(stored.log.contains { $0.index == 3 && $0.line == "p1 choose ask-neighbour" })
        await server.stop()
    }

    @Test func twoRoomsAreKeptApart() async throws {
        let harness = try await Harness()
        let other = try await harness.classroom.openRoom(scenario: MarchAct.scenario, files: MarchAct.files, seed: 3)
        let server = try await serve(harness)
        let (asha, _) = try await join(harness, port: server.port, name: "Asha", role: "worker")
        let meena = TestClient(port: server.port)
        meena.send(harness.hello(name: "Meena", role: "worker", code: other.room.code.value))
        let welcome = try #require(await meena.welcome())
        #expect(welcome.room == other.room.code.value && welcome.seat == 1 && welcome.log == ["join worker Meena"])
        asha.send(.choose(seq: 1, choice: "ask-neighbour"))
        #expect(await asha.ack()?.index == 2)
        meena.send(.choose(seq: 1, choice: "sleep"))
        // Meena's next line is her own: nothing of Asha's room reached her.
        #expect(await meena.nextAction()?.line == "p1 choose sleep")
        #expect(await other.room.game.log.map(\.description) == ["join worker Meena", "p1 choose sleep"])
        await server.stop()
    }

    @Test func wrongCodesAreRefusedThenTheAddressIsRateLimited() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let client = TestClient(port: server.port)
        for _ in 0..<5 {
            client.send(harness.hello(name: "Guess", role: "worker", code: "ZZZZZZ"))
            #expect(await client.error()?.code == .wrongCode)
            client.send(.ping)
            #expect(await client.next() == .pong)
        }
        // Even the right code is refused now, from this address, for a minute.
        client.send(harness.hello(name: "Guess", role: "worker"))
        #expect(await client.error()?.code == .rateLimited)
        #expect(await client.next() == nil)
        await server.stop()
    }

    @Test func aWrongTokenIsRefusedAndTheConnectionStaysUsable() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let client = TestClient(port: server.port)
        client.send(harness.hello(token: Secret.random().value))
        #expect(await client.error()?.code == .badToken)
        client.send(harness.hello(name: "Asha", role: "worker"))
        #expect(await client.welcome()?.seat == 1)
        await server.stop()
    }

    @Test func anotherVersionOfTheProgramIsToldBothVersionsAndClosed() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let client = TestClient(port: server.port)
        client.send(harness.hello(name: "Asha", role: "worker", program: "0.0.9"))
        let error = try #require(await client.error())
        #expect(error.code == .version && error.message.contains("0.1.0") && error.message.contains("0.0.9"))
        #expect(await client.next() == nil)
        await server.stop()
    }

    @Test func everyMalformedFrameGetsAnErrorAndTheRoomStillWorks() async throws {
        let harness = try await Harness()
        // Faster than a person sends, so the corpus is not cut short by the frame rate limit (tested below).
        let server = try await serve(harness, frameRate: 1000)
        let (asha, _) = try await join(harness, port: server.port, name: "Asha", role: "worker")
        for name in FrameCorpus.names {
            asha.send(text: String(decoding: FrameCorpus.bytes(name), as: UTF8.self))
            let error = await asha.error()
            #expect(error != nil, "no error frame for \(name)")
            asha.send(.ping)
            #expect(await asha.next(where: { $0 == .pong }) == .pong, "no answer after \(name)")
        }
        asha.send(.choose(seq: 1, choice: "ask-neighbour"))
        #expect(await asha.ack()?.index == 2)
        await server.stop()
    }

    @Test func aFifthBadFrameInARowClosesTheConnection() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let client = TestClient(port: server.port)
        for _ in 0..<4 {
            client.send(text: "nonsense")
            #expect(await client.error()?.code == .badFrame)
        }
        client.send(text: "nonsense")
        #expect(await client.error()?.code == .rateLimited)
        #expect(await client.next() == nil)
        await server.stop()
    }

    @Test func aFloodOfFramesIsCutOff() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let client = TestClient(port: server.port)
        for _ in 0..<200 { client.send(.ping) }
        var pongs = 0
        var lastError: ProtocolError?
        while let frame = await client.next() {
            switch frame {
            case .pong: pongs += 1
            case .error(let error): lastError = error
            default: break
            }
        }
        #expect(lastError?.code == .rateLimited)
        #expect(pongs < 200)
        // The room is untouched, and a new connection is welcome.
        let (_, welcome) = try await join(harness, port: server.port, name: "Asha", role: "worker")
        #expect(welcome.seat == 1)
        await server.stop()
    }

    @Test func aStudentReconnectsWithTheirTokenAndNothingIsLostOrDoubled() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let (asha, welcome) = try await join(harness, port: server.port, name: "Asha", role: "worker")
        asha.send(.choose(seq: 1, choice: "ask-neighbour"))
        #expect(await asha.ack()?.index == 2)
        asha.close()
        #expect(await asha.next(where: { _ in false }) == nil)

        let again = TestClient(port: server.port)
        again.send(harness.hello(token: try #require(welcome.token)))
        let back = try #require(await again.welcome())
        #expect(back.seat == 1 && back.name == "Asha" && back.log == ["join worker Asha", "p1 choose ask-neighbour"])
        // The choice sent again after the drop is answered as before, not taken twice.
        again.send(.choose(seq: 1, choice: "ask-neighbour"))
        let ack = try #require(await again.ack())
        #expect(ack.seq == 1 && ack.index == 2)
        #expect(await harness.room.game.log.count == 2)
        await server.stop()
    }

    @Test func anObserverSeesEveryLineButCannotChoose() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let watcher = TestClient(port: server.port)
        watcher.send(harness.hello(watch: true))
        let welcome = try #require(await watcher.welcome())
        #expect(welcome.seat == nil && welcome.token == nil)
        let (asha, _) = try await join(harness, port: server.port, name: "Asha", role: "worker")
        asha.send(.choose(seq: 1, choice: "ask-neighbour"))
        #expect(await watcher.nextAction()?.line == "join worker Asha")
        #expect(await watcher.nextAction()?.line == "p1 choose ask-neighbour")
        watcher.send(.choose(seq: 1, choice: "sleep"))
        #expect(await watcher.error()?.code == .badFrame)
        await server.stop()
    }

    @Test func theTeachersControlsNeedTheTeachersKey() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let (asha, _) = try await join(harness, port: server.port, name: "Asha", role: "worker")
        asha.send(.control(.init(key: Secret.random().value, command: .pause)))
        #expect(await asha.error()?.code == .notTeacher)
        #expect(await harness.room.isPaused == false)
        asha.send(.control(.init(key: harness.teacherKey.value, command: .pause)))
        #expect(await asha.next(where: { if case .room(true, _, _) = $0 { true } else { false } }) != nil)
        #expect(await harness.room.isPaused)
        await server.stop()
    }

    @Test func aRestartedServerResumesItsRoomsFromTheDatabase() async throws {
        let path = temporaryDatabasePath()
        let harness = try await Harness(path: path)
        let server = try await serve(harness)
        let (asha, welcome) = try await join(harness, port: server.port, name: "Asha", role: "worker")
        asha.send(.choose(seq: 1, choice: "ask-neighbour"))
        #expect(await asha.ack()?.index == 2)
        await server.stop()

        let classroom = Classroom(store: try RoomStore(path: path), program: Harness.program)
        let reopened = try await classroom.reopenStoredRooms { stored in
            Compiler.compile(stored.files.map(\.sourceFile)).scenario.map { .success($0) } ?? .failure(.init(description: "does not compile"))
        }
        #expect(reopened.count == 1)
        let restarted = try await ClassroomServer(classroom: classroom, bindAddress: "127.0.0.1", port: 0).start()
        let again = TestClient(port: restarted.port)
        again.send(harness.hello(token: try #require(welcome.token)))
        let back = try #require(await again.welcome())
        #expect(back.log == ["join worker Asha", "p1 choose ask-neighbour"])
        again.send(.choose(seq: 2, choice: "spread-word"))
        let ack = try #require(await again.ack())
        #expect(ack.seq == 2 && ack.index == 3)
        await restarted.stop()
    }
}
