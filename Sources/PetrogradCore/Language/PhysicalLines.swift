/// The physical lines of a file's bytes, read one at a time from the front: each with its 1-based number,
/// without its line end (LF, or CRLF). A value: reading ahead is reading a copy.
struct PhysicalLines {
    private let bytes: [UInt8]
    /// Where the next line starts.
    private var offset = 0
    /// The number of the next line.
    private var number = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next line, or nil after the last. A file that ends with a line end has no empty line after it.
    mutating func next() -> (number: Int, bytes: ArraySlice<UInt8>)? {
        guard offset < bytes.count else { return nil }
        let end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        var line = bytes[offset..<end]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        defer {
            offset = end + 1
            number += 1
        }
        return (number, line)
    }
}
