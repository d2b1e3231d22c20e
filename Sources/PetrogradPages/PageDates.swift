import PetrogradCore

/// Dates as a page prints them, in Hindi or English: a day in one calendar, a day in both (Old Style
/// first, as Russia then wrote it, with the New Style the rest of the world used), and a short form for a
/// chart's axis. The console has its own words; a page cannot use them, as pages sit below the console.
public struct PageDates: Sendable {
    /// `hi` or `en`; any other language gets English.
    public let language: String

    public init(language: String) {
        self.language = language == "hi" ? "hi" : "en"
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let englishShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// As the console's Vocabulary spells them; short enough that an axis needs no abbreviation.
    static let hindiMonths = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]

    private var isHindi: Bool { language == "hi" }

    private func month(_ number: Int, short: Bool) -> String {
        let index = min(max(number, 1), 12) - 1
        return isHindi ? Self.hindiMonths[index] : (short ? Self.englishShortMonths[index] : Self.englishMonths[index])
    }

    /// A month's full name (1 is January): `February`, `फ़रवरी`.
    public func monthName(_ number: Int) -> String {
        month(number, short: false)
    }

    /// `23 February 1917` (`23 फ़रवरी 1917`) in one calendar.
    public func day(_ moment: Moment, calendar: CalendarKind) -> String {
        let date = moment.date(in: calendar)
        return "\(date.day) \(month(date.month, short: false)) \(date.year)"
    }

    /// `23 Feb / 8 Mar 1917` (`23 फ़रवरी / 8 मार्च 1917`): Old Style first; the year once, or on both sides
    /// when the two calendars are in different years.
    public func bothCalendars(_ moment: Moment) -> String {
        let old = moment.date(in: .old), new = moment.date(in: .new)
        let oldYear = old.year == new.year ? "" : " \(old.year)"
        return "\(old.day) \(month(old.month, short: true))\(oldYear) / \(new.day) \(month(new.month, short: true)) \(new.year)"
    }

    /// `bothCalendars` for a story in the Old Style while Russia kept it, otherwise the day in the story's
    /// calendar; with the time (`09:30`) when it is not midnight.
    public func moment(_ moment: Moment, storyCalendar: CalendarKind) -> String {
        let date = DateFormatting.showsBothCalendars(moment, storyCalendar: storyCalendar)
            ? bothCalendars(moment) : day(moment, calendar: storyCalendar)
        return moment.minuteOfDay == 0 ? date : date + ", " + DateFormatting.clock(moment)
    }

    /// A chart's tick: `23 Feb / 8 Mar` (both calendars, as `bothCalendars` but without the year) for a
    /// story in the Old Style while Russia kept it, otherwise `23 Feb` in the story's calendar.
    public func short(_ moment: Moment, storyCalendar: CalendarKind) -> String {
        if DateFormatting.showsBothCalendars(moment, storyCalendar: storyCalendar) {
            let old = moment.date(in: .old), new = moment.date(in: .new)
            return "\(old.day) \(month(old.month, short: true)) / \(new.day) \(month(new.month, short: true))"
        }
        let date = moment.date(in: storyCalendar)
        return "\(date.day) \(month(date.month, short: true))"
    }
}
