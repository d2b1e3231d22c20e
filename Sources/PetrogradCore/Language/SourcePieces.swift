import Foundation

/// A file's text as the lexer reads it, in pieces of whole lines: the bytes without a byte-order mark,
/// with ordinary line ends and with each forbidden control character replaced (`Lexer.normalized`).
///
/// A file held in memory is one piece. A big file read from disk (`SourceFile.init(path:pieceSize:read:)`)
/// is read once from end to end, to find where its pieces are, what is wrong with its text and a hash of
/// each piece, and then a piece at a time as the lexer comes to it, so the whole file is never in memory
/// at once: a story of 100,000 scenes is 57 MB of text, more than anything the checker builds from it.
/// A piece read again is checked against its hash; a file changed while it is read is noted
/// (`changedWhileRead`), and the piece is read as blank lines of the same length, so that the check
/// carries on without trapping and the compiler reports the change instead of what it found.
final class SourcePieces: @unchecked Sendable {
    /// Reads up to `count` bytes of the file from byte `offset`: fewer only at its end, none past it; nil
    /// when the file cannot be read.
    typealias Reader = @Sendable (_ offset: Int, _ count: Int) -> [UInt8]?

    /// Where one piece is in the file and in the text the lexer reads.
    struct Entry {
        var fileOffset: Int
        var fileCount: Int
        /// The raw bytes' hash, to know them again.
        var hash: CompiledScenarioFormat.Key
        /// Where the piece starts in the text the lexer reads, and how many of its bytes it is.
        var start: Int
        var count: Int
        /// Line feeds in the piece: it ends with one, unless it is the file's last.
        var lineFeeds: Int
        /// Whether the lexer reads the piece's bytes as they are (no byte-order mark, no line ends or
        /// control characters to mend), as in almost every file: read again, they need no second look.
        var isTextAsRead: Bool
    }

    /// A control character found in the text, reported at the first on its line (PG003).
    struct ControlCharacter {
        var line: Int
        var scalar: UInt32
        var column: Int
        /// How many more follow on the same line.
        var others: Int
    }

    /// The pieces in order. One piece for a file held in memory.
    private let entries: [Entry]
    /// Reads a piece from the file; nil when the text is held in memory.
    private let reader: Reader?
    /// The one piece of a file held in memory.
    private let held: SourcePiece?

    /// Why the file is not UTF-8 text, and where; nil when it is.
    let textProblem: (message: String, line: Int, column: Int)?
    /// The control characters in the text.
    let controlCharacters: [ControlCharacter]
    /// Where, in the text the lexer reads, a U+FFFD stands for a control character already reported.
    let replacedOffsets: Set<Int>
    /// The file's bytes, and the text's.
    let fileCount: Int
    var textCount: Int { entries.last.map { $0.start + $0.count } ?? 0 }

    // Under `lock`.
    private let lock = NSLock()
    /// The pieces read last, most recent first: the two threads that read a story's scenes read in the
    /// same few pieces.
    private var recent: [(index: Int, piece: SourcePiece)] = []
    private var changed = false

    /// How many pieces read again are kept.
    private static let recentCount = 3
    /// The size of a piece, short of the line end it is cut after.
    static let defaultPieceSize = 256 << 10

    /// A file held in memory: one piece.
    init(bytes: [UInt8]) {
        reader = nil
        var found = Findings()
        let text = found.add(bytes, fileOffset: 0, start: 0, isFirst: true, isOnly: true)
        // Held, the piece is never read again: it needs no hash.
        entries = [Entry(fileOffset: 0, fileCount: bytes.count, hash: .init(high: 0, low: 0), start: 0, count: text.count, lineFeeds: 0,
                         isTextAsRead: false)]
        held = SourcePiece(bytes: text, start: 0)
        fileCount = bytes.count
        textProblem = found.problem
        controlCharacters = found.controlCharacters
        replacedOffsets = found.replacedOffsets
    }

    /// A file read from disk: read now from end to end to find its pieces (each `pieceSize` bytes or a
    /// little more, to the end of a line), then a piece at a time when asked. Nil when it cannot be read.
    init?(pieceSize: Int = defaultPieceSize, read: @escaping Reader) {
        let size = max(1, pieceSize)
        var entries: [Entry] = []
        var found = Findings()
        var carried: [UInt8] = []
        var carriedOffset = 0
        var start = 0
        func cut(_ raw: [UInt8], isLast: Bool) {
            let isFirst = entries.isEmpty
            let text = found.add(raw, fileOffset: carriedOffset, start: start, isFirst: isFirst, isOnly: isFirst && isLast)
            let lineFeeds = Self.lineFeeds(in: text)
            // Equal arrays that share their storage compare at once: the text is the bytes read.
            entries.append(Entry(fileOffset: carriedOffset, fileCount: raw.count, hash: Self.hash(raw), start: start,
                                 count: text.count, lineFeeds: lineFeeds, isTextAsRead: text == raw))
            carriedOffset += raw.count
            start += text.count
        }
        // The bytes carried before this offset are known to hold no line feed: a file of one long line
        // (or of lines ended by CR alone) is looked through once, not again for every piece read.
        var searchedWithoutLineFeed = 0
        while true {
            guard let more = read(carriedOffset + carried.count, size) else { return nil }
            if more.isEmpty { break }
            carried += more
            // A piece ends after its last line feed, once it is big enough; a line longer than a piece
            // makes its piece longer.
            guard carried.count >= size else { continue }
            guard let lastLineFeed = carried[searchedWithoutLineFeed...].lastIndex(of: 0x0A) else {
                searchedWithoutLineFeed = carried.count
                continue
            }
            let rest = Array(carried[(lastLineFeed + 1)...])
            carried.removeSubrange((lastLineFeed + 1)...)
            cut(carried, isLast: false)
            carried = rest
            searchedWithoutLineFeed = 0
        }
        if !carried.isEmpty || entries.isEmpty { cut(carried, isLast: true) }
        self.entries = entries
        reader = read
        held = nil
        fileCount = carriedOffset
        textProblem = found.problem
        controlCharacters = found.controlCharacters
        replacedOffsets = found.replacedOffsets
    }

    /// Whether a piece read again was not what was read first: the file changed, or can no longer be read.
    var changedWhileRead: Bool {
        lock.lock()
        defer { lock.unlock() }
        return changed
    }

    /// The piece of the text that holds byte `offset` (the last piece for an offset past the end).
    func piece(containing offset: Int) -> SourcePiece {
        if let held { return held }
        var low = 0
        var high = entries.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if entries[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        lock.lock()
        if let kept = recent.first(where: { $0.index == low }) {
            lock.unlock()
            return kept.piece
        }
        lock.unlock()
        let entry = entries[low]
        let text: [UInt8]
        let read = readAgain(low)
        if read.isAsFirstRead {
            text = entry.isTextAsRead ? read.bytes : Lexer.normalized(read.bytes, isFirst: low == 0, isOnly: entries.count == 1).bytes
        } else {
            // Blank lines where the piece's lines were: every later offset and line number stays right.
            text = [UInt8](repeating: 0x20, count: entry.count - entry.lineFeeds) + [UInt8](repeating: 0x0A, count: entry.lineFeeds)
        }
        let piece = SourcePiece(bytes: text, start: entry.start)
        lock.lock()
        recent.removeAll { $0.index == low }
        recent.insert((low, piece), at: 0)
        if recent.count > Self.recentCount { recent.removeLast() }
        lock.unlock()
        return piece
    }

    /// Each piece of the file's bytes as they are, in order (a file read from disk). A piece that is no longer what was read
    /// first is still handed over as it reads now, and the change is noted.
    func forEachFilePiece(_ body: ([UInt8]) -> Void) {
        for index in entries.indices { body(readAgain(index).bytes) }
    }

    /// A piece's bytes read again from the file (none when it cannot be read), and whether they are the
    /// bytes read first; when not, the change is noted.
    private func readAgain(_ index: Int) -> (bytes: [UInt8], isAsFirstRead: Bool) {
        let entry = entries[index]
        let raw = reader?(entry.fileOffset, entry.fileCount)
        guard let raw, raw.count == entry.fileCount, Self.hash(raw) == entry.hash else {
            lock.lock()
            changed = true
            lock.unlock()
            return (raw ?? [], false)
        }
        return (raw, true)
    }

    /// Equal when the pieces are the same bytes (by their hashes).
    func sameBytes(as other: SourcePieces) -> Bool {
        self === other || (fileCount == other.fileCount && entries.map(\.hash) == other.entries.map(\.hash)
                           && entries.map(\.fileCount) == other.entries.map(\.fileCount))
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fileCount)
        for entry in entries { hasher.combine(entry.hash) }
    }

    /// The C library's `memchr` looks at many bytes at once.
    static func firstIndex(of byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, Int32(byte), buffer.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    static func lineFeeds(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                count += 1
                offset = base.distance(to: UnsafeRawPointer(found)) + 1
            }
            return count
        }
    }

    /// The cache's hash: several times faster than `Hasher` on megabytes, and 128 bits.
    private static func hash(_ bytes: [UInt8]) -> CompiledScenarioFormat.Key {
        var hasher = SourceHasher()
        hasher.add(bytes)
        return hasher.key
    }

    /// What reading the pieces in order finds: the file's first problem as text, and its control
    /// characters. The problems are told in the order `Lexer.unreadableTextProblem` tells them.
    private struct Findings {
        /// The file's first bytes, to judge its encoding by.
        var opening: [UInt8] = []
        var nul: (line: Int, column: Int)?
        var badByte: (offset: Int, line: Int, column: Int)?
        var controlCharacters: [ControlCharacter] = []
        var replacedOffsets = Set<Int>()
        /// Lines before the next piece, in the file's bytes as they are.
        var linesBefore = 0

        var problem: (message: String, line: Int, column: Int)? {
            Lexer.unreadableTextProblem(encoding: Lexer.otherUnicodeEncoding(opening), nul: nul, badByte: badByte)
        }

        /// Notes what is wrong in a piece of the file, and returns its text as the lexer reads it.
        mutating func add(_ raw: [UInt8], fileOffset: Int, start: Int, isFirst: Bool, isOnly: Bool) -> [UInt8] {
            if opening.count < Lexer.encodingSampleSize { opening += raw.prefix(Lexer.encodingSampleSize - opening.count) }
            if nul == nil, let offset = SourcePieces.firstIndex(of: 0, in: raw) {
                let (line, column) = Lexer.lineAndColumn(of: offset, in: raw)
                nul = (linesBefore + line, column)
            }
            if badByte == nil, let offset = Lexer.firstInvalidUTF8(raw) {
                let (line, column) = Lexer.lineAndColumn(of: offset, in: raw)
                badByte = (fileOffset + offset, linesBefore + line, column)
            }
            let normalized = Lexer.normalized(raw, isFirst: isFirst, isOnly: isOnly)
            for offset in normalized.replaced { replacedOffsets.insert(start + offset) }
            for var found in normalized.controlCharacters {
                found.line += linesBefore
                controlCharacters.append(found)
            }
            if !isOnly { linesBefore += SourcePieces.lineFeeds(in: raw) }
            return normalized.bytes
        }
    }
}

/// A piece of a file's text, whole lines, and where it starts in the text.
struct SourcePiece: Sendable {
    var bytes: [UInt8]
    var start: Int
}
