import Foundation
import PetrogradCore

/// The frames of the classroom protocol (version 1) as the client writes and reads them: JSON objects with
/// `"v": 1` and a `"type"` (the protocol is described in docs/classroom.md).
extension ClassroomClient {
    /// The protocol version the client speaks.
    public static let protocolVersion = 1

    /// The first frame: who this client is and which seat it wants.
    struct Hello: Encodable {
        var v = ClassroomClient.protocolVersion
        var type = "hello"
        var program: String
        var code: String
        var name: String?
        var role: String?
        var token: String?
        var watch: Bool?
        var lang: String?
    }

    /// A choice of this seat, numbered so that a choice sent again after a reconnect is not taken twice.
    struct Choose: Encodable {
        var v = ClassroomClient.protocolVersion
        var type = "choose"
        var seq: Int
        var choice: String
    }

    struct Ping: Encodable {
        var v = ClassroomClient.protocolVersion
        var type = "ping"
    }

    /// A file of the scenario as the server sends it.
    struct SentFile: Decodable, Sendable {
        var path: String
        var text: String
    }

    /// The scenario a room plays, sent whole so the client compiles the same city.
    struct SentScenario: Decodable, Sendable {
        var id: String
        var hash: String
        var files: [SentFile]
        var branches: [[SentFile]]?
    }

    /// How the room's game started.
    struct SentGame: Decodable, Sendable {
        var seed: UInt64
        var roles: [String]
        var entry: String?

        private enum CodingKeys: String, CodingKey { case seed, roles, entry }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // A 64-bit seed travels as text (JSON numbers lose precision past 2^53); a number is read too.
            if let text = try? container.decode(String.self, forKey: .seed), let seed = UInt64(text) {
                self.seed = seed
            } else {
                seed = try container.decode(UInt64.self, forKey: .seed)
            }
            roles = try container.decode([String].self, forKey: .roles)
            entry = try container.decodeIfPresent(String.self, forKey: .entry)
        }
    }

    /// Every frame the server sends, with the fields of all types optional: the type says which are there.
    struct ServerFrame: Decodable, Sendable {
        var v: Int?
        var type: String
        // welcome
        var room: String?
        var seat: Int?
        var token: String?
        var role: String?
        var name: String?
        var scenario: SentScenario?
        var game: SentGame?
        var log: [String]?
        var paused: Bool?
        var timer: Seconds?
        // action, ack, refused
        var index: Int?
        var line: String?
        var seq: Int?
        var reason: String?
        var message: String?
        // say
        var text: String?
        var to: Int?
        // room
        var connected: [Int]?
        // error
        var code: String?
    }

    /// A number of seconds, read leniently: a whole or a decimal number; anything else counts as none, so a
    /// richer timer from a later server does not make the whole frame unreadable.
    struct Seconds: Decodable, Sendable {
        var value: Int?

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let whole = try? container.decode(Int.self) {
                value = whole
            } else if let decimal = try? container.decode(Double.self), decimal.isFinite {
                value = Int(decimal.rounded())
            } else {
                value = nil
            }
        }
    }

    static func encoded(_ frame: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail.
        return (try? String(decoding: encoder.encode(frame), as: UTF8.self)) ?? "{}"
    }

    static func decoded(_ text: String) -> ServerFrame? {
        try? JSONDecoder().decode(ServerFrame.self, from: Data(text.utf8))
    }
}
