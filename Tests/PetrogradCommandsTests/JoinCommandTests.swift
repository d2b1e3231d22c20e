import Foundation
import PetrogradClassroom
import PetrogradCore
import PetrogradConsole
import Testing
@testable import PetrogradCommands

/// `join`'s command line and the seat it keeps, without a server.
@Suite struct JoinCommandTests {
    @Test func theAddressIsReadAsHostAndPortWithPort1917WhenLeftOut() {
        #expect(JoinCommand.hostAndPort("192.168.1.20")! == ("192.168.1.20", 1917))
        #expect(JoinCommand.hostAndPort("teacher.local:2000")! == ("teacher.local", 2000))
        #expect(JoinCommand.hostAndPort("[::1]:1918")! == ("::1", 1918))
        #expect(JoinCommand.hostAndPort("fe80::1")! == ("fe80::1", 1917))
        for bad in ["", "host:0", "host:99999", "host:port", "a/b", "two words"] { #expect(JoinCommand.hostAndPort(bad) == nil, "\(bad)") }
    }

    @Test func aBadCodeOrAMissingNameIsRefusedWithWhatToWriteInstead() throws {
        let badCode = try JoinCommand.parse(["127.0.0.1", "--code", "11", "--name", "Asha"])
        guard case .failure(let problem) = badCode.request() else { Issue.record("a bad code was accepted"); return }
        #expect(problem.message == "'11' is not a room code: a code is 6 letters and digits, as the teacher's screen shows it")
        let noName = try JoinCommand.parse(["127.0.0.1", "--code", "abc-def"])
        guard case .failure(let missing) = noName.request() else { Issue.record("a missing name was accepted"); return }
        #expect(missing.message.hasPrefix("give your name with --name"))
        let good = try JoinCommand.parse(["127.0.0.1:2000", "--code", "abc def", "--name", " आशा "])
        let request = try good.request().get()
        #expect(request.code.value == "ABCDEF" && request.name == "आशा" && request.port == 2000 && request.url == "ws://127.0.0.1:2000/play")
    }

    /// A room of the October act sends October's files only; the client finds March, which October follows,
    /// among its own bundled scenarios, so the welcome compiles.
    @Test func aRoomOfAnActThatFollowsAnotherCompilesWithTheBundledEarlierAct() throws {
        let request = try JoinCommand.parse(["127.0.0.1", "--code", "ABCDEF", "--name", "Asha"]).request().get()
        let october = try ScenarioFiles.read(Support.root.appendingPathComponent("Scenarios/october-1917").path)
        guard case .found(let march) = request.earlierAct(october) else { Issue.record("March was not found"); return }
        #expect(march.id == "march-1917")
        let compilation = Compiler.compile(october, earlier: request.earlierAct(october))
        #expect(!compilation.hasErrors)
        let march1917 = try ScenarioFiles.read(Support.root.appendingPathComponent("Scenarios/march-1917").path)
        guard case .notGiven = request.earlierAct(march1917) else { Issue.record("March follows no act"); return }
    }

    @Test func theSeatIsKeptPerServerRoomAndNameReadableOnlyByItsOwner() throws {
        let folder = try Support.temporaryFolder().path
        let code = try #require(RoomCode(typed: "ABCDEF"))
        let asha = ClassroomSeatFile(folder: folder, host: "10.0.0.2", port: 1917, code: code, name: "आशा")
        let ravi = ClassroomSeatFile(folder: folder, host: "10.0.0.2", port: 1917, code: code, name: "Ravi")
        #expect(asha.path != ravi.path)
        #expect(asha.read() == nil)
        let kept = ClassroomClient.Credentials(token: "00ff", seat: 3, lastSequence: 7)
        asha.write(kept)
        #expect(asha.read() == kept)
        #expect(ravi.read() == nil)
        let permissions = try FileManager.default.attributesOfItem(atPath: asha.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }
}
