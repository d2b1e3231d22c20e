import PetrogradCore
import Testing

/// One mistake gives one error (the authors' report, A1 and A6): the lines under a misspelt keyword, a
/// keyword of a newer format, or a tab are not read as more of the block above them.
struct FollowOnErrorTests {
    static let header = AuthorMistakeTests.header

    @Test func aMisspeltChoiceGivesOnlyItsDidYouMean() {
        let text = "scene a\n  en: A\n  choice c\n    en: C\n    go e\n  choise d\n    en: D\n    go e\nending e\n  en: E\n"
        #expect(AuthorMistakeTests.report(text) == [
            "13:3: error: 'choise' is not a statement this format knows; did you mean 'choice'? (text lines start with a language code and a colon, such as 'en: …')",
        ])
    }

    @Test func theLinesAfterTheMisspeltStatementAreReadAgain() {
        // 'go e' is as far left as the misspelt line, so it is the scene's own again: a second 'go' is reported.
        let text = "scene a\n  en: A\n  go e\n  fro r\n    en: ignored\n  go e\nending e\n  en: E\n"
        let report = AuthorMistakeTests.report(text)
        #expect(report.count == 3)
        #expect(report.first == "11:3: error: 'fro' is not a statement this format knows; did you mean 'for'? (text lines start with a language code and a colon, such as 'en: …')")
        #expect(report.dropFirst().first?.hasPrefix("13:3: error: this scene already has a 'go' line") == true)
    }

    @Test func aMisspeltStatementTakesTheTextOnItsOwnLineWithIt() {
        let text = "scene a\n  en: A\n  go e\n  replly en: Nothing.\nending e\n  en: E\n"
        #expect(AuthorMistakeTests.report(text).count == 1)
    }

    @Test func aStatementOfFormatTwoInAFormatOneFileGivesOneError() {
        let text = "scene a\n  en: A\n  choice c\n    en: C\n    reply\n      en: Said.\n    go e\nending e\n  en: E\n"
        #expect(AuthorMistakeTests.report(text) == [
            "12:5: error: 'reply' is new in format 2; make the file's first line 'format 2' to use it",
        ])
    }

    @Test func aLineIndentedWithATabIsReportedOnlyForItsTab() {
        let text = "scene a\n  en: A\n  choice c\n\ten: C\n\tgo e\nending e\n  en: E\n"
        let tab = "tab found: indent with spaces (editors show a tab as different widths, so Petrograd cannot tell how far a tab indents)"
        #expect(AuthorMistakeTests.report(text).filter { !$0.contains("no 'en' text") } == ["11:1: error: \(tab)", "12:1: error: \(tab)"])
    }

    @Test func aSecondTextLineSaysAnBeforeAVowel() {
        let text = "scene a\n  en: A\n  en: Again\n  go e\nending e\n  en: E\n"
        #expect(AuthorMistakeTests.report(text) == [
            "10:3: error: this text already has an 'en' line",
            "  9:3: note: the first 'en' line is here",
        ])
    }
}
