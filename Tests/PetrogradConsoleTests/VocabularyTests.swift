import PetrogradConsole
import PetrogradCore
import Testing

/// The dates players read: both calendars only in an Old Style story and only while Russia kept the Old
/// Style; the program's own words in Hindi, and in English for every other language.
@Suite struct VocabularyTests {
    static func moment(_ day: Int, _ month: Int, _ year: Int, _ calendar: CalendarKind, hour: Int = 0) throws -> Moment {
        try #require(Moment(CalendarDate(year: year, month: month, day: day), calendar: calendar, minuteOfDay: hour * 60))
    }

    @Test func anOldStyleStoryShowsBothCalendarsUpToThirtyFirstJanuary1918AndOneAfter() throws {
        let english = Vocabulary(language: "en", storyCalendar: .old, storyLanguages: ["hi", "en"])
        let hindi = Vocabulary(language: "hi", storyCalendar: .old, storyLanguages: ["hi", "en"])
        let last = try Self.moment(31, 1, 1918, .old, hour: 9)
        let after = try Self.moment(1, 2, 1918, .old)
        #expect(english.date(last) == "31 January (Old Style) / 13 February 1918 (New Style), 09:00")
        #expect(english.date(after) == "1 February 1918 (Old Style)")
        #expect(hindi.date(last) == "31 जनवरी (पुरानी शैली) / 13 फ़रवरी 1918 (नई शैली), 09:00")
        #expect(hindi.date(after) == "1 फ़रवरी 1918 (पुरानी शैली)")
        #expect(english.date(try Self.moment(23, 2, 1917, .old)) == "23 February (Old Style) / 8 March 1917 (New Style)")
    }

    @Test func aNewStyleStoryShowsOneDateEvenIn1917() throws {
        let english = Vocabulary(language: "en", storyCalendar: .new, storyLanguages: ["en", "ru"])
        #expect(english.date(try Self.moment(8, 3, 1917, .new)) == "8 March 1917")
        #expect(english.date(try Self.moment(22, 6, 1942, .new, hour: 4)) == "22 June 1942, 04:00")
    }

    @Test func anotherLanguageGetsTheEnglishWordsAndTheHelpListsTheStorysLanguages() {
        let russian = Vocabulary(language: "ru", storyCalendar: .new, storyLanguages: ["en", "ru"])
        #expect(russian.language == "en")
        #expect(russian.choicesHeading == "What will you do?")
        #expect(russian.help.contains("  lang en|ru / भाषा — switch language"))
    }
}
