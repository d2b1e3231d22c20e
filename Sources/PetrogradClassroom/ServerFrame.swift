import PetrogradCore

/// A frame the server sends (protocol version 1). Encoded once and sent as the same text to every
/// connection it goes to; ``ServerFrame/decode(_:)`` is the client's side.
public enum ServerFrame: Hashable, Sendable {
    /// A scenario's source file as the welcome carries it.
    public struct FileText: Hashable, Sendable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }

        public init(_ file: SourceFile) {
            self.init(path: file.path, text: String(decoding: file.bytes, as: UTF8.self))
        }

        public var sourceFile: SourceFile { SourceFile(path: path, text: text) }
    }

    /// Everything a client needs to show the room: the scenario's files (it compiles them and checks the
    /// hash), the game's set-up and its log so far (it replays it), and its own seat.
    public struct Welcome: Hashable, Sendable {
        public var room: String
        /// Nil for an observer.
        public var seat: Int?
        /// Sent only to its own seat.
        public var token: String?
        public var role: String?
        public var name: String?
        public var scenarioID: String
        public var scenarioHash: String
        public var files: [FileText]
        public var branches: [[FileText]]
        public var seed: UInt64
        /// Role ids of the players the game started with (a classroom's game starts with none).
        public var roles: [String]
        /// The entry (a one-period game's start) by id, if the game has one.
        public var entry: String?
        public var log: [String]
        public var paused: Bool
        public var timer: Int?

        public init(room: String, seat: Int?, token: String?, role: String?, name: String?, scenarioID: String, scenarioHash: String,
                    files: [FileText], branches: [[FileText]], seed: UInt64, roles: [String], entry: String?, log: [String],
                    paused: Bool, timer: Int?) {
            self.room = room
            self.seat = seat
            self.token = token
            self.role = role
            self.name = name
            self.scenarioID = scenarioID
            self.scenarioHash = scenarioHash
            self.files = files
            self.branches = branches
            self.seed = seed
            self.roles = roles
            self.entry = entry
            self.log = log
            self.paused = paused
            self.timer = timer
        }
    }

    case welcome(Welcome)
    /// A line of the room's log, `index` its 1-based place; sent to everyone in log order, after it is stored.
    case action(index: Int, line: String)
    /// The sender's `choose` with this `seq` is stored as line `index`.
    case ack(seq: Int, index: Int)
    case refused(seq: Int, reason: RefusalReason, message: String)
    /// Words from the teacher; `to` is the seat they were for, nil for everyone.
    case say(text: String, to: Int?)
    case room(paused: Bool, timer: Int?, connected: [Int])
    case kicked
    case pong
    case error(ProtocolError)

    public var json: JSONValue {
        var fields: [String: JSONValue] = ["v": .integer(Int64(ClientFrame.protocolVersion))]
        func optional(_ value: Int?) -> JSONValue { value.map { .integer(Int64($0)) } ?? .null }
        func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func files(_ list: [FileText]) -> JSONValue {
            .array(list.map { .object(["path": .string($0.path), "text": .string($0.text)]) })
        }
        switch self {
        case .welcome(let welcome):
            fields["type"] = .string("welcome")
            fields["room"] = .string(welcome.room)
            fields["seat"] = optional(welcome.seat)
            if let token = welcome.token { fields["token"] = .string(token) }
            fields["role"] = optional(welcome.role)
            fields["name"] = optional(welcome.name)
            fields["scenario"] = .object(["id": .string(welcome.scenarioID), "hash": .string(welcome.scenarioHash),
                                          "files": files(welcome.files), "branches": .array(welcome.branches.map(files))])
            var game: [String: JSONValue] = ["seed": .string(String(welcome.seed)), "roles": .array(welcome.roles.map(JSONValue.string))]
            if let entry = welcome.entry { game["entry"] = .string(entry) }
            fields["game"] = .object(game)
            fields["log"] = .array(welcome.log.map(JSONValue.string))
            fields["paused"] = .bool(welcome.paused)
            fields["timer"] = optional(welcome.timer)
        case .action(let index, let line):
            fields["type"] = .string("action")
            fields["index"] = .integer(Int64(index))
            fields["line"] = .string(line)
        case .ack(let seq, let index):
            fields["type"] = .string("ack")
            fields["seq"] = .integer(Int64(seq))
            fields["index"] = .integer(Int64(index))
        case .refused(let seq, let reason, let message):
            fields["type"] = .string("refused")
            fields["seq"] = .integer(Int64(seq))
            fields["reason"] = .string(reason.rawValue)
            fields["message"] = .string(message)
        case .say(let text, let to):
            fields["type"] = .string("say")
            fields["text"] = .string(text)
            fields["to"] = optional(to)
        case .room(let paused, let timer, let connected):
            fields["type"] = .string("room")
            fields["paused"] = .bool(paused)
            fields["timer"] = optional(timer)
            fields["connected"] = .array(connected.map { .integer(Int64($0)) })
        case .kicked:
            fields["type"] = .string("kicked")
        case .pong:
            fields["type"] = .string("pong")
        case .error(let error):
            fields["type"] = .string("error")
            fields["code"] = .string(error.code.rawValue)
            fields["message"] = .string(error.message)
        }
        return .object(fields)
    }

    /// The frame as the text that goes over the wire.
    public var text: String {
        guard case .welcome(let welcome) = self else { return json.text }
        return Self.welcomeText(welcome, scenarioJSON: Self.scenarioJSON(welcome))
    }

    /// The welcome's `scenario` object as JSON text: the largest part of a welcome (every source file),
    /// the same for everyone in a room, so a room encodes it once.
    static func scenarioJSON(_ welcome: Welcome) -> String {
        guard case .object(let fields) = ServerFrame.welcome(welcome).json, let scenario = fields["scenario"] else { return "null" }
        return scenario.text
    }

    /// A welcome's text with its scenario already encoded.
    static func welcomeText(_ welcome: Welcome, scenarioJSON: String) -> String {
        var trimmed = welcome
        trimmed.files = []
        trimmed.branches = []
        guard case .object(var fields) = ServerFrame.welcome(trimmed).json else { return "{}" }
        fields["scenario"] = nil
        let rest = JSONValue.object(fields).text
        return "{\"scenario\":" + scenarioJSON + "," + rest.dropFirst()
    }

    /// Reads a server's frame (the client's side); nil when it is not one this version knows.
    public static func decode(_ bytes: some Collection<UInt8>) -> ServerFrame? {
        guard case .object(let fields)? = JSONValue.parse(bytes), case .integer(let version)? = fields["v"],
              version == Int64(ClientFrame.protocolVersion), case .string(let type)? = fields["type"] else { return nil }
        func string(_ key: String, in object: [String: JSONValue] = fields) -> String? {
            if case .string(let value)? = object[key] { return value }
            return nil
        }
        func integer(_ key: String, in object: [String: JSONValue] = fields) -> Int? {
            if case .integer(let value)? = object[key] { return Int(exactly: value) }
            return nil
        }
        func bool(_ key: String) -> Bool? {
            if case .bool(let value)? = fields[key] { return value }
            return nil
        }
        func files(_ value: JSONValue?) -> [FileText]? {
            guard case .array(let items)? = value else { return nil }
            var result: [FileText] = []
            for item in items {
                guard case .object(let file) = item, let path = string("path", in: file), let text = string("text", in: file) else { return nil }
                result.append(FileText(path: path, text: text))
            }
            return result
        }
        func strings(_ value: JSONValue?) -> [String]? {
            guard case .array(let items)? = value else { return nil }
            var result: [String] = []
            for case .string(let item) in items { result.append(item) }
            return result.count == items.count ? result : nil
        }
        switch type {
        case "welcome":
            guard let room = string("room"), case .object(let scenario)? = fields["scenario"], case .object(let game)? = fields["game"],
                  let id = string("id", in: scenario), let hash = string("hash", in: scenario), let sourceFiles = files(scenario["files"]),
                  case .array(let branchList)? = scenario["branches"], let seedText = string("seed", in: game), let seed = UInt64(seedText),
                  let roles = strings(game["roles"]), let log = strings(fields["log"]), let paused = bool("paused") else { return nil }
            var branches: [[FileText]] = []
            for branch in branchList {
                guard let branchFiles = files(branch) else { return nil }
                branches.append(branchFiles)
            }
            return .welcome(Welcome(room: room, seat: integer("seat"), token: string("token"), role: string("role"), name: string("name"),
                                    scenarioID: id, scenarioHash: hash, files: sourceFiles, branches: branches, seed: seed, roles: roles,
                                    entry: string("entry", in: game), log: log, paused: paused, timer: integer("timer")))
        case "action":
            guard let index = integer("index"), let line = string("line") else { return nil }
            return .action(index: index, line: line)
        case "ack":
            guard let seq = integer("seq"), let index = integer("index") else { return nil }
            return .ack(seq: seq, index: index)
        case "refused":
            guard let seq = integer("seq"), let reason = string("reason").flatMap(RefusalReason.init), let message = string("message") else { return nil }
            return .refused(seq: seq, reason: reason, message: message)
        case "say":
            guard let text = string("text") else { return nil }
            return .say(text: text, to: integer("to"))
        case "room":
            guard let paused = bool("paused"), case .array(let seats)? = fields["connected"] else { return nil }
            return .room(paused: paused, timer: integer("timer"), connected: seats.compactMap { if case .integer(let n) = $0 { Int(n) } else { nil } })
        case "kicked":
            return .kicked
        case "pong":
            return .pong
        case "error":
            guard let code = string("code").flatMap(ProtocolErrorCode.init), let message = string("message") else { return nil }
            return .error(ProtocolError(code, message))
        default:
            return nil
        }
    }
}
