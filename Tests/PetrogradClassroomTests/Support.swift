import Foundation
import HummingbirdWSClient
import Logging
@testable import PetrogradClassroom
import PetrogradCore
import Testing

/// The bundled March act, compiled once for every test here.
enum MarchAct {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios/march-1917")

    static let files: [SourceFile] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".story") }.sorted()
        return names.map { name in
            SourceFile(path: "march-1917/\(name)", bytes: Array((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()))
        }
    }()

    static let scenario: Scenario = Compiler.compile(files).scenario!
}

/// A fresh database file in a folder of its own under the temporary folder.
func temporaryDatabasePath() -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-classroom-\(UUID().uuidString)")
    return folder.appendingPathComponent("classroom.sqlite").path
}

/// A classroom with one room of the March act on a fresh database.
struct Harness {
    static let program = "0.1.0"
    let path: String
    let store: RoomStore
    let classroom: Classroom
    let room: Room
    let teacherKey: Secret

    init(path: String = temporaryDatabasePath()) async throws {
        self.path = path
        store = try RoomStore(path: path)
        classroom = Classroom(store: store, program: Self.program)
        (room, teacherKey) = try await classroom.openRoom(scenario: MarchAct.scenario, files: MarchAct.files, seed: 7)
    }

    func hello(name: String? = nil, role: String? = nil, token: String? = nil, watch: Bool = false, code: String? = nil,
               program: String = Harness.program) -> ClientFrame {
        .hello(ClientFrame.Hello(program: program, code: code ?? room.code.value, name: name, role: role, token: token, watch: watch))
    }
}

/// Reads what a room sends one connection, in-process.
final class Inbox {
    let outbox = Outbox()
    private var iterator: AsyncStream<(frame: ServerFrame, text: String)>.Iterator

    init() {
        iterator = outbox.frames.makeAsyncIterator()
    }

    /// The next frame, nil once the room closed the connection.
    func next() async -> ServerFrame? {
        await iterator.next()?.frame
    }

    /// The next frame that `matches`, skipping others.
    func next(where matches: (ServerFrame) -> Bool) async -> ServerFrame? {
        while let frame = await next() {
            if matches(frame) { return frame }
        }
        return nil
    }

    func nextAction() async -> (index: Int, line: String)? {
        guard case .action(let index, let line)? = await next(where: { if case .action = $0 { true } else { false } }) else { return nil }
        return (index, line)
    }
}

/// A real WebSocket client (HummingbirdWSClient) on loopback: sends frames, reads the server's.
final class TestClient {
    enum Outgoing: Sendable {
        case text(String)
        case close
    }

    private let outgoing: AsyncStream<Outgoing>.Continuation
    private var incoming: AsyncStream<ServerFrame>.Iterator

    init(port: Int) {
        let (incomingStream, incomingContinuation) = AsyncStream.makeStream(of: ServerFrame.self)
        let (outgoingStream, outgoingContinuation) = AsyncStream.makeStream(of: Outgoing.self)
        outgoing = outgoingContinuation
        incoming = incomingStream.makeAsyncIterator()
        Task {
            _ = try? await WebSocketClient.connect(url: "ws://127.0.0.1:\(port)/play", configuration: .init(maxFrameSize: 1 << 24),
                                                   logger: Logger(label: "test-client")) { inbound, outbound, _ in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await item in outgoingStream {
                            switch item {
                            case .text(let text): try await outbound.write(.text(text))
                            case .close:
                                try await outbound.close(.normalClosure, reason: nil)
                                return
                            }
                        }
                    }
                    for try await message in inbound.messages(maxSize: 1 << 24) {
                        if case .text(let text) = message, let frame = ServerFrame.decode(Array(text.utf8)) { incomingContinuation.yield(frame) }
                    }
                    group.cancelAll()
                }
            }
            incomingContinuation.finish()
        }
    }

    func send(_ frame: ClientFrame) { outgoing.yield(.text(frame.json.text)) }
    func send(text: String) { outgoing.yield(.text(text)) }
    func close() { outgoing.yield(.close) }

    /// The next frame, nil once the connection is closed.
    func next() async -> ServerFrame? { await incoming.next() }

    /// The next frame that `matches`, skipping others (room updates, say).
    func next(where matches: (ServerFrame) -> Bool) async -> ServerFrame? {
        while let frame = await next() {
            if matches(frame) { return frame }
        }
        return nil
    }

    func nextAction() async -> (index: Int, line: String)? {
        guard case .action(let index, let line)? = await next(where: { if case .action = $0 { true } else { false } }) else { return nil }
        return (index, line)
    }

    func welcome() async -> ServerFrame.Welcome? {
        if case .welcome(let welcome)? = await next() { return welcome }
        return nil
    }

    func ack() async -> (seq: Int, index: Int)? {
        guard case .ack(let seq, let index)? = await next(where: { if case .ack = $0 { true } else if case .refused = $0 { true } else { false } }) else { return nil }
        return (seq, index)
    }

    func error() async -> ProtocolError? {
        guard case .error(let error)? = await next(where: { if case .error = $0 { true } else { false } }) else { return nil }
        return error
    }
}
