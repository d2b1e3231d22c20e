/// The raw contents of one scenario file, as handed to the compiler. Reading files is the caller's job.
public struct SourceFile: Hashable, Sendable {
    /// The path used in diagnostics (relative paths read best).
    public var path: String
    /// The file's bytes, not yet known to be UTF-8.
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The text of a 1-based line, for showing under a diagnostic; nil when the line does not exist or
    /// is not valid UTF-8.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                if current == number { break }
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == number, start <= bytes.count else { return nil }
        var end = index
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(validating: bytes[start..<end], as: UTF8.self)
    }
}
