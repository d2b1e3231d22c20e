import PetrogradCore
import Testing
@testable import PetrogradConsole

/// The source line and caret under a diagnostic (`DiagnosticRenderer`), which finds lines by their bytes.
@Suite struct DiagnosticExcerptTests {
    private func rendered(_ text: String, line: Int, column: Int) -> [String] {
        let file = SourceFile(path: "s.story", text: text)
        let diagnostic = Diagnostic(.syntax("something is wrong here"), at: SourceLocation(file: "s.story", line: line, column: column))
        return DiagnosticRenderer(files: [file], usesColour: false).render(diagnostic).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func aLineOfAWindowsFileIsShownWithoutItsCarriageReturn() {
        let lines = rendered("format 1\r\nscenario x\r\n  en: Бунт\r\n", line: 3, column: 7)
        #expect(lines.count == 3)
        #expect(lines[1] == "      en: Бунт")
        #expect(lines[2] == "          ^")
    }

    @Test func theLastLineNeedsNoLineBreakAndALineBeyondTheFileShowsNoExcerpt() {
        #expect(rendered("one\ntwo", line: 2, column: 1).dropFirst() == ["    two", "    ^"])
        #expect(rendered("one\ntwo\n", line: 3, column: 1).dropFirst() == ["    ", "    ^"])
        #expect(rendered("one\ntwo\n", line: 4, column: 1).count == 1)
    }

    @Test func aLineThatIsNotUTF8ShowsNoExcerptButTheOthersDo() {
        var bytes = Array("good line\n".utf8)
        bytes += [0x66, 0xFF, 0x0A]
        let file = SourceFile(path: "s.story", bytes: bytes)
        let renderer = DiagnosticRenderer(files: [file], usesColour: false)
        func excerpt(_ line: Int) -> Int {
            renderer.render(Diagnostic(.syntax("x"), at: SourceLocation(file: "s.story", line: line, column: 1))).split(separator: "\n").count
        }
        #expect(excerpt(1) == 3)
        #expect(excerpt(2) == 1)
    }

    /// A story without problems costs its checker no index of its lines (eight bytes a line, tens of
    /// megabytes for a big story), and a diagnostic costs the index of its own file only.
    @Test func onlyAFileADiagnosticPointsIntoHasItsLinesFound() {
        let files = [SourceFile(path: "a.story", text: "one\ntwo\n"), SourceFile(path: "b.story", text: "three\nfour\n")]
        let renderer = DiagnosticRenderer(files: files, usesColour: false)
        #expect(renderer.lineIndex.indexedFileCount == 0)
        let rendered = renderer.render(Diagnostic(.syntax("x"), at: SourceLocation(file: "b.story", line: 2, column: 1)))
        #expect(rendered.split(separator: "\n").dropFirst().first == "    four")
        #expect(renderer.lineIndex.indexedFileCount == 1)
        _ = renderer.render(Diagnostic(.syntax("y"), at: SourceLocation(file: "b.story", line: 1, column: 1)))
        #expect(renderer.lineIndex.indexedFileCount == 1)
    }
}
