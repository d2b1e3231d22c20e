import Foundation
import HTTPTypes
import HummingbirdTesting
import HummingbirdWSClient
import Logging
import NIOCore
@testable import PetrogradClassroom
import PetrogradCore
import PetrogradPages
import Testing

/// The checkout's `Pages/` folder.
enum CheckoutPages {
    static let library: PageLibrary = {
        let root = MarchAct.folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Pages").path
        return try! PageLibrary(root: root)
    }()
}

/// A harness's server with the web pages, and plain HTTP requests to it as a browser on this machine
/// would send them (with its `Host` and, for a POST, its `Origin`).
struct DashboardServer {
    let harness: Harness
    let running: ClassroomServer.Running

    init(_ harness: Harness) async throws {
        self.harness = harness
        running = try await ClassroomServer(classroom: harness.classroom, bindAddress: "127.0.0.1", port: 0, pages: CheckoutPages.library).start()
    }

    var authority: String { "127.0.0.1:\(running.port)" }
    var origin: String { "http://\(authority)" }

    func request(_ path: String, method: HTTPRequest.Method = .get, cookie: String? = nil, origin: String? = nil,
                 form: String? = nil) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = "\(TeacherSessions.cookieName)=\(cookie)" }
        if let origin { headers[.origin] = origin }
        if form != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let request = HummingbirdTesting.TestClient.Request(path, method: method, authority: authority, headers: headers, body: form.map { ByteBuffer(string: $0) })
        return try await HummingbirdTesting.TestClient.withClient(host: "127.0.0.1", port: running.port) { client in
            let response = try await client.execute(request)
            return (response.status, response.headers, response.body.map { String(buffer: $0) } ?? "")
        }
    }

    /// Logs in with `key` from this server's own page.
    func logIn(key: String, language: String = "en") async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        try await request("/teacher/login", method: .post, origin: origin, form: "lang=\(language)&key=\(key)")
    }

    /// The session token the right key gets.
    func session() async throws -> String {
        let response = try await logIn(key: harness.teacherKey.value)
        return try #require(Self.sessionToken(in: response.headers))
    }

    static func sessionToken(in headers: HTTPFields) -> String? {
        guard let cookie = headers[.setCookie], cookie.hasPrefix(TeacherSessions.cookieName + "=") else { return nil }
        let value = cookie.dropFirst(TeacherSessions.cookieName.count + 1).prefix { $0 != ";" }
        return value.isEmpty ? nil : String(value)
    }

    func stop() async { await running.stop() }
}

/// The dashboard's live socket, as a test sees it: JSON messages in, controls out.
final class LiveClient {
    private let outgoing: AsyncStream<String>.Continuation
    private var incoming: AsyncStream<JSONValue>.Iterator
    /// Whether the server upgraded the connection at all.
    let upgraded: Task<Bool, Never>

    init(port: Int, cookie: String?, origin: String?, language: String = "en") {
        let (incomingStream, incomingContinuation) = AsyncStream.makeStream(of: JSONValue.self)
        let (outgoingStream, outgoingContinuation) = AsyncStream.makeStream(of: String.self)
        outgoing = outgoingContinuation
        incoming = incomingStream.makeAsyncIterator()
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = "\(TeacherSessions.cookieName)=\(cookie)" }
        if let origin { headers[.origin] = origin }
        let configuration = WebSocketClientConfiguration(maxFrameSize: 1 << 24, additionalHeaders: headers)
        upgraded = Task {
            let opened = ManagedFlag()
            _ = try? await WebSocketClient.connect(url: "ws://127.0.0.1:\(port)/teacher/live?lang=\(language)", configuration: configuration,
                                                   logger: Logger(label: "live-client")) { inbound, outbound, _ in
                opened.set()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await text in outgoingStream { try await outbound.write(.text(text)) }
                        try await outbound.close(.normalClosure, reason: nil)
                    }
                    for try await message in inbound.messages(maxSize: 1 << 24) {
                        if case .text(let text) = message, let value = JSONValue.parse(Array(text.utf8)) { incomingContinuation.yield(value) }
                    }
                    group.cancelAll()
                }
            }
            incomingContinuation.finish()
            return opened.isSet
        }
    }

    func send(_ control: String) { outgoing.yield(control) }
    func close() { outgoing.finish() }

    /// The next message whose `type` is `type`, nil once the socket is closed.
    func next(_ type: String) async -> [String: JSONValue]? {
        while let value = await incoming.next() {
            if case .object(let fields) = value, fields["type"] == .string(type) { return fields }
        }
        return nil
    }

    /// The next view whose live region contains `text`.
    func view(containing text: String) async -> [String: JSONValue]? {
        while let view = await next("view") {
            if case .string(let html)? = view["html"], html.contains(text) { return view }
        }
        return nil
    }
}

/// A flag set once, from any thread.
final class ManagedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
