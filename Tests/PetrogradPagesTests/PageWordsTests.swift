import Foundation
import PetrogradPages
import Testing

@Suite struct PageWordsTests {
    @Test func readsKeysAndTextsSkippingCommentsAndBlankLines() throws {
        let words = try PageWords.parse("# a comment\n\ntitle = पेत्रोग्राद 1917\nsend=Send = now\n", path: "w.txt")
        #expect(words == ["title": "पेत्रोग्राद 1917", "send": "Send = now"])
    }

    @Test func aBadLineIsNamedByFileAndLine() {
        #expect(throws: PageLibrary.LoadError.self) { try PageWords.parse("title = a\njust words\n", path: "w.txt") }
        do {
            _ = try PageWords.parse("title = a\njust words\n", path: "w.txt")
        } catch {
            #expect(error.description.hasPrefix("w.txt:2:"))
        }
        do {
            _ = try PageWords.parse("a = 1\na = 2\n", path: "w.txt")
        } catch {
            #expect(error.description == "w.txt:2: 'a' is given twice")
        }
    }

    @Test func everyLanguageOfEveryBundledWordsFileHasTheSameKeys() throws {
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let pages = try PageLibrary(root: checkout.appendingPathComponent("Pages").path)
        let folder = pages.root + "/words"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let names = Set(files.compactMap { file -> String? in
            let parts = file.split(separator: ".")
            return parts.count == 3 && parts[2] == "txt" ? String(parts[0]) : nil
        })
        for name in names.sorted() {
            #expect(try PageWords.differences(pages: pages, name: name, languages: ["en", "hi"]) == [])
        }
    }
}
