import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOCore
import PetrogradPages

/// The classroom's network side: a Hummingbird 2 server whose one WebSocket route, `/play`, speaks the
/// classroom protocol. Every frame is checked before it reaches a room, so a hostile client costs only its
/// own connection: a bad frame gets an `error` frame, and too many frames (or too many bad ones in a row)
/// close the connection.
public struct ClassroomServer: Sendable {
    public var classroom: Classroom
    /// The address to listen on: "0.0.0.0" (every network the machine is on) or "127.0.0.1" (this machine only).
    public var bindAddress: String
    /// 0 lets the system pick a free port (reported to `onRunning`).
    public var port: Int
    /// How much a connection may send.
    public var limits = ConnectionLimits()
    /// The page templates, styles, scripts and fonts the server's web pages are made from; without them
    /// the server speaks only the classroom protocol.
    public var pages: PageLibrary?

    /// The largest WebSocket message read at all; anything between the protocol's 4 KiB and this gets a
    /// `too-large` error frame, anything bigger closes the connection.
    static let readLimit = 64 * 1024

    public init(classroom: Classroom, bindAddress: String = "0.0.0.0", port: Int = 1917, pages: PageLibrary? = nil) {
        self.classroom = classroom
        self.bindAddress = bindAddress
        self.port = port
        self.pages = pages
    }

    /// A server started in the background: the port it listens on, and a way to stop it.
    public struct Running: Sendable {
        public let port: Int
        let task: Task<Void, any Error>

        /// Stops listening and closes every connection.
        public func stop() async {
            task.cancel()
            _ = await task.result
        }
    }

    /// Starts serving in the background; returns once it listens (or throws why it cannot, such as a port
    /// in use).
    public func start() async throws -> Running {
        let (events, continuation) = AsyncStream.makeStream(of: Result<Int, any Error>.self)
        let task = Task {
            do {
                try await run { port in continuation.yield(.success(port)) }
                continuation.yield(.failure(CancellationError()))
            } catch {
                continuation.yield(.failure(error))
                throw error
            }
        }
        for await event in events {
            return Running(port: try event.get(), task: task)
        }
        throw CancellationError()
    }

    /// Serves until the task is cancelled; `onRunning` hears the port it listens on.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let classroom = classroom
        let limits = limits
        let router = Router(context: ClassroomRequestContext.self)
        if let pages {
            StaticFiles.register(on: router, pages: pages)
            // The browser seat: its page at `/`, its WebSocket at `/seat`.
            SeatPage.register(on: router, pages: pages)
        } else {
            router.get("/") { _, _ in "petrograd classroom server (protocol version \(ClientFrame.protocolVersion)); students connect with 'petrograd join'\n" }
        }
        let pages = pages
        // The teacher's dashboard: its pages here, its live socket in the upgrade below.
        let teacherSessions = TeacherSessions()
        if let pages { TeacherPages.register(on: router, classroom: classroom, pages: pages, sessions: teacherSessions) }
        var logger = Logger(label: "petrograd.classroom")
        logger.logLevel = .critical
        let application = Application(
            router: router,
            server: .http1WebSocketUpgrade(configuration: .init(ws: .init(maxFrameSize: Self.readLimit, autoPing: .enabled(timePeriod: .seconds(20))))) { request, channel, _ in
                if let live = await TeacherLive.authorise(request, classroom: classroom, sessions: teacherSessions, pages: pages) {
                    return .upgrade([:]) { inbound, outbound, _ in await live.serve(inbound: inbound, outbound: outbound) }
                }
                let address = channel.remoteAddress?.ipAddress ?? "unknown"
                let path = request.path ?? ""
                if path.split(separator: "?", maxSplits: 1).first == "/seat", let pages {
                    let language = SeatPage.socketLanguage(path)
                    return .upgrade([:]) { inbound, outbound, _ in
                        await SeatConnection(classroom: classroom, pages: pages, address: address, language: language, limits: limits)
                            .serve(inbound: inbound, outbound: outbound)
                    }
                }
                guard request.path == "/play" else { return .dontUpgrade }
                return .upgrade([:]) { inbound, outbound, _ in
                    await ClassroomConnection(classroom: classroom, address: address, limits: limits).serve(inbound: inbound, outbound: outbound)
                }
            },
            configuration: .init(address: .hostname(bindAddress, port: port), serverName: nil, backlog: 1024),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        try await application.run()
    }
}

/// One client's connection: reads its frames, checks them, hands them to its room, and writes what the
/// room sends it.
struct ClassroomConnection {
    let classroom: Classroom
    let address: String
    let limits: ConnectionLimits

    func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        let outbox = Outbox()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await (_, text) in outbox.frames {
                    do { try await outbound.write(.text(text)) } catch { break }
                }
                try? await outbound.close(.normalClosure, reason: nil)
            }
            let room = await read(inbound, into: outbox)
            if let room { await room.disconnect(outbox) }
            outbox.close()
            await group.waitForAll()
        }
    }

    /// Reads frames until the client goes or is closed; returns the room it joined, if any.
    private func read(_ inbound: WebSocketInboundStream, into outbox: Outbox) async -> Room? {
        var room: Room?
        var badInARow = 0
        var bucket = TokenBucket(rate: limits.frameRate)
        func fail(_ error: ProtocolError) -> Bool {
            badInARow += 1
            if badInARow >= limits.badFrameLimit {
                outbox.send(.error(ProtocolError(.rateLimited, "too many bad frames in a row; the connection is closed")))
                return false
            }
            outbox.send(.error(error))
            return error.code != .version && error.code != .rateLimited
        }
        do {
            for try await message in inbound.messages(maxSize: ClassroomServer.readLimit) {
                guard bucket.take(at: ContinuousClock.now) else {
                    outbox.send(.error(ProtocolError(.rateLimited, "more than \(Int(limits.frameRate)) frames a second; the connection is closed")))
                    break
                }
                let bytes: [UInt8] = switch message {
                case .text(let text): Array(text.utf8)
                case .binary(let buffer): Array(buffer: buffer)
                }
                let frame: ClientFrame
                switch ClientFrame.decode(bytes) {
                case .failure(let error):
                    if fail(error) { continue } else { return room }
                case .success(let decoded):
                    frame = decoded
                }
                switch frame {
                case .hello(let hello):
                    guard room == nil else {
                        if fail(ProtocolError(.badFrame, "this connection has already said hello")) { continue } else { return room }
                    }
                    guard hello.program == classroom.program else {
                        _ = fail(ProtocolError(.version, "the host runs petrograd \(classroom.program); this client is petrograd \(hello.program.prefix(40)); use the same version"))
                        return room
                    }
                    switch await classroom.admit(code: hello.code, from: address) {
                    case .failure(let error):
                        if fail(error) { continue } else { return room }
                    case .success(let admitted):
                        if let error = await admitted.connect(hello, outbox: outbox) {
                            if fail(error) { continue } else { return room }
                        }
                        room = admitted
                        badInARow = 0
                    }
                case .ping:
                    badInARow = 0
                    outbox.send(.pong)
                case .choose(let seq, let choice):
                    guard let room else {
                        if fail(ProtocolError(.badFrame, "say hello first")) { continue } else { return nil }
                    }
                    badInARow = 0
                    await room.choose(from: outbox, seq: seq, choice: choice)
                case .control(let control):
                    guard let room else {
                        if fail(ProtocolError(.badFrame, "say hello first")) { continue } else { return nil }
                    }
                    guard await room.isTeacherKey(control.key) else {
                        if fail(ProtocolError(.notTeacher, "this is not the teacher's key for room \(room.code)")) { continue } else { return room }
                    }
                    badInARow = 0
                    await room.control(from: outbox, control)
                }
            }
        } catch {
            // A message over the read limit, or a broken connection: either way the client is gone.
        }
        return room
    }
}

/// How much one connection may send before it is closed.
public struct ConnectionLimits: Sendable {
    /// Frames a second (a burst of as many is allowed).
    public var frameRate = 20.0
    /// Bad frames in a row; the last of them closes the connection.
    public var badFrameLimit = 5

    public init() {}
}

/// A token bucket: `rate` frames a second on average, bursts of up to `rate`.
struct TokenBucket {
    let rate: Double
    private var tokens: Double
    private var last: ContinuousClock.Instant?

    init(rate: Double) {
        self.rate = rate
        tokens = rate
    }

    mutating func take(at now: ContinuousClock.Instant) -> Bool {
        if let last {
            let elapsed = now - last
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            tokens = min(rate, tokens + seconds * rate)
        }
        last = now
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
