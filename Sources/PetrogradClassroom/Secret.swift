/// A seat's token or a teacher's key: 128 random bits as 32 hexadecimal digits. Only its SHA-256 digest is
/// kept (in memory and in the database), so a copy of the database lets no one in.
public struct Secret: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    /// A new secret from the system's random source.
    public static func random() -> Secret {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    static func random<G: RandomNumberGenerator>(using generator: inout G) -> Secret {
        let words = [generator.next() as UInt64, generator.next() as UInt64]
        return Secret(value: words.map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined())
    }

    public init(value: String) {
        self.value = value
    }

    /// The digest that is stored in its place.
    public var digest: String { SHA256.hex(of: value) }

    public var description: String { value }
}
