import Foundation
import HummingbirdWSClient
import Logging
import PetrogradCore

/// A student's connection to a classroom server: says hello, takes the room's scenario and log from the
/// welcome and rebuilds the game from them, sends this seat's choices, and passes on what the room sends.
///
/// It keeps the seat: when the connection drops (a network gone, a laptop closed), it connects again by
/// itself and takes the seat back with its token; a choice not yet acknowledged is sent again with the same
/// sequence number, which the server recognises, so nothing is lost and nothing is taken twice. The token
/// and the last sequence number are handed to `onCredentials` to be kept (where, the caller decides), so a
/// restarted client finds its seat too.
///
/// What arrives is handed to `onEvent` in the order the server sent it, from a background task; the
/// client never touches the terminal.
public final class ClassroomClient: @unchecked Sendable {
    /// Who connects, to where, asking for what.
    public struct Request: Sendable {
        public var host: String
        public var port: Int
        public var code: RoomCode
        public var name: String?
        public var role: String?
        public var watch: Bool
        public var language: String?
        /// This program's version, which the server compares with its own.
        public var program: String
        /// The act a room's scenario `follows` (the October act follows March), found among this machine's
        /// own scenarios: the welcome carries the room's files, not the earlier act's.
        public var earlierAct: @Sendable ([SourceFile]) -> EarlierAct = { _ in .notGiven }

        public init(host: String, port: Int, code: RoomCode, name: String? = nil, role: String? = nil, watch: Bool = false,
                    language: String? = nil, program: String) {
            self.host = host
            self.port = port
            self.code = code
            self.name = name
            self.role = role
            self.watch = watch
            self.language = language
            self.program = program
        }

        /// The server's WebSocket address; an IPv6 address is bracketed.
        public var url: String {
            let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
            return "ws://\(shownHost):\(port)/play"
        }
    }

    /// What takes a seat back: its token, its number, and the last sequence number used for its choices.
    public struct Credentials: Codable, Equatable, Sendable {
        public var token: String
        public var seat: Int
        public var lastSequence: Int

        public init(token: String, seat: Int, lastSequence: Int) {
            self.token = token
            self.seat = seat
            self.lastSequence = lastSequence
        }
    }

    /// A room as the server described it on (re)connecting, with its game rebuilt here.
    public struct Welcome: Sendable {
        public var room: String
        /// This client's seat (counting from 1); nil for an observer.
        public var seat: Int?
        public var role: String?
        public var name: String?
        /// The room's game, replayed here from the log the server sent.
        public var game: Game
        public var paused: Bool
        public var timerSeconds: Int?
    }

    /// What the room sent, as the client understood it.
    public enum Event: Sendable {
        /// The room on connecting or reconnecting: its whole game.
        case welcome(Welcome)
        /// An action of the room's log (`index` counts from 1), in log order, for every seat.
        case action(index: Int, action: Action)
        /// This seat's choice `sequence` was committed as line `index` of the log.
        case acknowledged(sequence: Int, index: Int)
        /// This seat's choice `sequence` was refused; `reason` is one of the protocol's words.
        case refused(sequence: Int, reason: String, message: String)
        /// Words from the teacher, to everyone or (`seat`) to one seat.
        case said(text: String, seat: Int?)
        /// Whether the room is paused, its decision clock, and which seats are connected.
        case room(paused: Bool, timerSeconds: Int?, connected: [Int])
        /// The teacher took this client out of the room; the client stops.
        case kicked
        /// An `error` frame, or a problem with what the server sent; `isFinal` when the client stopped.
        case problem(code: String, message: String, isFinal: Bool)
        /// The connection dropped; the client is trying again.
        case disconnected(reason: String)
    }

    public let request: Request
    private let onCredentials: @Sendable (Credentials) -> Void
    private let onEvent: @Sendable (Event) -> Void
    private let lock = NSLock()
    private var state: State
    private var task: Task<Void, Never>?

    /// The client's changing state, guarded by `lock`.
    private struct State {
        var credentials: Credentials?
        /// Whether the credentials came from an earlier run (a file), not from this run's welcome.
        var credentialsAreFromEarlierRun: Bool
        /// Choices sent and not yet answered, by sequence number, in the order sent.
        var pending: [(sequence: Int, choice: String)] = []
        /// The current connection's outgoing frames, once the room has welcomed it.
        var outgoing: AsyncStream<String>.Continuation?
        var isStopped = false
        /// The scenario compiled for the last welcome, by hash, so a reconnect does not compile it again.
        var compiled: (hash: String, scenario: Scenario)?
    }

    /// - Parameters:
    ///   - credentials: The seat kept from an earlier run, if any: the hello asks for it back.
    ///   - onCredentials: Called (from any thread) whenever the token or the last sequence number changes,
    ///     before a choice numbered with it is sent.
    ///   - onEvent: Called (from a background task, one at a time, in order) for everything that arrives.
    public init(request: Request, credentials: Credentials? = nil, onCredentials: @escaping @Sendable (Credentials) -> Void = { _ in },
                onEvent: @escaping @Sendable (Event) -> Void) {
        self.request = request
        self.onCredentials = onCredentials
        self.onEvent = onEvent
        state = State(credentials: request.watch ? nil : credentials, credentialsAreFromEarlierRun: credentials != nil)
    }

    deinit { task?.cancel() }

    /// Connects, and keeps connecting again after a drop, until stopped, kicked or refused for good.
    public func start() {
        lock.withLock {
            guard task == nil else { return }
            task = Task { [self] in await keepConnected() }
        }
    }

    /// Closes the connection and stops reconnecting. The seat stays the student's on the server.
    public func stop() {
        let (task, outgoing) = lock.withLock { () -> (Task<Void, Never>?, AsyncStream<String>.Continuation?) in
            state.isStopped = true
            let outgoing = state.outgoing
            state.outgoing = nil
            return (self.task, outgoing)
        }
        outgoing?.finish()
        task?.cancel()
    }

    /// Waits until the client has stopped (after ``stop()``, a kick or a final refusal).
    public func waitUntilStopped() async {
        let task = lock.withLock { self.task }
        await task?.value
    }

    /// The seat's credentials as they stand.
    public var credentials: Credentials? { lock.withLock { state.credentials } }

    /// Sends a choice of this seat (a choice id) and returns its sequence number. Without a connection it
    /// is kept and sent on reconnecting; the answer arrives as ``Event/acknowledged(sequence:index:)`` or
    /// ``Event/refused(sequence:reason:message:)``. Nil for an observer or before the room gave a seat.
    public func choose(_ choice: String) -> Int? {
        let sent = lock.withLock { () -> (Credentials, AsyncStream<String>.Continuation?)? in
            guard var credentials = state.credentials else { return nil }
            credentials.lastSequence += 1
            state.credentials = credentials
            state.pending.append((credentials.lastSequence, choice))
            return (credentials, state.outgoing)
        }
        guard let (credentials, outgoing) = sent else { return nil }
        // Kept before it is sent: a client restarted after sending never uses the number again.
        onCredentials(credentials)
        outgoing?.yield(ClientFrame.choose(seq: credentials.lastSequence, choice: choice).json.text)
        return credentials.lastSequence
    }

    // MARK: The connection

    private var isStopped: Bool { lock.withLock { state.isStopped || Task.isCancelled } }

    private enum Ending {
        /// The connection closed; `welcomed` when the room had welcomed it (the delay starts again).
        case dropped(reason: String, welcomed: Bool)
        /// The client stops: kicked, refused for good, or stopped.
        case final
    }

    private func keepConnected() async {
        var delay = 0.25
        while !isStopped {
            switch await connectOnce() {
            case .final:
                lock.withLock { state.isStopped = true }
                return
            case .dropped(let reason, let welcomed):
                if isStopped { return }
                onEvent(.disconnected(reason: reason))
                if welcomed { delay = 0.25 }
                try? await Task.sleep(for: .milliseconds(Int(delay * 1000)))
                delay = min(delay * 2, 4)
            }
        }
    }

    /// One connection, from the hello until it closes.
    private func connectOnce() async -> Ending {
        let (outgoing, continuation) = AsyncStream<String>.makeStream()
        let hello = lock.withLock {
            ClientFrame.hello(ClientFrame.Hello(program: request.program, code: request.code.value, name: request.name, role: request.role,
                                                token: state.credentials?.token, watch: request.watch, lang: request.language)).json.text
        }
        let reading = Reading()
        var logger = Logger(label: "petrograd.join")
        logger.logLevel = .critical
        var configuration = WebSocketClientConfiguration(maxFrameSize: 1 << 24, closeTimeout: .seconds(1), autoPing: .enabled(timePeriod: .seconds(5)))
        configuration.validateUTF8 = true
        do {
            try await WebSocketClient.connect(url: request.url, configuration: configuration, logger: logger) { inbound, outbound, _ in
                try await outbound.write(.text(hello))
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await text in outgoing { try await outbound.write(.text(text)) }
                    }
                    for try await message in inbound.messages(maxSize: 1 << 26) {
                        guard case .text(let text) = message else { continue }
                        if self.handle(text, reading: reading, outgoing: continuation) == .stop { break }
                    }
                    continuation.finish()
                    group.cancelAll()
                }
            }
        } catch {
            lock.withLock { if state.outgoing != nil { state.outgoing = nil } }
            continuation.finish()
            if reading.isFinal { return .final }
            return .dropped(reason: String(describing: error), welcomed: reading.welcomed)
        }
        lock.withLock { state.outgoing = nil }
        continuation.finish()
        if reading.isFinal { return .final }
        return .dropped(reason: "the server closed the connection", welcomed: reading.welcomed)
    }

    /// What one connection has read so far.
    private final class Reading: @unchecked Sendable {
        var welcomed = false
        var isFinal = false
    }

    private enum Verdict { case goOn, stop }

    /// Codes after which connecting again would be refused the same way.
    private static let finalCodes: Set<String> = ["version", "wrong-code", "room-full", "no-such-role", "bad-name", "not-teacher"]

    private func handle(_ text: String, reading: Reading, outgoing: AsyncStream<String>.Continuation) -> Verdict {
        guard let frame = ServerFrame.decode(Array(text.utf8)) else {
            onEvent(.problem(code: "bad-frame", message: "the server sent a frame this client cannot read", isFinal: false))
            return .goOn
        }
        switch frame {
        case .welcome(let sent):
            switch welcome(from: sent) {
            case .failure(let problem):
                reading.isFinal = true
                onEvent(.problem(code: problem.code, message: problem.message, isFinal: true))
                return .stop
            case .success(let welcome):
                reading.welcomed = true
                let (credentials, resend) = lock.withLock { () -> (Credentials?, [(sequence: Int, choice: String)]) in
                    if let token = sent.token, let seat = welcome.seat {
                        let last = state.credentials?.token == token ? state.credentials?.lastSequence ?? 0 : 0
                        state.credentials = Credentials(token: token, seat: seat, lastSequence: last)
                        state.credentialsAreFromEarlierRun = false
                    }
                    state.outgoing = outgoing
                    return (state.credentials, state.pending)
                }
                if let credentials { onCredentials(credentials) }
                onEvent(.welcome(welcome))
                // Choices not yet answered go again, with their numbers: the server answers a repeat as before.
                for (sequence, choice) in resend { outgoing.yield(ClientFrame.choose(seq: sequence, choice: choice).json.text) }
            }
        case .action(let index, let line):
            guard let action = Action(logLine: line) else {
                onEvent(.problem(code: "bad-frame", message: "the server sent an action this client cannot read: \(line)", isFinal: false))
                return .goOn
            }
            onEvent(.action(index: index, action: action))
        case .ack(let sequence, let index):
            lock.withLock { state.pending.removeAll { $0.sequence == sequence } }
            onEvent(.acknowledged(sequence: sequence, index: index))
        case .refused(let sequence, let reason, let message):
            lock.withLock { state.pending.removeAll { $0.sequence == sequence } }
            onEvent(.refused(sequence: sequence, reason: reason.rawValue, message: message))
        case .say(let text, let seat):
            onEvent(.said(text: text, seat: seat))
        case .room(let paused, let timer, let connected):
            onEvent(.room(paused: paused, timerSeconds: timer, connected: connected))
        case .kicked:
            reading.isFinal = true
            onEvent(.kicked)
            return .stop
        case .error(let error):
            let code = error.code.rawValue
            let usedEarlierToken = lock.withLock { state.credentialsAreFromEarlierRun && !reading.welcomed }
            if error.code == .badToken, usedEarlierToken {
                // A seat kept from another run that the room does not know (a room that ended, a new host):
                // ask for a new seat instead.
                lock.withLock {
                    state.credentials = nil
                    state.credentialsAreFromEarlierRun = false
                }
                return .stop
            }
            let isFinal = Self.finalCodes.contains(code) || (!reading.welcomed && error.code == .badToken)
            if isFinal { reading.isFinal = true }
            onEvent(.problem(code: code, message: error.message, isFinal: isFinal))
            if isFinal { return .stop }
        case .pong:
            break
        }
        return .goOn
    }

    /// The room's game, rebuilt from a welcome: its files compiled (once per version), the hash checked, the
    /// log replayed.
    private func welcome(from sent: ServerFrame.Welcome) -> Result<Welcome, WelcomeProblem> {
        var scenario: Scenario
        if let compiled = lock.withLock({ state.compiled }), compiled.hash == sent.scenarioHash {
            scenario = compiled.scenario
        } else {
            let compilation = Compiler.compile(sent.sourceFiles, branches: sent.branchFiles, earlier: request.earlierAct(sent.sourceFiles))
            guard let compiled = compilation.scenario, !compilation.hasErrors else {
                let first = compilation.diagnostics.first.map { "\($0)" } ?? ""
                return .failure(WelcomeProblem(code: "scenario", message: "the room's scenario '\(sent.scenarioID)' does not compile here: \(first)"))
            }
            scenario = compiled
            lock.withLock { state.compiled = (sent.scenarioHash, compiled) }
        }
        switch sent.game(on: scenario) {
        case .failure(let error):
            return .failure(WelcomeProblem(code: "scenario", message: error.description))
        case .success(let game):
            return .success(Welcome(room: sent.room, seat: sent.seat, role: sent.role, name: sent.name, game: game, paused: sent.paused,
                                    timerSeconds: sent.timer))
        }
    }

    /// Why a welcome could not be turned into a game.
    private struct WelcomeProblem: Error {
        var code: String
        var message: String
    }
}
