import Foundation
import HTTPTypes
import HummingbirdWebSocket
import NIOCore
import PetrogradCore
import PetrogradPages

/// The dashboard's live socket, `/teacher/live?lang=hi|en`: upgraded only for a logged-in teacher
/// (the session cookie) from a page of this server (the `Origin`). It pushes a fresh view of the room
/// after every change the room announces, bursts coalesced into one, and takes the console's controls as
/// small JSON messages: `{"do":"pause"}`, `{"do":"resume"}`, `{"do":"timer","seconds":120}` (or `null`
/// for off), `{"do":"say","text":"…","to":2}` (`to` omitted for everyone), `{"do":"end"}`.
struct TeacherLive {
    static let path = "/teacher/live"
    /// How long a burst of room changes is gathered before one view is sent.
    static let coalescing = Duration.milliseconds(120)
    /// How often the view is sent again while a decision clock runs.
    static let clockRefresh = Duration.seconds(5)
    /// The longest `say` a dashboard may send.
    static let sayLimit = 500

    let room: Room
    let token: String
    let sessions: TeacherSessions
    let language: String
    let pages: PageLibrary

    /// The live socket for this request, or nil when it is not one or is not allowed.
    static func authorise(_ request: HTTPRequest, classroom: Classroom, sessions: TeacherSessions, pages: PageLibrary?) async -> TeacherLive? {
        guard let pages, let target = request.path else { return nil }
        let parts = target.split(separator: "?", maxSplits: 1)
        guard parts.first.map(String.init) == path else { return nil }
        guard TeacherPages.isSameOrigin(request.headerFields[values: .origin], authority: request.authority) else { return nil }
        guard let token = TeacherSessions.token(inCookieHeader: request.headerFields[.cookie]),
              let code = await sessions.room(forToken: token), let room = await classroom.room(code) else { return nil }
        let query = parts.count > 1 ? TeacherPages.parseForm(String(parts[1])) : [:]
        return TeacherLive(room: room, token: token, sessions: sessions, language: TeacherPages.language(of: query["lang"]), pages: pages)
    }

    func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        let outbox = await room.watch()
        let (refreshes, refresh) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let (messages, message) = AsyncStream.makeStream(of: String.self)
        let words = (try? TeacherPages.words(language, pages: pages)) ?? [:]
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await text in messages {
                    do { try await outbound.write(.text(text)) } catch { break }
                }
                try? await outbound.close(.normalClosure, reason: nil)
            }
            let watching = Task {
                refresh.yield()
                for await (frame, _) in outbox.frames {
                    if case .say(let text, let to) = frame {
                        message.yield(JSONValue.object(["type": .string("said"), "text": .string(text),
                                                        "to": to.map { .integer(Int64($0)) } ?? .null]).text)
                    }
                    refresh.yield()
                }
                refresh.finish()
            }
            let refreshing = Task {
                // The city's course, followed from view to view: each view replays only the room's new moves.
                var course: CityCourse?
                for await _ in refreshes {
                    try? await Task.sleep(for: Self.coalescing)
                    // A session ended elsewhere (logged out) closes its sockets too.
                    guard await sessions.room(forToken: token) != nil else {
                        message.finish()
                        break
                    }
                    if let view = await view(words: words, course: &course) { message.yield(view) }
                }
            }
            // While a decision clock runs, the seats' seconds left change with no room change to announce them.
            let ticking = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: Self.clockRefresh)
                    if await room.timerSeconds != nil, !(await room.isEnded) { refresh.yield() }
                }
            }
            await read(inbound, words: words, reply: { message.yield($0) })
            ticking.cancel()
            await room.stopWatching(outbox)
            await watching.value
            await refreshing.value
            message.finish()
            await group.waitForAll()
        }
    }

    /// The room now (its course followed on from `course`), as the page's live region (rendered from `teacher-room`) and the plain values its
    /// script sets as text.
    func view(words: [String: String], course: inout CityCourse?) async -> String? {
        let snapshot = await room.snapshot()
        var followed = course ?? CityCourse(game: snapshot.game)
        if course != nil { followed.follow(snapshot.game) }
        course = followed
        var context = TeacherDashboard.context(snapshot, course: followed, language: language, words: words)
        context["words"] = words
        guard let html = try? pages.render("teacher-room", context) else { return nil }
        let seats = TeacherDashboard.seatChoices(snapshot, words: words).map {
            JSONValue.object(["number": .integer(Int64($0.number)), "label": .string($0.label)])
        }
        return JSONValue.object([
            "type": .string("view"), "html": .string(html), "seats": .array(seats), "paused": .bool(snapshot.isPaused),
            "ended": .bool(snapshot.isEnded), "timer": snapshot.timerSeconds.map { .integer(Int64($0)) } ?? .null,
        ]).text
    }

    /// Reads the teacher's controls until the socket closes, or the session ends (logged out elsewhere).
    private func read(_ inbound: WebSocketInboundStream, words: [String: String], reply: (String) -> Void) async {
        var bucket = TokenBucket(rate: 10)
        func answer(_ control: String, error: String? = nil) {
            var fields: [String: JSONValue] = ["type": .string(error == nil ? "done" : "error"), "do": .string(control)]
            if let error { fields["message"] = .string(error) }
            reply(JSONValue.object(fields).text)
        }
        do {
            for try await message in inbound.messages(maxSize: 8192) {
                guard await sessions.room(forToken: token) != nil else { return }
                guard bucket.take(at: ContinuousClock.now) else { return }
                guard case .text(let text) = message, case .object(let fields)? = JSONValue.parse(Array(text.utf8)),
                      case .string(let control)? = fields["do"] else {
                    answer("?", error: words["errorMessage"])
                    continue
                }
                do throws(RoomError) {
                    switch control {
                    case "pause": try await room.pause()
                    case "resume": try await room.resume()
                    case "end": try await room.end()
                    case "timer":
                        switch fields["seconds"] {
                        case .null?, nil: try await room.setTimer(seconds: nil)
                        case .integer(let seconds)? where (1...86_400).contains(seconds): try await room.setTimer(seconds: Int(seconds))
                        default:
                            answer(control, error: words["errorTimer"])
                            continue
                        }
                    case "say":
                        guard case .string(let raw)? = fields["text"] else { answer(control, error: words["errorSayEmpty"]); continue }
                        let said = raw.trimmingCharacters(in: .whitespacesAndNewlines)
                        guard !said.isEmpty, said.count <= Self.sayLimit else { answer(control, error: words["errorSayEmpty"]); continue }
                        var seat: Int?
                        if case .integer(let number)? = fields["to"] { seat = Int(number) }
                        try await room.say(said, to: seat)
                    default:
                        answer(control, error: words["errorMessage"])
                        continue
                    }
                    answer(control)
                } catch {
                    let explained: String = switch error {
                    case .noSuchSeat: words["errorNoSeat"] ?? ""
                    case .ended: words["errorEnded"] ?? ""
                    default: "\(words["errorControl"] ?? ""): \(error)"
                    }
                    answer(control, error: explained)
                }
            }
        } catch {
            // A message over the limit or a broken connection: the dashboard reconnects by itself.
        }
    }
}
