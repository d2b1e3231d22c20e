/// The contents of one scenario file, as handed to the compiler: its bytes, or a way to read them a piece
/// at a time. Reading files is the caller's job.
public struct SourceFile: Hashable, Sendable {
    /// The path used in diagnostics (relative paths read best).
    public var path: String
    private var storage: Storage

    private enum Storage: Sendable {
        case bytes([UInt8])
        /// A big file, read from its reader a piece at a time whenever it is wanted.
        case pieces(SourcePieces)
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        storage = .bytes(bytes)
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A file that is read from end to end now, and then again a piece at a time (pieces of about
    /// `pieceSize` bytes, cut at line ends) whenever it is wanted, so that it is never all in memory at
    /// once. `read` gives up to `count` bytes from byte `offset`, fewer only at the file's end, none
    /// past it, and nil when the file cannot be read; nil when the file cannot be read now. A file
    /// changed while it is read is noted (`changedWhileRead`), never read half old and half new: the
    /// compiler then reports the change, not what it found.
    public init?(path: String, pieceSize: Int = 256 << 10, read: @escaping @Sendable (_ offset: Int, _ count: Int) -> [UInt8]?) {
        guard let pieces = SourcePieces(pieceSize: pieceSize, read: read) else { return nil }
        self.path = path
        storage = .pieces(pieces)
    }

    /// The file's bytes. A file read a piece at a time is read again, whole: a piece that has changed
    /// since it was first read is given as it reads now.
    public var bytes: [UInt8] {
        get {
            switch storage {
            case .bytes(let bytes): return bytes
            case .pieces(let pieces):
                var bytes: [UInt8] = []
                bytes.reserveCapacity(pieces.fileCount)
                pieces.forEachFilePiece { bytes += $0 }
                return bytes
            }
        }
        set { storage = .bytes(newValue) }
    }

    /// How many bytes the file has, without reading them.
    public var byteCount: Int {
        switch storage {
        case .bytes(let bytes): bytes.count
        case .pieces(let pieces): pieces.fileCount
        }
    }

    /// Whether the file is read a piece at a time rather than held in memory.
    public var isReadInPieces: Bool {
        if case .pieces = storage { return true }
        return false
    }

    /// Whether the file, read a piece at a time, was found to have changed (or could no longer be read)
    /// when it was read again.
    public var changedWhileRead: Bool {
        if case .pieces(let pieces) = storage { return pieces.changedWhileRead }
        return false
    }

    /// Hands over the file's bytes in order, a piece at a time for a file read that way.
    public func forEachPiece(_ body: ([UInt8]) -> Void) {
        switch storage {
        case .bytes(let bytes): body(bytes)
        case .pieces(let pieces): pieces.forEachFilePiece(body)
        }
    }

    /// The file's text as the lexer reads it.
    var pieces: SourcePieces {
        switch storage {
        case .bytes(let bytes): SourcePieces(bytes: bytes)
        case .pieces(let pieces): pieces
        }
    }

    public static func == (left: SourceFile, right: SourceFile) -> Bool {
        guard left.path == right.path else { return false }
        switch (left.storage, right.storage) {
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.pieces(let a), .pieces(let b)): return a.sameBytes(as: b)
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        switch storage {
        case .bytes(let bytes): hasher.combine(bytes)
        case .pieces(let pieces): pieces.hash(into: &hasher)
        }
    }

    /// The text of a 1-based line, for showing under a diagnostic; nil when the line does not exist or
    /// is not valid UTF-8.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        let bytes = bytes
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
