import Glibc
import PetrogradCore

/// Where each file's lines start, as byte offsets, found with `memchr` the first time a diagnostic points
/// into the file: many diagnostics in one file cost one pass over it, and a file without problems (the
/// usual case) costs nothing. A big story's index is tens of megabytes (eight bytes a line), which `check`
/// would otherwise hold beside the story it has just checked; and a big story `check` reads a piece at a
/// time is read again only then. A class, so that a renderer shared by value
/// finds each file's lines once; used on one thread at a time, as renderers are.
final class SourceLineIndex {
    private let files: [String: SourceFile]
    /// The bytes of each file a diagnostic points into, once read.
    private var bytes: [String: [UInt8]] = [:]
    private var starts: [String: [Int]] = [:]

    init(files: [SourceFile]) {
        var byPath: [String: SourceFile] = [:]
        for file in files where byPath[file.path] == nil { byPath[file.path] = file }
        self.files = byPath
    }

    /// Line `number` (from 1) of the file at `path`, without its line break (`\n` or `\r\n`); nil when there
    /// is no such line or it is not UTF-8.
    func line(_ number: Int, of path: String) -> String? {
        guard let bytes = bytes(of: path) else { return nil }
        let starts = lineStarts(of: path, bytes)
        guard starts.indices.contains(number - 1) else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(validating: bytes[start..<end], as: UTF8.self)
    }

    private func bytes(of path: String) -> [UInt8]? {
        if let known = bytes[path] { return known }
        guard let file = files[path] else { return nil }
        let read = file.bytes
        bytes[path] = read
        return read
    }

    /// How many files' lines have been found so far: for tests that a file without diagnostics costs nothing.
    var indexedFileCount: Int { starts.count }

    private func lineStarts(of path: String, _ bytes: [UInt8]) -> [Int] {
        if let known = starts[path] { return known }
        var found = [0]
        bytes.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let newline = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = base.distance(to: UnsafeRawPointer(newline)) + 1
                found.append(offset)
            }
        }
        starts[path] = found
        return found
    }
}
