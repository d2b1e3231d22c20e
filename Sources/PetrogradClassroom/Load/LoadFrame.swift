import Foundation
import PetrogradCore

/// A server frame as the load test's students read it: every field the protocol's server frames carry,
/// each optional, so one decoding serves every type.
struct LoadFrame: Decodable {
    struct File: Decodable {
        var path: String
        var text: String
    }

    struct ScenarioPart: Decodable {
        var id: String?
        var hash: String?
        var files: [File]
        var branches: [[File]]?
    }

    struct GamePart: Decodable {
        var seed: UInt64
        var roles: [String]
        var entry: String?

        enum CodingKeys: String, CodingKey { case seed, roles, entry }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // A seed beyond 2^53 may come as a string, which every JSON reader keeps exactly.
            if let number = try? container.decode(UInt64.self, forKey: .seed) {
                seed = number
            } else if let text = try? container.decode(String.self, forKey: .seed), let number = UInt64(text) {
                seed = number
            } else {
                throw DecodingError.dataCorruptedError(forKey: .seed, in: container, debugDescription: "no seed")
            }
            roles = try container.decode([String].self, forKey: .roles)
            entry = try container.decodeIfPresent(String.self, forKey: .entry)
        }
    }

    var type: String
    var seat: Int?
    var log: [String]?
    var paused: Bool?
    var timer: Int?
    var scenario: ScenarioPart?
    var game: GamePart?
    var index: Int?
    var line: String?
    var seq: Int?
    var reason: String?
    var code: String?
    var message: String?

    static func decode(_ text: String) -> LoadFrame? {
        try? JSONDecoder().decode(LoadFrame.self, from: Data(text.utf8))
    }

    /// The welcome's files as source files.
    var files: (base: [SourceFile], branches: [[SourceFile]])? {
        guard let scenario else { return nil }
        return (scenario.files.map { SourceFile(path: $0.path, text: $0.text) },
                (scenario.branches ?? []).map { $0.map { SourceFile(path: $0.path, text: $0.text) } })
    }
}

/// The client frames the load test's students send.
enum LoadClientFrame {
    private struct Hello: Encodable {
        var v = 1
        var type = "hello"
        var program: String
        var code: String
        var name: String?
        var role: String?
        var watch: Bool?
    }

    private struct Choose: Encodable {
        var v = 1
        var type = "choose"
        var seq: Int
        var choice: String
    }

    private static func json(_ value: some Encodable) -> String {
        String(decoding: (try? JSONEncoder().encode(value)) ?? Data(), as: UTF8.self)
    }

    static func hello(program: String, code: String, name: String, role: String) -> String {
        json(Hello(program: program, code: code, name: name, role: role))
    }

    static func watch(program: String, code: String) -> String {
        json(Hello(program: program, code: code, watch: true))
    }

    static func choose(seq: Int, choice: String) -> String {
        json(Choose(seq: seq, choice: choice))
    }
}
