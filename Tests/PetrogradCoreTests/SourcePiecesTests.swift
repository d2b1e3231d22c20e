import Foundation
@testable import PetrogradCore
import Testing

/// A big story is read a piece at a time (`SourceFile.init(path:pieceSize:read:)`): whatever the pieces,
/// the checker must find exactly what it finds with the whole file in memory, and a file that changes
/// while it is read must be reported, never misread and never a trap.
struct SourcePiecesTests {
    /// A file's bytes, which a test may change between reads, as an editor saving over it would.
    final class ChangingFile: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [UInt8]
        private var gone = false
        private(set) var reads = 0

        init(_ bytes: [UInt8]) { stored = bytes }

        var bytes: [UInt8] {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }

        /// From now on, the file cannot be read.
        func remove() { lock.withLock { gone = true } }

        func read(_ offset: Int, _ count: Int) -> [UInt8]? {
            lock.withLock {
                reads += 1
                guard !gone else { return nil }
                guard offset <= stored.count else { return [] }
                return Array(stored[offset..<min(stored.count, offset + count)])
            }
        }
    }

    static func inPieces(_ bytes: [UInt8], size: Int, path: String = "story.story") -> (SourceFile, ChangingFile)? {
        let file = ChangingFile(bytes)
        return SourceFile(path: path, pieceSize: size, read: { file.read($0, $1) }).map { ($0, file) }
    }

    /// A generated story with what the lexer must mend or report on its way: a byte-order mark, CRLF line
    /// ends, a control character in prose and one in a statement, a tab in an indentation, a misspelt scene.
    static func storyWithProblems() -> [UInt8] {
        var lines = ScenarioGenerator.scenario(sceneCount: 60).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let prose = lines.indices.filter { lines[$0].contains("en: ") }
        lines[prose[prose.count / 2]] += " \u{7}bell"
        let indented = lines.indices.filter { lines[$0].hasPrefix("  ") && !lines[$0].contains(":") }
        lines[indented[indented.count * 3 / 4]] = "\t" + lines[indented[indented.count * 3 / 4]].dropFirst(2)
        let goes = lines.indices.filter { lines[$0].contains("go s") }
        lines[goes[goes.count - 3]] = lines[goes[goes.count - 3]].replacingOccurrences(of: "go s", with: "go sx")
        // In a statement, the lexer passes over a control character it has already reported.
        lines[goes[goes.count / 2]] += " \u{1B}"
        return [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8)
    }

    @Test(arguments: [64, 500, 4_096])
    func aStoryReadInPiecesIsCheckedAsTheWholeFileIs(pieceSize: Int) throws {
        let bytes = Self.storyWithProblems()
        let whole = Compiler.compile([SourceFile(path: "story.story", bytes: bytes)])
        let (file, _) = try #require(Self.inPieces(bytes, size: pieceSize))
        let pieces = Compiler.compile([file])
        #expect(whole.diagnostics.count >= 3, "the story should have something to report: \(whole.diagnostics)")
        #expect(pieces.diagnostics == whole.diagnostics)
        #expect(!file.changedWhileRead)
    }

    @Test func aCleanStoryReadInPiecesBuildsTheSameScenarioAndHash() throws {
        let bytes = Array(ScenarioGenerator.scenario(sceneCount: 200).utf8)
        let whole = try #require(Compiler.compile([SourceFile(path: "g.story", bytes: bytes)]).scenario)
        let (file, reader) = try #require(Self.inPieces(bytes, size: 1_000, path: "g.story"))
        let compilation = Compiler.compile([file])
        let scenario = try #require(compilation.scenario, "\(compilation.diagnostics)")
        #expect(same(scenario, whole))
        #expect(scenario.contentHash == whole.contentHash)
        #expect(file.bytes == bytes)
        #expect(file.byteCount == bytes.count)
        // Each piece is read once to find the pieces, and again when it is wanted: never the whole file
        // at once, and not once a line.
        #expect(reader.reads < bytes.count / 1_000 * 8)
    }

    @Test func piecesEndAtLineEndsAndALongLineKeepsItsPieceWhole() throws {
        let text = "short\n" + String(repeating: "x", count: 100) + "\nmid line\n\nlast without end"
        let bytes = Array(text.utf8)
        let reader: SourcePieces.Reader = { offset, count in Array(bytes[min(offset, bytes.count)..<min(bytes.count, offset + count)]) }
        let pieces = try #require(SourcePieces(pieceSize: 16, read: reader))
        var read: [[UInt8]] = []
        pieces.forEachFilePiece { read.append($0) }
        #expect(read.flatMap { $0 } == bytes)
        #expect(read.dropLast().allSatisfy { $0.last == 0x0A })
        #expect(read.contains { $0.count > 100 })
        var lines = PhysicalLines(pieces: pieces)
        var whole = PhysicalLines(bytes: bytes)
        while let line = whole.next() {
            let next = lines.next()
            let other = try #require(next)
            #expect(other.number == line.number)
            #expect(Array(other.bytes) == Array(line.bytes))
        }
        #expect(lines.next() == nil)
    }

    /// Files that are not text, with the fault past the first piece (but for UTF-16, known by its start).
    static let notText: [(String, [UInt8])] = {
        let head = Array("format 1\n".utf8)
        let line = { (letter: Character) in [UInt8](repeating: UInt8(ascii: letter.unicodeScalars.first!), count: 300) }
        let utf16 = "format 1\nscenario x\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        return [
            ("a NUL in a later piece", head + line("a") + [0x0A, 0x61, 0x00]),
            ("a bad byte in a later piece", head + line("b") + [0x0A, 0x62, 0xFF]),
            ("a bad byte before a NUL", head + [0xC3, 0x0A] + line("c") + [0x0A, 0x00]),
            ("UTF-16", utf16),
        ]
    }()

    @Test func aLineLongerThanManyPiecesIsOnePieceAndTheLinesAfterItAreCutAsUsual() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 200_000) + [0x0A]
        let bytes = long + Array(String(repeating: "a line\n", count: 2_000).utf8)
        let reader: SourcePieces.Reader = { offset, count in Array(bytes[min(offset, bytes.count)..<min(bytes.count, offset + count)]) }
        let pieces = try #require(SourcePieces(pieceSize: 512, read: reader))
        var read: [[UInt8]] = []
        pieces.forEachFilePiece { read.append($0) }
        // The long line, and the lines of the read that found its end.
        #expect(read.first.map { $0.starts(with: long) && $0.count < long.count + 512 } == true)
        #expect(read.count > 20)
        #expect(read.allSatisfy { $0.last == 0x0A })
        #expect(read.flatMap { $0 } == bytes)
    }

    /// Where a file stops being text is told as it is for the whole file, in whichever piece it is.
    @Test func aFileThatIsNotTextIsReportedWhereverItsFaultLies() throws {
        for (name, bytes) in Self.notText {
            let whole = Compiler.compile([SourceFile(path: "bad.story", bytes: bytes)])
            let (file, _) = try #require(Self.inPieces(bytes, size: 32, path: "bad.story"))
            let pieces = Compiler.compile([file])
            #expect(whole.diagnostics.contains { $0.text.contains("UTF") || $0.text.contains("NUL") }, "\(name): \(whole.diagnostics)")
            #expect(pieces.diagnostics == whole.diagnostics, "\(name)")
        }
    }

    /// A file saved over while it is checked: changed in place, cut short, or gone. Each is reported on
    /// the file, with no scenario, and nothing traps.
    @Test(arguments: ["changed", "shorter", "unreadable"])
    func aFileChangedWhileItIsReadIsReportedNotMisread(change: String) throws {
        let bytes = Array(ScenarioGenerator.scenario(sceneCount: 80).utf8)
        let (source, file) = try #require(Self.inPieces(bytes, size: 2_000, path: "moving.story"))
        switch change {
        case "changed":
            var changed = bytes
            let middle = changed.count / 2
            changed[middle] = changed[middle] == UInt8(ascii: "e") ? UInt8(ascii: "o") : UInt8(ascii: "e")
            file.bytes = changed
        case "shorter": file.bytes = Array(bytes.prefix(bytes.count * 2 / 3))
        default: file.remove()
        }
        let compilation = Compiler.compile([source])
        #expect(compilation.scenario == nil)
        #expect(compilation.diagnostics.count == 1)
        #expect(compilation.diagnostics.first?.text.contains("changed while it was being read") == true)
        #expect(compilation.diagnostics.first?.location.file == "moving.story")
        #expect(source.changedWhileRead)
    }

    @Test func aFileThatCannotBeReadAtFirstIsNoSource() {
        #expect(SourceFile(path: "none.story", read: { _, _ in nil }) == nil)
    }
}
