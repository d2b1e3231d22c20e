/// A frame a client sends (protocol version 1): `hello` first, then `choose`, `ping` or `control`.
/// ``ClientFrame/decode(_:)`` checks every field; anything else in a frame is an error, never a trap.
public enum ClientFrame: Hashable, Sendable {
    /// The first frame: which room, who, and how (a new seat, a seat taken back by its token, or watching).
    public struct Hello: Hashable, Sendable {
        public var program: String
        public var code: String
        public var name: String?
        public var role: String?
        public var token: String?
        public var watch: Bool
        public var lang: String?

        public init(program: String, code: String, name: String? = nil, role: String? = nil, token: String? = nil, watch: Bool = false,
                    lang: String? = nil) {
            self.program = program
            self.code = code
            self.name = name
            self.role = role
            self.token = token
            self.watch = watch
            self.lang = lang
        }
    }

    /// The teacher's controls over the network, with the teacher's key.
    public struct Control: Hashable, Sendable {
        public enum Command: String, Hashable, Sendable, CaseIterable {
            case pause, resume, say, timer, kick, move, rewind, end
        }

        public var key: String
        public var command: Command
        public var text: String?
        public var seat: Int?
        public var seconds: Int?
        public var steps: Int?
        public var name: String?

        public init(key: String, command: Command, text: String? = nil, seat: Int? = nil, seconds: Int? = nil, steps: Int? = nil,
                    name: String? = nil) {
            self.key = key
            self.command = command
            self.text = text
            self.seat = seat
            self.seconds = seconds
            self.steps = steps
            self.name = name
        }
    }

    case hello(Hello)
    /// `seq` counts from 1 for each seat; `choice` is a choice's id in the seat's scene.
    case choose(seq: Int, choice: String)
    case ping
    case control(Control)

    /// The protocol's version, sent in every frame as `v`.
    public static let protocolVersion = 1
    /// The largest frame a client may send, in bytes.
    public static let sizeLimit = 4096

    /// The frame as JSON text.
    public var json: JSONValue {
        var fields: [String: JSONValue] = ["v": .integer(Int64(Self.protocolVersion))]
        switch self {
        case .hello(let hello):
            fields["type"] = .string("hello")
            fields["program"] = .string(hello.program)
            fields["code"] = .string(hello.code)
            if let name = hello.name { fields["name"] = .string(name) }
            if let role = hello.role { fields["role"] = .string(role) }
            if let token = hello.token { fields["token"] = .string(token) }
            if hello.watch { fields["watch"] = .bool(true) }
            if let lang = hello.lang { fields["lang"] = .string(lang) }
        case .choose(let seq, let choice):
            fields["type"] = .string("choose")
            fields["seq"] = .integer(Int64(seq))
            fields["choice"] = .string(choice)
        case .ping:
            fields["type"] = .string("ping")
        case .control(let control):
            fields["type"] = .string("control")
            fields["key"] = .string(control.key)
            fields["command"] = .string(control.command.rawValue)
            if let text = control.text { fields["text"] = .string(text) }
            if let seat = control.seat { fields["seat"] = .integer(Int64(seat)) }
            if let seconds = control.seconds { fields["seconds"] = .integer(Int64(seconds)) }
            if let steps = control.steps { fields["steps"] = .integer(Int64(steps)) }
            if let name = control.name { fields["name"] = .string(name) }
        }
        return .object(fields)
    }

    /// Reads and checks a client's frame: its size, its JSON, its version and each of its fields.
    public static func decode(_ bytes: some Collection<UInt8>) -> Result<ClientFrame, ProtocolError> {
        guard bytes.count <= sizeLimit else {
            return .failure(ProtocolError(.tooLarge, "a frame may be at most \(sizeLimit) bytes; this one is \(bytes.count)"))
        }
        guard case .object(let fields)? = JSONValue.parse(bytes) else {
            return .failure(ProtocolError(.badFrame, "a frame is one JSON object"))
        }
        do throws(ProtocolError) {
            return .success(try decode(FieldReader(fields: fields)))
        } catch {
            return .failure(error)
        }
    }

    private static func decode(_ reader: FieldReader) throws(ProtocolError) -> ClientFrame {
        var reader = reader
        let type = try reader.string("type", limit: 16)
        // The version is checked before anything else, so that an older or newer client hears it first.
        guard case .integer(let version)? = reader.fields["v"] else {
            throw ProtocolError(.badFrame, "the field 'v' (the protocol's version, a number) is missing")
        }
        guard version == protocolVersion else {
            throw ProtocolError(.version, "this server speaks protocol version \(protocolVersion); the client sent version \(version)")
        }
        reader.read.insert("v")
        let frame: ClientFrame
        switch type {
        case "hello":
            frame = .hello(Hello(program: try reader.string("program", limit: 40),
                                 code: try reader.string("code", limit: 16),
                                 name: try reader.optionalName("name"),
                                 role: try reader.optionalIdentifier("role"),
                                 token: try reader.optionalSecret("token"),
                                 watch: try reader.optionalBool("watch") ?? false,
                                 lang: try reader.optionalLanguage("lang")))
        case "choose":
            frame = .choose(seq: try reader.integer("seq", in: 1...Int(Int32.max)), choice: try reader.identifier("choice"))
        case "ping":
            frame = .ping
        case "control":
            let key = try reader.secret("key")
            let commandWord = try reader.string("command", limit: 16)
            guard let command = Control.Command(rawValue: commandWord) else {
                throw ProtocolError(.badFrame, "there is no control command '\(commandWord)'; the commands are "
                                    + Control.Command.allCases.map(\.rawValue).joined(separator: ", "))
            }
            frame = .control(Control(key: key, command: command,
                                     text: try reader.optionalText("text", limit: 1000),
                                     seat: try reader.optionalInteger("seat", in: 1...Room.seatLimit),
                                     seconds: try reader.optionalInteger("seconds", in: 0...86_400),
                                     steps: try reader.optionalInteger("steps", in: 1...100_000),
                                     name: try reader.optionalName("name")))
        default:
            throw ProtocolError(.badFrame, "there is no frame of type '\(type)'; a client sends hello, choose, ping or control")
        }
        try reader.finish()
        return frame
    }
}

/// Reads a frame's fields one by one, each of one type and within its limits, and notes which were read,
/// so that a field the frame has no place for is an error too.
struct FieldReader {
    let fields: [String: JSONValue]
    var read: Set<String> = ["type"]

    init(fields: [String: JSONValue]) {
        self.fields = fields
    }

    mutating func string(_ key: String, limit: Int) throws(ProtocolError) -> String {
        guard let value = try optionalText(key, limit: limit) else { throw ProtocolError(.badFrame, "the field '\(key)' is missing") }
        return value
    }

    mutating func optionalText(_ key: String, limit: Int) throws(ProtocolError) -> String? {
        read.insert(key)
        switch fields[key] {
        case nil, .null?: return nil
        case .string(let value)?:
            guard value.count <= limit else { throw ProtocolError(.badFrame, "the field '\(key)' may be at most \(limit) characters") }
            return value
        default: throw ProtocolError(.badFrame, "the field '\(key)' must be a string")
        }
    }

    mutating func identifier(_ key: String) throws(ProtocolError) -> String {
        guard let value = try optionalIdentifier(key) else { throw ProtocolError(.badFrame, "the field '\(key)' is missing") }
        return value
    }

    /// An id as scenarios write them: letters, digits, '-' and '_', at most 64.
    mutating func optionalIdentifier(_ key: String) throws(ProtocolError) -> String? {
        guard let value = try optionalText(key, limit: 64) else { return nil }
        guard !value.isEmpty, value.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }) else {
            throw ProtocolError(.badFrame, "the field '\(key)' must be an id (letters, digits, '-' and '_')")
        }
        return value
    }

    mutating func secret(_ key: String) throws(ProtocolError) -> String {
        guard let value = try optionalSecret(key) else { throw ProtocolError(.badFrame, "the field '\(key)' is missing") }
        return value
    }

    /// A token or key: 32 hexadecimal digits.
    mutating func optionalSecret(_ key: String) throws(ProtocolError) -> String? {
        guard let value = try optionalText(key, limit: 64) else { return nil }
        guard value.count == 32, value.allSatisfy(\.isHexDigit) else {
            throw ProtocolError(key == "token" ? .badToken : .notTeacher, "the field '\(key)' must be 32 hexadecimal digits")
        }
        return value.lowercased()
    }

    mutating func optionalName(_ key: String) throws(ProtocolError) -> String? {
        guard let value = try optionalText(key, limit: 200) else { return nil }
        guard let name = StudentName.checked(value) else {
            throw ProtocolError(.badName, "a name is 1 to \(StudentName.limit) characters, without control characters")
        }
        return name
    }

    mutating func optionalLanguage(_ key: String) throws(ProtocolError) -> String? {
        guard let value = try optionalText(key, limit: 8) else { return nil }
        guard value == "hi" || value == "en" else { throw ProtocolError(.badFrame, "the field '\(key)' is 'hi' or 'en'") }
        return value
    }

    mutating func optionalBool(_ key: String) throws(ProtocolError) -> Bool? {
        read.insert(key)
        switch fields[key] {
        case nil, .null?: return nil
        case .bool(let value)?: return value
        default: throw ProtocolError(.badFrame, "the field '\(key)' must be true or false")
        }
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>) throws(ProtocolError) -> Int {
        guard let value = try optionalInteger(key, in: range) else { throw ProtocolError(.badFrame, "the field '\(key)' is missing") }
        return value
    }

    mutating func optionalInteger(_ key: String, in range: ClosedRange<Int>) throws(ProtocolError) -> Int? {
        read.insert(key)
        switch fields[key] {
        case nil, .null?: return nil
        case .integer(let value)?:
            guard value >= Int64(range.lowerBound), value <= Int64(range.upperBound) else {
                throw ProtocolError(.badFrame, "the field '\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return Int(value)
        default: throw ProtocolError(.badFrame, "the field '\(key)' must be a whole number")
        }
    }

    /// Every field was one the frame has a place for.
    func finish() throws(ProtocolError) {
        if let extra = fields.keys.sorted().first(where: { !read.contains($0) }) {
            throw ProtocolError(.badFrame, "a frame of this type has no field '\(extra.prefix(40))'")
        }
    }
}
