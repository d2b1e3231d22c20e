/// A room's short code, which a teacher reads out and students type: six letters and digits from an
/// alphabet without the ones that are easily confused (0/O, 1/I/L), so it survives being said aloud.
public struct RoomCode: Hashable, Sendable, CustomStringConvertible {
    public static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    public static let length = 6

    public let value: String

    /// A code typed by a student: case and spaces do not matter; nil when it cannot be a code.
    public init?(typed: String) {
        let cleaned = typed.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard cleaned.count == Self.length, cleaned.allSatisfy(Self.alphabet.contains) else { return nil }
        value = String(cleaned)
    }

    /// A new random code.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> RoomCode {
        RoomCode(typed: String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))!
    }

    public var description: String { value }
}
