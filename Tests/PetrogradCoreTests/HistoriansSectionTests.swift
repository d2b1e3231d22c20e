@testable import PetrogradCore
import Testing

/// An ending's `historians` section, and the checker's limit on a debrief's length (PG058).
@Suite struct HistoriansSectionTests {
    static func story(format: Int = 2, ending: String) -> String {
        """
        format \(format)

        scenario sample
          en: A sample
          hi: एक नमूना
          languages en hi
          dates 23 Feb to 24 Feb

        role worker
          en: Worker
          hi: मज़दूर
          start mill

        player flag fired

        scene mill
          en: The mill.
          hi: मिल।
          on 23 Feb
          choice fire
            en: Fire.
            hi: गोली चलाओ।
            set fired
            go home
          choice leave
            en: Leave.
            hi: चले जाओ।
            go home

        \(ending)
        """
    }

    static func diagnostics(format: Int = 2, _ ending: String) -> [String] {
        compile(story(format: format, ending: ending)).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.text) [\($0.code)]" }
    }

    /// `n` words, "w1 w2 …".
    static func words(_ n: Int) -> String { (1...n).map { "w\($0)" }.joined(separator: " ") }

    @Test func anEndingKeepsItsHistoriansSectionInEachLanguage() throws {
        let scenario = try checkedScenario(Self.story(ending: """
            ending home
              en: Home.
              hi: घर।
              debrief
                en: In history: the strike. Question: why?
                hi: इतिहास में: हड़ताल। प्रश्न: क्यों?
              historians
                en: Your textbook (NCERT) says no party led it. Historians debate this.
                hi: तुम्हारी पाठ्यपुस्तक (NCERT) कहती है कि किसी दल ने नेतृत्व नहीं किया। इतिहासकार इस पर बहस करते हैं।
            """))
        let historians = try #require(scenario.endings[0].historians)
        #expect(TextRendering.text(historians, language: "en").text == "Your textbook (NCERT) says no party led it. Historians debate this.")
        #expect(TextRendering.text(historians, language: "hi").text == "तुम्हारी पाठ्यपुस्तक (NCERT) कहती है कि किसी दल ने नेतृत्व नहीं किया। इतिहासकार इस पर बहस करते हैं।")
        let debrief = try #require(scenario.endings[0].debrief)
        #expect(TextRendering.text(debrief, language: "en").text == "In history: the strike. Question: why?", "the debrief stays its own text")
    }

    @Test func anEndingWithoutTheSectionHasNone() throws {
        let scenario = try checkedScenario(Self.story(ending: "ending home\n  en: Home.\n  hi: घर।"))
        #expect(scenario.endings[0].historians == nil)
    }

    @Test func aHistoriansSectionWithoutAPromisedLanguageIsWarnedAbout() {
        #expect(Self.diagnostics("""
            ending home
              en: Home.
              hi: घर।
              historians
                en: Historians disagree.
            """) == ["33:3: The historians' section of ending 'home' has no 'hi' text; add a line 'hi: …' [PG050]"])
    }

    @Test func historiansIsNewInFormatTwo() {
        let found = Self.diagnostics(format: 1, """
            ending home
              en: Home.
              hi: घर।
              historians
                en: Historians disagree.
                hi: इतिहासकार असहमत हैं।
            """)
        #expect(found == ["33:3: 'historians' is new in format 2; make the file's first line 'format 2' to use it [PG010]"])
    }

    @Test func aDebriefOfMoreThanAHundredAndTwentyWordsIsWarnedAboutWithItsCount() {
        #expect(Self.diagnostics("""
            ending home
              en: Home.
              hi: घर।
              debrief
                en: \(Self.words(121))
                hi: \(Self.words(120))
            """) == ["34:5: this debrief has 121 words in 'en', more than the 120 a class can read at the end of a period; keep the player's path, what happened in history and one question, and move what historians disagree about into the ending's 'historians' section [PG058]"])
    }

    @Test func aDebriefCountsItsLongestShowingAndNotALoneDash() {
        // 110 words, then a passage of 11 more for a player who fired: 121 at most.
        let long = Self.diagnostics("""
            ending home
              en: Home.
              hi: घर।
              debrief
                en: \(Self.words(110)) — {if fired}\(Self.words(11)){else}one{end}
                hi: \(Self.words(110)) — {if fired}\(Self.words(10)){else}one{end}
            """)
        #expect(long.count == 1)
        #expect(long.first?.contains("this debrief has 121 words in 'en'") == true)
    }

    @Test(arguments: [
        ("In history: 27 Feb (12 Mar) — the mutiny.", 8),
        ("इतिहास में: 27 फ़रवरी (12 मार्च) — विद्रोह।", 7),
        ("  two\n words ", 2),
        ("", 0),
    ])
    func wordsAreCountedBetweenSpaces(text: String, count: Int) {
        #expect(TextTemplate.wordCount(text) == count)
    }
}
