import Foundation
@testable import PetrogradCore
import Testing

/// Files as editors on other systems save them (the reliability report's F18): a byte-order mark, CR
/// line ends, UTF-16 and UTF-32.
struct EncodingTests {
    static let scenario = "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start s\nscene s\n  en: S\n  go e\nending e\n  en: E.\n"

    static func diagnostics(_ bytes: [UInt8]) -> [String] {
        Compiler.compile([SourceFile(path: "x.story", bytes: bytes)]).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.text)" }
    }

    @Test func aByteOrderMarkAsNotepadWritesIsAccepted() {
        #expect(Self.diagnostics([0xEF, 0xBB, 0xBF] + Array(Self.scenario.utf8)).isEmpty)
        // Columns on the first line are counted without it, as an editor shows them.
        let misspelt = Self.scenario.replacingOccurrences(of: "format 1", with: "format 1 extra")
        #expect(Self.diagnostics([0xEF, 0xBB, 0xBF] + Array(misspelt.utf8)).first?.hasPrefix("1:10: ") == true)
    }

    @Test func linesEndingInCRAloneAreReadAsLines() {
        #expect(Self.diagnostics(Array(Self.scenario.replacingOccurrences(of: "\n", with: "\r").utf8)).isEmpty)
        #expect(Self.diagnostics(Array(Self.scenario.replacingOccurrences(of: "\n", with: "\r\n").utf8)).isEmpty)
    }

    @Test(arguments: [(String.Encoding.utf16, "UTF-16"), (.utf16LittleEndian, "UTF-16"), (.utf16BigEndian, "UTF-16"),
                      (.utf32, "UTF-32"), (.utf32LittleEndian, "UTF-32")])
    func otherUnicodeEncodingsAreNamedWithWhatToDo(encoding: String.Encoding, name: String) throws {
        let bytes = Array(try #require(Self.scenario.data(using: encoding)))
        #expect(Self.diagnostics(bytes).contains("1:1: this file is saved as \(name), but scenario files are UTF-8 text; open it in your editor and save it again as UTF-8 (in Notepad: Save As, then Encoding: UTF-8)"))
    }

    @Test func aSingleNulByteIsStillJustANulByte() {
        var bytes = Array(Self.scenario.utf8)
        bytes.insert(0, at: 30)
        #expect(Self.diagnostics(bytes).contains { $0.contains("contains a NUL byte") })
        #expect(!Self.diagnostics(bytes).contains { $0.contains("UTF-16") })
    }
}
