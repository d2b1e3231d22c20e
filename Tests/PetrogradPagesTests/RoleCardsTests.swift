import Foundation
import PetrogradCore
import PetrogradPages
import Testing

/// The role cards' page, built from a compiled scenario and the committed template, words and fonts.
@Suite struct RoleCardsTests {
    static let story = """
        format 2
        scenario sample
          en: A sample act
          hi: एक नमूना
          languages hi en
          calendar old
          year 1917
          dates 22 Feb to 3 Mar

        role worker
          en: Worker
          hi: मज़दूर
          about
            en: A weaver.
            hi: एक बुनकर।
          goal
            en: Bread & peace.
            hi: रोटी और शांति।
          worry
            en: The police.
            hi: पुलिस।
          start mill

        role soldier
          en: Soldier
          hi: सैनिक
          start mill

        role duma
          en: Deputy
          hi: सदस्य
          goal
            en: A government of <trust>.
            hi: भरोसे की सरकार।
          start mill

        scene mill
          en: The mill.
          hi: मिल।
          on 23 Feb
          go home

        ending home
          en: Home.
          hi: घर।
        """

    func scenario() throws -> Scenario {
        let compilation = Compiler.compile([SourceFile(path: "sample.story", text: Self.story)])
        return try #require(compilation.scenario, "\(compilation.diagnostics.map(\.text))")
    }

    func pages() throws -> PageLibrary {
        try PageLibrary(root: PageWordsTests.pagesRoot)
    }

    @Test func theContextPairsTheCardsIntoSheetsAndLeavesOutWhatARoleDoesNotHave() throws {
        let cards = RoleCards(scenario: try scenario(), language: "en")
        let context = cards.context(words: [:], regularFont: Data([1, 2]), boldFont: Data([3]))
        let sheets = try #require(context["sheets"] as? [[String: Any]])
        #expect(sheets.count == 2)
        let first = try #require(sheets[0]["first"] as? [String: Any]), second = try #require(sheets[0]["second"] as? [String: Any])
        #expect(first["name"] as? String == "Worker" && first["goal"] as? String == "Bread & peace." && first["worry"] as? String == "The police.")
        #expect(second["name"] as? String == "Soldier" && second["goal"] == nil && second["worry"] == nil && second["about"] == nil)
        #expect(sheets[1]["second"] == nil, "the third card is alone on its sheet")
        #expect(context["regularFont"] as? String == "AQI=" && context["boldFont"] as? String == "Aw==")
        #expect(context["lang"] as? String == "en")
    }

    @Test func theDatesAreInBothCalendarsWithThePagesMonthNames() throws {
        let words = try PageWords.load(pages: try pages(), name: "cards", language: "hi")
        let context = RoleCards(scenario: try scenario(), language: "hi").context(words: words, regularFont: Data(), boldFont: Data())
        #expect(context["dates"] as? String == "22 फ़रवरी – 3 मार्च 1917 (पुरानी शैली) / 7 मार्च – 16 मार्च 1917 (नई शैली)")
    }

    @Test func thePageIsHindiWhenAskedAndEscapesTheScenariosText() throws {
        let hindi = try RoleCards(scenario: try scenario(), language: "hi").page(pages: try pages())
        #expect(hindi.contains("<html lang=\"hi\">"))
        #expect(hindi.contains("<h2 id=\"role-worker\">मज़दूर</h2>"))
        #expect(hindi.contains("रोटी और शांति।") && hindi.contains("यह बात अपने तक ही रखिए"))
        let english = try RoleCards(scenario: try scenario(), language: "en").page(pages: try pages())
        #expect(english.contains("Bread &amp; peace.") && english.contains("A government of &lt;trust&gt;."))
        #expect(english.contains("<h1>Role cards — A sample act</h1>"))
    }

    @Test func aWordsFileWithoutAWordThePageNeedsIsNamed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cards-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/words", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/templates", withIntermediateDirectories: true)
        try "title = Cards\n".write(toFile: root + "/words/cards.en.txt", atomically: true, encoding: .utf8)
        let cards = RoleCards(scenario: try scenario(), language: "en"), pages = try PageLibrary(root: root)
        do {
            _ = try cards.page(pages: pages)
            Issue.record("the words are incomplete")
        } catch {
            #expect(error.description == "\(root)/words/cards.en.txt: 'instructions' is missing; add a line 'instructions = …'")
        }
    }
}
