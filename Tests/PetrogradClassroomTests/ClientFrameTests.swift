import Foundation
@testable import PetrogradClassroom
import Testing

/// The corpus of malformed and hostile frames: every file in Fixtures/frames is one frame.
enum FrameCorpus {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/frames")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func bytes(_ name: String) -> [UInt8] {
        Array((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data())
    }
}

@Suite struct ClientFrameTests {
    @Test func everyKindOfFrameReadsBackAsItWasWritten() throws {
        let frames: [ClientFrame] = [
            .hello(.init(program: "0.1.0", code: "AB3K7P", name: "Asha Devi", role: "worker", token: String(repeating: "a", count: 32), watch: false, lang: "hi")),
            .hello(.init(program: "0.1.0", code: "AB3K7P", watch: true)),
            .choose(seq: 12, choice: "walk-out"),
            .ping,
            .control(.init(key: String(repeating: "0", count: 32), command: .timer, seconds: 120)),
            .control(.init(key: String(repeating: "f", count: 32), command: .move, seat: 3, name: "Meena")),
        ]
        for frame in frames {
            #expect(try ClientFrame.decode(Array(frame.json.text.utf8)).get() == frame)
        }
    }

    @Test func theCorpusHasFramesToTry() {
        #expect(FrameCorpus.names.count >= 20)
    }

    /// Frames named `context-…` are well formed but wrong where they are sent (a second hello, a wrong
    /// teacher's key); the server test sends them.
    @Test(arguments: FrameCorpus.names.filter { !$0.hasPrefix("context-") })
    func everyMalformedFrameIsAnErrorNeverATrap(name: String) {
        #expect(throws: ProtocolError.self) { try ClientFrame.decode(FrameCorpus.bytes(name)).get() }
    }

    @Test func aFrameOverFourKilobytesIsTooLarge() throws {
        let error = try #require(ClientFrame.decode(FrameCorpus.bytes("too-large.json")).failure)
        #expect(error.code == .tooLarge)
    }

    @Test func anotherProtocolVersionIsNamedWithOurs() throws {
        let error = try #require(ClientFrame.decode(Array(#"{"v":2,"type":"ping"}"#.utf8)).failure)
        #expect(error.code == .version)
        #expect(error.message.contains("version 1") && error.message.contains("version 2"))
    }

    @Test func namesAreTrimmedAndControlCharactersRefused() {
        #expect(StudentName.checked("  Meena   Devi ") == "Meena Devi")
        #expect(StudentName.checked("मीना देवी") == "मीना देवी")
        #expect(StudentName.checked("Asha\u{1B}[2J") == nil)
        #expect(StudentName.checked("   ") == nil)
        #expect(StudentName.checked(String(repeating: "a", count: 41)) == nil)
    }

    @Test func serverFramesReadBackOnTheClientsSide() {
        let frames: [ServerFrame] = [
            .action(index: 3, line: "p1 choose sleep"), .ack(seq: 2, index: 3),
            .refused(seq: 4, reason: .waiting, message: "player 1 waits"), .say(text: "नमस्ते", to: 2),
            .room(paused: true, timer: 120, connected: [1, 3]), .kicked, .pong, .error(ProtocolError(.wrongCode, "no room")),
            .welcome(.init(room: "AB3K7P", seat: 1, token: "t", role: "worker", name: "Asha", scenarioID: "march-1917", scenarioHash: "0123",
                           files: [.init(path: "a.story", text: "scenario x")], branches: [[.init(path: "b.story", text: "branch y")]],
                           seed: UInt64.max, roles: [], entry: nil, log: ["join worker Asha"], paused: false, timer: nil)),
        ]
        for frame in frames {
            #expect(ServerFrame.decode(Array(frame.text.utf8)) == frame)
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
