import Foundation
import HummingbirdWSClient
import Logging
@testable import PetrogradClassroom
import PetrogradCore
import PetrogradPages
import Testing

/// The browser seat's server side: a real server on loopback with the repository's pages, and a WebSocket
/// client speaking the `/seat` protocol as the page's script does.
@Suite(.timeLimit(.minutes(2))) struct SeatTests {
    static let pages: PageLibrary = try! PageLibrary(root: MarchAct.folder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Pages").path)

    func serve(_ harness: Harness) async throws -> ClassroomServer.Running {
        try await ClassroomServer(classroom: harness.classroom, bindAddress: "127.0.0.1", port: 0, pages: Self.pages).start()
    }

    /// Joins a new browser seat and reads up to its first state.
    func sit(_ harness: Harness, port: Int, name: String, role: String, lang: String = "en") async throws -> (SeatClient, seated: [String: JSONValue], texts: [[String: JSONValue]], state: [String: JSONValue]) {
        let client = SeatClient(port: port, lang: lang)
        client.send(["type": "join", "code": .string(harness.room.code.value), "name": .string(name), "role": .string(role)])
        let seated = try #require(await client.next(type: "seated"))
        let texts = try #require(await client.next(type: "texts"))
        let state = try #require(await client.next(type: "state"))
        return (client, seated, SeatClient.items(texts), state)
    }

    @Test func aBrowserSeatLooksUpTheRolesJoinsAndPlaysThroughTheRoom() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let client = SeatClient(port: server.port, lang: "hi")
        client.send(["type": "look", "code": .string(harness.room.code.value.lowercased())])
        let roles = try #require(await client.next(type: "roles"))
        guard case .array(let list)? = roles["roles"] else { Issue.record("no roles"); return }
        #expect(list.count == MarchAct.scenario.roles.count)
        // The roles are named in the page's language.
        #expect(SeatClient.string(list.first, "name").unicodeScalars.contains { (0x0900...0x097F).contains($0.value) })

        client.send(["type": "join", "code": .string(harness.room.code.value), "name": "Asha", "role": "worker"])
        let seated = try #require(await client.next(type: "seated"))
        #expect(seated["seat"] == .integer(1))
        guard case .string(let token)? = seated["token"] else { Issue.record("no token"); return }
        #expect(token.count == 32)
        let texts = SeatClient.items(try #require(await client.next(type: "texts")))
        #expect(texts.first?["kind"] == .string("scene") && texts.first?["n"] == .integer(1))
        let state = try #require(await client.next(type: "state"))
        #expect(state["status"] == .string("choose"))
        guard case .array(let choices)? = state["choices"], !choices.isEmpty else { Issue.record("no choices"); return }
        // The room seated the browser as any seat: its join is the room's first line.
        #expect(await harness.room.game.log.map(\.description) == ["join worker Asha"])

        client.send(["type": "choose", "number": 1])
        let more = SeatClient.items(try #require(await client.next(type: "texts")))
        #expect(more.first?["kind"] == .string("chosen"))
        #expect(more.first?["n"] == .integer(Int64(texts.count + 1)))
        #expect(await harness.room.game.log.count >= 2)
        let stored = try #require(try harness.store.room(harness.room.code.value))
        #expect(stored.log.contains { $0.line.hasPrefix("p1 choose ") && $0.seq == 1 })

        client.send(["type": "journal"])
        #expect(await client.next(type: "journal")?["heading"] == .string("डायरी"))
        client.send(["type": "glossary", "word": ""])
        guard case .array(let entries)? = await client.next(type: "glossary")?["entries"] else { Issue.record("no glossary"); return }
        #expect(entries.count == MarchAct.scenario.glossary.count)
        client.send(["type": "notes"])
        #expect(await client.next(type: "notes") != nil)
        await server.stop()
    }

    @Test func aBrowserSeatTakesItsSeatBackWithItsTokenAndGetsOnlyTheTextsItMissed() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let (first, seated, texts, _) = try await sit(harness, port: server.port, name: "Asha", role: "worker")
        guard case .string(let token)? = seated["token"] else { Issue.record("no token"); return }
        first.send(["type": "choose", "number": 1])
        let afterChoice = SeatClient.items(try #require(await first.next(type: "texts")))
        let seen = texts.count + afterChoice.count
        first.close()

        let again = SeatClient(port: server.port, lang: "en")
        again.send(["type": "join", "code": .string(harness.room.code.value), "token": .string(token), "seen": .integer(Int64(seen))])
        let back = try #require(await again.next(type: "seated"))
        #expect(back["seat"] == .integer(1))
        let state = try #require(await again.next(type: "state"))
        #expect(state["steps"] == .integer(Int64(await harness.room.game.log.count)))
        // Nothing already shown comes again; the next choice is numbered after the last one the room holds.
        again.send(["type": "choose", "number": 1])
        let next = SeatClient.items(try #require(await again.next(type: "texts")))
        #expect(next.first?["n"] == .integer(Int64(seen + 1)))
        let stored = try #require(try harness.store.room(harness.room.code.value))
        #expect(stored.log.filter { $0.seat == 1 }.compactMap(\.seq) == [1, 2])
        #expect(await harness.room.game.state.players.count == 1)
        await server.stop()
    }

    @Test func aBrowserSeatAndATerminalSeatShareTheCity() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let terminal = TestClient(port: server.port)
        terminal.send(harness.hello(name: "Ravi", role: "soldier"))
        _ = try #require(await terminal.welcome())
        let (browser, seated, _, _) = try await sit(harness, port: server.port, name: "Asha", role: "worker")
        #expect(seated["seat"] == .integer(2))
        // The terminal hears the browser seat's join and its choice, as from any seat.
        #expect(await terminal.nextAction()?.line == "join worker Asha")
        browser.send(["type": "choose", "number": 1])
        let line = try #require(await terminal.nextAction())
        #expect(line.line.hasPrefix("p2 choose "))
        await server.stop()
    }

    @Test func badFramesAreRefusedAndTooManyCloseTheConnection() async throws {
        let harness = try await Harness()
        let server = try await serve(harness)
        let client = SeatClient(port: server.port, lang: "en")
        client.send(text: "not json")
        #expect(await client.next(type: "error")?["code"] == .string("bad-frame"))
        client.send(text: "{\"type\":\"look\",\"code\":\"" + String(repeating: "A", count: 5000) + "\"}")
        #expect(await client.next(type: "error")?["code"] == .string("too-large"))
        client.send(["type": "choose", "number": 1])
        let early = try #require(await client.next(type: "error"))
        #expect(early["code"] == .string("bad-frame"))
        // The page's words for the code, beside the English message for the teacher.
        #expect(early["text"] == .string("The page sent something the server could not take. Reload the page."))
        client.send(["type": "join", "code": .string(harness.room.code.value), "name": "Asha", "role": "worker", "admin": true])
        #expect(await client.next(type: "error")?["code"] == .string("bad-frame"))
        client.send(["type": "join", "code": .string(harness.room.code.value), "name": "", "role": "worker"])
        #expect(await client.next(type: "error")?["code"] == .string("rate-limited"))
        #expect(await client.next(type: "anything") == nil)
        #expect(await harness.room.game.log.isEmpty)
        await server.stop()
    }

    @Test func theSeatRequestIsCheckedFieldByField() {
        #expect(SeatRequest.decode(Array(#"{"type":"choose","number":3}"#.utf8)) == .success(.choose(number: 3)))
        #expect(SeatRequest.decode(Array(#"{"type":"choose","number":0}"#.utf8)).isFailure)
        #expect(SeatRequest.decode(Array(#"{"type":"choose","number":"1"}"#.utf8)).isFailure)
        #expect(SeatRequest.decode(Array(#"{"type":"join","code":"ABCDEF","name":"Asha"}"#.utf8)).isFailure)
        #expect(SeatRequest.decode(Array(#"{"type":"join","code":"ABCDEF","token":"xyz"}"#.utf8)).isFailure)
        #expect(SeatRequest.decode(Array(#"{"type":"join","code":"ABCDEF","name":"A\u0007","role":"worker"}"#.utf8)).isFailure)
        #expect(SeatRequest.decode(Array(#"{"type":"glossary","word":"duma"}"#.utf8)) == .success(.glossary(word: "duma")))
        #expect(SeatRequest.decode(Array(#"{"type":"hello"}"#.utf8)).isFailure)
    }

    @Test func thePageIsInTheVisitorsLanguageAndCarriesNoScriptInline() throws {
        #expect(SeatPage.language(query: "hi", accept: "en-GB") == "hi")
        #expect(SeatPage.language(query: nil, accept: "hi-IN,hi;q=0.9,en;q=0.8") == "hi")
        #expect(SeatPage.language(query: nil, accept: "en-US,hi;q=0.5") == "en")
        #expect(SeatPage.language(query: "fr", accept: nil) == "en")
        let hindi = try SeatPage.render(pages: Self.pages, language: "hi")
        #expect(hindi.contains("<html lang=\"hi\">") && hindi.contains("सीट लीजिए") && hindi.contains("lang=\"en\""))
        let english = try SeatPage.render(pages: Self.pages, language: "en")
        #expect(english.contains("<html lang=\"en\">") && english.contains("<label for=\"code\">Room code</label>"))
        // Every field has its label.
        for field in ["code", "name", "role", "number", "glossary-word"] { #expect(english.contains("<label for=\"\(field)\">")) }
        #expect(try PageWords.differences(pages: Self.pages, name: "seat", languages: ["hi", "en"]).isEmpty)
    }

    @Test func theHindiWordsOfTheSeatCarryNoEnglish() throws {
        // The language link names the other language in that language (the page marks it lang="en").
        for (key, text) in try PageWords.load(pages: Self.pages, name: "seat", language: "hi") where key != "language-switch" {
            // Placeholders such as {room} are filled in by the page; anything else in Latin letters is English.
            let words = text.replacingOccurrences(of: "\\{[a-z]+\\}", with: "", options: .regularExpression)
            #expect(!words.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }, "\(key) = \(text)")
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}

/// A WebSocket client of `/seat` on loopback, reading the server's frames as JSON objects.
final class SeatClient {
    private let outgoing: AsyncStream<String?>.Continuation
    private var incoming: AsyncStream<[String: JSONValue]>.Iterator

    init(port: Int, lang: String) {
        let (incomingStream, incomingContinuation) = AsyncStream.makeStream(of: [String: JSONValue].self)
        let (outgoingStream, outgoingContinuation) = AsyncStream.makeStream(of: String?.self)
        outgoing = outgoingContinuation
        incoming = incomingStream.makeAsyncIterator()
        Task {
            _ = try? await WebSocketClient.connect(url: "ws://127.0.0.1:\(port)/seat?lang=\(lang)", configuration: .init(maxFrameSize: 1 << 24),
                                                   logger: Logger(label: "seat-client")) { inbound, outbound, _ in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await item in outgoingStream {
                            guard let item else {
                                try await outbound.close(.normalClosure, reason: nil)
                                return
                            }
                            try await outbound.write(.text(item))
                        }
                    }
                    for try await message in inbound.messages(maxSize: 1 << 24) {
                        if case .text(let text) = message, case .object(let fields)? = JSONValue.parse(Array(text.utf8)) { incomingContinuation.yield(fields) }
                    }
                    group.cancelAll()
                }
            }
            incomingContinuation.finish()
        }
    }

    func send(_ fields: [String: JSONValue]) { outgoing.yield(JSONValue.object(fields).text) }
    func send(text: String) { outgoing.yield(text) }
    func close() { outgoing.yield(nil) }

    /// The next frame of `type`, skipping others; nil once the connection is closed.
    func next(type: String) async -> [String: JSONValue]? {
        while let frame = await incoming.next() {
            if frame["type"] == .string(type) { return frame }
        }
        return nil
    }

    static func items(_ frame: [String: JSONValue]) -> [[String: JSONValue]] {
        guard case .array(let items)? = frame["items"] else { return [] }
        return items.compactMap { if case .object(let fields) = $0 { fields } else { nil } }
    }

    static func string(_ value: JSONValue?, _ key: String) -> String {
        if case .object(let fields)? = value, case .string(let text)? = fields[key] { return text }
        return ""
    }
}
