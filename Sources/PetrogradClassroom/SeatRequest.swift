/// A frame a browser seat sends over `/seat` (see docs/classroom.md, "A browser seat"): `look` (a room's
/// roles), `join` (a new seat, or one taken back by its token), then `choose` by the number shown, and the
/// questions the terminal answers as commands (`journal`, `glossary`, `notes`). Checked as strictly as
/// the `/play` protocol's frames: size, JSON, every field's type and length, no unknown fields.
enum SeatRequest: Hashable, Sendable {
    struct Join: Hashable, Sendable {
        var code: String
        var name: String?
        var role: String?
        var token: String?
        /// How many numbered texts the page already shows: a page that reconnects gets only the rest.
        var seen: Int
    }

    case look(code: String)
    case join(Join)
    case choose(number: Int)
    case journal
    case glossary(word: String)
    case notes
    case ping

    static func decode(_ bytes: some Collection<UInt8>) -> Result<SeatRequest, ProtocolError> {
        guard bytes.count <= ClientFrame.sizeLimit else {
            return .failure(ProtocolError(.tooLarge, "a frame may be at most \(ClientFrame.sizeLimit) bytes; this one is \(bytes.count)"))
        }
        guard case .object(let fields)? = JSONValue.parse(bytes) else {
            return .failure(ProtocolError(.badFrame, "a frame is one JSON object"))
        }
        do throws(ProtocolError) {
            var reader = FieldReader(fields: fields)
            let type = try reader.string("type", limit: 16)
            let request: SeatRequest
            switch type {
            case "look":
                request = .look(code: try reader.string("code", limit: 16))
            case "join":
                let code = try reader.string("code", limit: 16)
                let token = try reader.optionalSecret("token")
                let name = try reader.optionalName("name")
                let role = try reader.optionalIdentifier("role")
                let seen = try reader.optionalInteger("seen", in: 0...1_000_000) ?? 0
                guard token != nil || (name != nil && role != nil) else {
                    throw ProtocolError(.badName, "a new seat needs a name and a role; a seat taken back needs its token")
                }
                request = .join(Join(code: code, name: name, role: role, token: token, seen: seen))
            case "choose":
                request = .choose(number: try reader.integer("number", in: 1...999))
            case "journal":
                request = .journal
            case "glossary":
                request = .glossary(word: try reader.optionalText("word", limit: 100) ?? "")
            case "notes":
                request = .notes
            case "ping":
                request = .ping
            default:
                throw ProtocolError(.badFrame, "there is no frame of type '\(type.prefix(16))'; a browser seat sends look, join, choose, journal, glossary, notes or ping")
            }
            try reader.finish()
            return .success(request)
        } catch {
            return .failure(error)
        }
    }
}
