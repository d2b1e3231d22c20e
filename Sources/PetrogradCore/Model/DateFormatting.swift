/// Plain English descriptions of moments, for diagnostics and tools. The console has its own,
/// localised, formatting for players.
public enum DateFormatting {
    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `23 Feb 1917` in the given calendar, with the time when it is not midnight.
    public static func describe(_ moment: Moment, calendar: CalendarKind) -> String {
        let date = moment.date(in: calendar)
        var text = "\(date.day) \(monthAbbreviations[date.month - 1]) \(date.year)"
        if moment.minuteOfDay != 0 { text += ", " + clock(moment) }
        return text
    }

    /// `23 Feb / 8 Mar 1917`: both calendars, Old Style first.
    public static func bothCalendars(_ moment: Moment) -> String {
        let old = moment.date(in: .old), new = moment.date(in: .new)
        let oldYear = old.year == new.year ? "" : " \(old.year)"
        return "\(old.day) \(monthAbbreviations[old.month - 1])\(oldYear) / \(new.day) \(monthAbbreviations[new.month - 1]) \(new.year)"
    }

    /// The last day of the Old Style in Russia: 31 January 1918 (Old Style) was followed by 14 February
    /// 1918 (New Style).
    public static let lastOldStyleDay = CalendarDate(year: 1918, month: 1, day: 31)

    /// Whether players are shown a moment in both calendars. Only a story written in the Old Style needs
    /// the New Style beside it, and only while Russia kept the Old Style (up to `lastOldStyleDay`); every
    /// other date is shown once, in the story's own calendar.
    public static func showsBothCalendars(_ moment: Moment, storyCalendar: CalendarKind) -> Bool {
        guard storyCalendar == .old else { return false }
        let date = moment.date(in: .old), last = lastOldStyleDay
        return (date.year, date.month, date.day) <= (last.year, last.month, last.day)
    }

    /// A moment as players and authors read it: `23 Feb / 8 Mar 1917` while both calendars are shown (see
    /// `showsBothCalendars`), otherwise `22 Jun 1942` in the story's calendar; with the time when it is
    /// not midnight.
    public static func forReaders(_ moment: Moment, storyCalendar: CalendarKind) -> String {
        guard showsBothCalendars(moment, storyCalendar: storyCalendar) else { return describe(moment, calendar: storyCalendar) }
        return bothCalendars(moment) + (moment.minuteOfDay == 0 ? "" : ", " + clock(moment))
    }

    /// A day as players and authors read it, without the time: `23 Feb / 8 Mar 1917` or `22 Jun 1942`.
    public static func dayForReaders(_ moment: Moment, storyCalendar: CalendarKind) -> String {
        forReaders(moment.startOfDay, storyCalendar: storyCalendar)
    }

    /// `09:30`.
    public static func clock(_ moment: Moment) -> String {
        let hours = moment.minuteOfDay / 60, minutes = moment.minuteOfDay % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// `1917-03-08T09:30`: the New Style (Gregorian) date and time, as saves record it. The year has at
    /// least four digits: `0000` and `10000` occur at the ends of `Moment.supportedRange`.
    public static func iso(_ moment: Moment) -> String {
        let date = moment.date(in: .new)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))T\(clock(moment))"
    }

    /// Reads `iso(_:)`'s format back: `YYYY-MM-DDTHH:MM`, New Style, with a year of up to five digits and
    /// the other fields of one or two. Nil for anything else, for a date or time that does not exist, and
    /// for a moment outside `Moment.supportedRange`; a damaged save can never make it trap.
    public static func parseISO(_ text: String) -> Moment? {
        let scalars = Array(text.unicodeScalars)
        var fields: [Int] = []
        var digits = 0
        var value = 0
        let separators: [Unicode.Scalar] = ["-", "-", "T", ":"]
        let widths = [5, 2, 2, 2, 2]
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                digits += 1
                guard digits <= widths[fields.count] else { return nil }
                value = value * 10 + Int(scalar.value - 48)
                continue
            }
            guard digits > 0, fields.count < separators.count, scalar == separators[fields.count] else { return nil }
            fields.append(value)
            digits = 0
            value = 0
        }
        guard digits > 0, fields.count == separators.count else { return nil }
        fields.append(value)
        let date = CalendarDate(year: fields[0], month: fields[1], day: fields[2])
        let (hour, minute) = (fields[3], fields[4])
        guard Moment.isDayOfItsMonth(date, calendar: .new), (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        let moment = Moment(minutes: Moment.julianDayNumber(date, calendar: .new) * 1440 + hour * 60 + minute)
        return moment.isSupported ? moment : nil
    }
}
