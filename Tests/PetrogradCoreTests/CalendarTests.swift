// `CalendarDate` has no public initializer, so these tests reach it through `@testable`.
@testable import PetrogradCore
import Testing

/// Old Style (Julian) and New Style (Gregorian) dates, and the formats built on them.
struct CalendarTests {
    static func moment(_ day: Int, _ month: Int, _ year: Int = 1917, _ calendar: CalendarKind, minute: Int = 0) throws -> Moment {
        try #require(Moment(CalendarDate(year: year, month: month, day: day), calendar: calendar, minuteOfDay: minute))
    }

    /// (Old Style day, month) → (New Style day, month), all in 1917.
    @Test("Old Style dates of 1917 are thirteen days behind New Style", arguments: [
        ((23, 2), (8, 3)),    // the women's demonstration, International Women's Day
        ((27, 2), (12, 3)),   // the garrison mutinies; the Soviet meets
        ((25, 10), (7, 11)),  // the October insurrection
        ((1, 1), (14, 1)),
        ((31, 12), (13, 1)),  // New Style is already in 1918
    ])
    func oldStyleIsThirteenDaysBehind(old: (Int, Int), new: (Int, Int)) throws {
        let moment = try Self.moment(old.0, old.1, 1917, .old)
        let gregorian = moment.date(in: .new)
        #expect(gregorian.day == new.0)
        #expect(gregorian.month == new.1)
        #expect(gregorian.year == (old.1 == 12 && new.1 == 1 ? 1918 : 1917))
        #expect(moment.date(in: .old) == CalendarDate(year: 1917, month: old.1, day: old.0))
        #expect(try Self.moment(new.0, new.1, gregorian.year, .new) == moment)
    }

    @Test func theTwoCalendarsAreOneClock() throws {
        let oldStyle = try Self.moment(23, 2, 1917, .old, minute: 9 * 60)
        let newStyle = try Self.moment(8, 3, 1917, .new, minute: 9 * 60)
        #expect(oldStyle == newStyle)
        #expect(oldStyle.minuteOfDay == 540)
        #expect(oldStyle.startOfDay == (try Self.moment(23, 2, 1917, .old)))
        #expect(oldStyle.startOfNextDay == (try Self.moment(24, 2, 1917, .old)))
        #expect(oldStyle.advanced(byMinutes: 15 * 60) == (try Self.moment(24, 2, 1917, .old)))
        #expect(Moment(minutes: Int.max - 1).advanced(byMinutes: 10).minutes == Int.max)
    }

    @Test("Dates that do not exist are rejected", arguments: [
        (CalendarDate(year: 1917, month: 2, day: 30), CalendarKind.old),
        (CalendarDate(year: 1917, month: 2, day: 29), .old),
        (CalendarDate(year: 1917, month: 2, day: 29), .new),
        (CalendarDate(year: 1900, month: 2, day: 29), .new),   // not a Gregorian leap year
        (CalendarDate(year: 1917, month: 4, day: 31), .old),
        (CalendarDate(year: 1917, month: 13, day: 1), .old),
        (CalendarDate(year: 1917, month: 0, day: 1), .new),
        (CalendarDate(year: 1917, month: 3, day: 0), .old),
        (CalendarDate(year: 0, month: 1, day: 1), .old),
        (CalendarDate(year: 10_000, month: 1, day: 1), .new),
        (CalendarDate(year: Int.max, month: 1, day: 1), .new),
    ])
    func invalidDatesAreRejected(date: CalendarDate, calendar: CalendarKind) {
        #expect(!Moment.isValid(date, calendar: calendar))
        #expect(Moment(date, calendar: calendar) == nil)
    }

    @Test func leapDaysFollowEachCalendarsOwnRule() {
        #expect(Moment(CalendarDate(year: 1900, month: 2, day: 29), calendar: .old) != nil)
        #expect(Moment(CalendarDate(year: 1916, month: 2, day: 29), calendar: .new) != nil)
        #expect(Moment(CalendarDate(year: 2000, month: 2, day: 29), calendar: .new) != nil)
    }

    @Test func timesOfDayOutsideTheDayAreRejected() {
        let date = CalendarDate(year: 1917, month: 2, day: 23)
        #expect(Moment(date, calendar: .old, minuteOfDay: 1440) == nil)
        #expect(Moment(date, calendar: .old, minuteOfDay: -1) == nil)
        #expect(Moment(date, calendar: .old, minuteOfDay: 1439) != nil)
    }

    @Test func bothCalendarsAreShownOldStyleFirst() throws {
        #expect(DateFormatting.bothCalendars(try Self.moment(23, 2, 1917, .old)) == "23 Feb / 8 Mar 1917")
        #expect(DateFormatting.bothCalendars(try Self.moment(25, 10, 1917, .old, minute: 21 * 60)) == "25 Oct / 7 Nov 1917")
        #expect(DateFormatting.bothCalendars(try Self.moment(20, 12, 1917, .old)) == "20 Dec 1917 / 2 Jan 1918")
    }

    @Test func bothCalendarsAreShownUpToTheLastOldStyleDayAndOnlyInAnOldStyleStory() throws {
        let lastOldStyleDay = try Self.moment(31, 1, 1918, .old)
        let firstNewStyleDay = try Self.moment(1, 2, 1918, .old)
        #expect(firstNewStyleDay == (try Self.moment(14, 2, 1918, .new)))
        #expect(DateFormatting.showsBothCalendars(lastOldStyleDay.advanced(byMinutes: 1439), storyCalendar: .old))
        #expect(!DateFormatting.showsBothCalendars(firstNewStyleDay, storyCalendar: .old))
        #expect(!DateFormatting.showsBothCalendars(lastOldStyleDay, storyCalendar: .new))
        #expect(DateFormatting.forReaders(lastOldStyleDay, storyCalendar: .old) == "31 Jan / 13 Feb 1918")
        #expect(DateFormatting.forReaders(firstNewStyleDay, storyCalendar: .old) == "1 Feb 1918")
        #expect(DateFormatting.forReaders(firstNewStyleDay, storyCalendar: .new) == "14 Feb 1918")
        let morning = try Self.moment(22, 6, 1942, .new, minute: 9 * 60)
        #expect(DateFormatting.forReaders(morning, storyCalendar: .new) == "22 Jun 1942, 09:00")
        #expect(DateFormatting.dayForReaders(morning, storyCalendar: .new) == "22 Jun 1942")
        #expect(DateFormatting.forReaders(try Self.moment(23, 2, 1917, .old, minute: 9 * 60), storyCalendar: .old) == "23 Feb / 8 Mar 1917, 09:00")
    }

    @Test func aMomentIsDescribedInOneCalendarWithItsTime() throws {
        let dawn = try Self.moment(27, 2, 1917, .old, minute: 6 * 60)
        #expect(DateFormatting.describe(dawn, calendar: .old) == "27 Feb 1917, 06:00")
        #expect(DateFormatting.describe(dawn, calendar: .new) == "12 Mar 1917, 06:00")
        #expect(DateFormatting.describe(try Self.moment(27, 2, 1917, .old), calendar: .old) == "27 Feb 1917")
        #expect(DateFormatting.clock(try Self.moment(1, 3, 1917, .old, minute: 9 * 60 + 5)) == "09:05")
    }

    @Test func isoDatesAreNewStyle() throws {
        #expect(DateFormatting.iso(try Self.moment(23, 2, 1917, .old, minute: 9 * 60 + 30)) == "1917-03-08T09:30")
        #expect(DateFormatting.iso(try Self.moment(25, 10, 1917, .old)) == "1917-11-07T00:00")
    }

    @Test("ISO dates read back to the same moment", arguments: [
        (23, 2, 1917, 0), (27, 2, 1917, 6 * 60), (25, 10, 1917, 21 * 60 + 40), (31, 12, 1917, 1439),
        (1, 3, 2, 0), (29, 2, 1900, 12 * 60), (31, 12, 9998, 23 * 60),
    ])
    func isoRoundTrip(day: Int, month: Int, year: Int, minute: Int) throws {
        let moment = try Self.moment(day, month, year, .old, minute: minute)
        #expect(DateFormatting.parseISO(DateFormatting.iso(moment)) == moment)
    }

    @Test("Text that is not an ISO date of an existing day is not read", arguments: [
        "", "1917-03-08", "1917-02-30T00:00", "1917-03-08T25:00", "yesterday", "1917-03-08T09:30:15",
    ])
    func isoRejectsWhatItDoesNotWrite(text: String) {
        #expect(DateFormatting.parseISO(text) == nil)
    }
}
