import Foundation
import PetrogradPages
import Testing

/// The fixed words of a page, read from `words/NAME.LANGUAGE.txt`: their format, their errors, and the
/// committed files of the role cards.
@Suite struct PageWordsTests {
    static let pagesRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Pages").path

    @Test func readsKeysAndTextsSkippingCommentsAndBlankLines() throws {
        let words = try PageWords.parse("# a comment\n\ntitle = Role cards\r\n  cut=  cut here  \nnote = a = b\n", path: "w.txt")
        #expect(words == ["title": "Role cards", "cut": "cut here", "note": "a = b"])
    }

    @Test(arguments: [
        ("title Role cards\n", "w.txt:1: this line has no '='; write 'key = text', or start a comment with '#'"),
        ("# fine\nkeep secret = x\n", "w.txt:2: 'keep secret' is not a key; a key is letters, digits, '_' and '-', as in 'keep_secret = …'"),
        ("a = 1\n\nb =\n", "w.txt:3: 'b' has no text after '='"),
        ("a = 1\nb = 2\na = 3\n", "w.txt:3: 'a' is given twice (first on line 1); keep one"),
        (" = x\n", "w.txt:1: '' is not a key; a key is letters, digits, '_' and '-', as in 'keep_secret = …'"),
    ])
    func aMalformedLineIsReportedWithItsFileAndLine(text: String, expected: String) {
        #expect(throws: PageWords.LoadError.self) { try PageWords.parse(text, path: "w.txt") }
        do {
            _ = try PageWords.parse(text, path: "w.txt")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func aMissingFileOrAStrangeLanguageIsNamed() throws {
        let pages = try PageLibrary(root: Self.pagesRoot)
        do {
            _ = try PageWords.load(pages: pages, name: "cards", language: "fr")
            Issue.record("no French words exist")
        } catch {
            #expect(error.description == "\(Self.pagesRoot)/words/cards.fr.txt: the page's words in 'fr' are not there; write them as 'key = text' lines")
        }
        do {
            _ = try PageWords.load(pages: pages, name: "cards", language: "../x")
            Issue.record("a path is not a language")
        } catch {
            #expect(error.description.hasSuffix("'../x' is not a language code such as 'hi' or 'en'"))
        }
    }

    @Test func theCardsWordsHaveTheSameKeysInBothLanguagesAndHindiHasNoLatinLetters() throws {
        let pages = try PageLibrary(root: Self.pagesRoot)
        let english = try PageWords.load(pages: pages, name: "cards", language: "en")
        let hindi = try PageWords.load(pages: pages, name: "cards", language: "hi")
        #expect(Set(english.keys) == Set(hindi.keys))
        for (key, text) in hindi {
            #expect(!text.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }, "\(key) = \(text)")
            #expect(text.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) }, "\(key) is written in Devanagari")
        }
    }

    @Test func everyLanguageOfEveryBundledWordsFileHasTheSameKeys() throws {
        let pages = try PageLibrary(root: Self.pagesRoot)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.pagesRoot + "/words")) ?? []
        let names = Set(files.compactMap { file -> String? in
            let parts = file.split(separator: ".")
            return parts.count == 3 && parts[2] == "txt" ? String(parts[0]) : nil
        })
        #expect(names.contains("cards"))
        for name in names.sorted() {
            #expect(try PageWords.differences(pages: pages, name: name, languages: ["en", "hi"]) == [])
        }
    }
}
