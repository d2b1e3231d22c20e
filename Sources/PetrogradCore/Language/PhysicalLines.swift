import Foundation

/// The physical lines of a file's bytes, read one at a time from the front: each with its 1-based number,
/// without its line end (LF, or CRLF). A value: reading ahead is reading a copy.
struct PhysicalLines {
    /// Where a line starts: its byte offset and its number. Lets a reader come back to a line later.
    struct Position: Sendable {
        var offset: Int
        var number: Int
    }

    private let bytes: [UInt8]
    /// Where the next line starts, and its number.
    private(set) var position = Position(offset: 0, number: 1)
    /// Where reading stops: the lines from here on are not handed out.
    private var end: Int

    init(bytes: [UInt8]) {
        self.bytes = bytes
        end = bytes.count
    }

    /// The same bytes, read from the line at `start` up to (not including) the line at byte `end`.
    func reading(from start: Position, to end: Int) -> PhysicalLines {
        var copy = self
        copy.position = start
        copy.end = min(end, bytes.count)
        return copy
    }

    /// The next line, or nil after the last. A file that ends with a line end has no empty line after it.
    mutating func next() -> (number: Int, bytes: ArraySlice<UInt8>)? {
        let offset = position.offset
        guard offset < end else { return nil }
        // memchr: the line end is looked for a word at a time, not a byte at a time.
        let lineEnd = bytes.withUnsafeBufferPointer { buffer in
            memchr(buffer.baseAddress! + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(buffer.baseAddress!) } ?? buffer.count
        }
        var line = bytes[offset..<lineEnd]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        defer { position = Position(offset: lineEnd + 1, number: position.number + 1) }
        return (position.number, line)
    }
}
