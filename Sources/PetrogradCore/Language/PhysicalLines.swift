import Foundation

/// The physical lines of a file's text, read one at a time from the front: each with its 1-based number,
/// without its line end (LF, or CRLF). A value: reading ahead is reading a copy. The text comes a piece
/// at a time (`SourcePieces`); a line is never cut between two pieces.
struct PhysicalLines {
    /// Where a line starts: its byte offset in the text and its number. Lets a reader come back to a
    /// line later.
    struct Position: Sendable {
        var offset: Int
        var number: Int
    }

    private let pieces: SourcePieces
    /// The piece the last line came from, and where it starts in the text. Its bytes are kept here, not
    /// only in their piece, so that a line is a slice of an array this value holds.
    private var bytes: [UInt8]
    private(set) var pieceStart: Int
    /// Where the next line starts, and its number.
    private(set) var position = Position(offset: 0, number: 1)
    /// Where reading stops: the lines from here on are not handed out.
    private var end: Int

    init(pieces: SourcePieces) {
        self.pieces = pieces
        let first = pieces.piece(containing: 0)
        bytes = first.bytes
        pieceStart = first.start
        end = pieces.textCount
    }

    /// The lines of bytes held in memory, read as the lexer reads them.
    init(bytes: [UInt8]) {
        self.init(pieces: SourcePieces(bytes: bytes))
    }

    /// The same text, read from the line at `start` up to (not including) the line at byte `end`.
    func reading(from start: Position, to end: Int) -> PhysicalLines {
        var copy = self
        copy.position = start
        copy.end = min(end, pieces.textCount)
        return copy
    }

    /// Goes back to a line already read (or on to one further on), to read it again: how a reader looks
    /// ahead without a copy.
    mutating func rewind(to position: Position) {
        self.position = position
    }

    /// The next line, or nil after the last. A file that ends with a line end has no empty line after it.
    /// Inlined, so that a line's bytes cost no retain beyond the slice's own.
    @inline(__always)
    mutating func next() -> (number: Int, bytes: ArraySlice<UInt8>)? {
        let offset = position.offset
        guard offset < end else { return nil }
        if offset < pieceStart || offset - pieceStart >= bytes.count { moveToPiece(containing: offset) }
        let start = offset - pieceStart
        // memchr: the line end is looked for a word at a time, not a byte at a time.
        let lineEnd = bytes.withUnsafeBufferPointer { buffer in
            memchr(buffer.baseAddress! + start, Int32(UInt8(ascii: "\n")), buffer.count - start)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(buffer.baseAddress!) } ?? buffer.count
        }
        var line = bytes[start..<lineEnd]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        position = Position(offset: pieceStart + lineEnd + 1, number: position.number + 1)
        return (position.number - 1, line)
    }

    /// Kept out of `next`, which is on the lexer's hottest path.
    @inline(never)
    private mutating func moveToPiece(containing offset: Int) {
        let piece = pieces.piece(containing: offset)
        bytes = piece.bytes
        pieceStart = piece.start
    }
}
