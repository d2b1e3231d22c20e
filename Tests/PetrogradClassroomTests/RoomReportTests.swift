import Foundation
@testable import PetrogradClassroom
import PetrogradCore
import PetrogradPages
import Testing

/// The debrief report of a live room, as the server will serve it: the room's one city, each seat by its name.
@Suite(.timeLimit(.minutes(1))) struct RoomReportTests {
    static let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Pages").path

    @Test func aRoomsReportShowsItsSeatsByNameAndTheirChoices() async throws {
        let harness = try await Harness()
        for (name, role) in [("Asha", "worker"), ("<script>alert(1)</script>", "soldier")] {
            let inbox = Inbox()
            guard case .hello(let hello) = harness.hello(name: name, role: role) else { throw CancellationError() }
            #expect(await harness.room.connect(hello, outbox: inbox.outbox) == nil)
            _ = await inbox.next()
            if role == "worker" {
                await harness.room.choose(from: inbox.outbox, seq: 1, choice: "ask-neighbour")
                _ = await inbox.nextAction()
            }
        }
        let library = try PageLibrary(root: Self.pages)
        let english = try await harness.room.reportHTML(pages: library, language: "en")
        let code = harness.room.code.value
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("City: \(code)"))
        #expect(english.contains("<h4>Asha</h4>"))
        #expect(english.contains("Seats: 2 · Cities: 1"))
        #expect(!english.contains("<script"))
        #expect(english.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(english.contains("Ask Dunya what is planned for Women&#39;s Day tomorrow."), "the worker's choice is on her path")
        let hindi = try await harness.room.reportHTML(pages: library, language: "hi")
        #expect(hindi.contains("<html lang=\"hi\">") && hindi.contains("शहर: \(code)"))
    }
}
