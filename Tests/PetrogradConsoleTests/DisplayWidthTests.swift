#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PetrogradConsole
import Testing

@Suite struct DisplayWidthTests {
    @Test func asciiTakesOneColumnPerCharacter() {
        #expect(DisplayWidth.columns(of: "Petrograd 1917") == 14)
        #expect(DisplayWidth.columns(of: "") == 0)
    }

    @Test func devanagariMarksBelowAndAboveTakeNoColumn() {
        // म ज ़ द ू र: the nukta and the vowel sign ू are nonspacing marks.
        #expect(DisplayWidth.columns(of: "मज़दूर") == 4)
    }

    @Test func devanagariSpacingVowelSignsTakeAColumn() {
        // क ् र ा ं त ि: virama and anusvara take none, the spacing signs ा and ि take one each.
        #expect(DisplayWidth.columns(of: "क्रांति") == 5)
        #expect(DisplayWidth.columns(of: "ा" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.columns(of: "्" as Unicode.Scalar) == 0)
    }

    @Test func chineseAndJapaneseCharactersTakeTwoColumns() {
        #expect(DisplayWidth.columns(of: "革命") == 4)
        #expect(DisplayWidth.columns(of: "ペトログラード") == 14)
        #expect(DisplayWidth.columns(of: "ＡＢ") == 4)
    }

    @Test func mixedTextAddsUpItsParts() {
        #expect(DisplayWidth.columns(of: "Lenin लेनिन 列宁") == 6 + 4 + 1 + 4)
    }

    @Test func controlAndFormatCharactersTakeNoColumn() {
        #expect(DisplayWidth.columns(of: "a\u{7}b") == 2)
        #expect(DisplayWidth.columns(of: "a\u{200D}b") == 2)
        #expect(DisplayWidth.columns(of: "e\u{301}") == 1)
    }

    @Test func aGraphemeClusterMeasuresTheSumOfItsScalars() {
        #expect(DisplayWidth.columns(of: "ज़" as Character) == 1)
        #expect(DisplayWidth.columns(of: "ति" as Character) == 2)
    }

    /// Scalars whose width this machine's C library knows, from the scripts the console shows.
    static let comparedRanges: [ClosedRange<UInt32>] = [
        0x0020...0x024F, 0x0300...0x036F, 0x0400...0x04FF, 0x0600...0x06FF, 0x0900...0x097F,
        0x1100...0x11FF, 0x2000...0x206F, 0x2190...0x2BFF, 0x3000...0x30FF, 0x4E00...0x4FFF,
        0xA8E0...0xA8FF, 0xAC00...0xAD00, 0xFE00...0xFE6F, 0xFF00...0xFFEF, 0x1F300...0x1F64F,
    ]

    @Test func widthsAgreeWithTheCLibraryInAUTF8Locale() throws {
        let wcwidth = try cLibraryFunction(named: "wcwidth", as: (@convention(c) (wchar_t) -> Int32).self)
        // A locale for this thread only, so other tests running meanwhile are unaffected.
        let utf8Locale = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil))
        let previousLocale = uselocale(utf8Locale)
        defer {
            uselocale(previousLocale)
            freelocale(utf8Locale)
        }

        // Make sure the locale took: in the C locale every non-ASCII scalar gives -1.
        try #require(wcwidth(wchar_t(bitPattern: 0x92E)) == 1)

        var disagreements: [String] = []
        for range in Self.comparedRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let expected = wcwidth(wchar_t(bitPattern: value))
                // -1: unassigned in the C library's older Unicode; nothing to compare.
                if expected >= 0 && Int(expected) != DisplayWidth.columns(of: scalar) {
                    disagreements.append("U+\(String(value, radix: 16, uppercase: true))")
                }
            }
        }
        #expect(disagreements == [])
    }
}
