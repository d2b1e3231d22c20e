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

    /// `09:30`.
    public static func clock(_ moment: Moment) -> String {
        let hours = moment.minuteOfDay / 60, minutes = moment.minuteOfDay % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// `1917-03-08T09:30`: the New Style (Gregorian) date and time, as saves record it.
    public static func iso(_ moment: Moment) -> String {
        let date = moment.date(in: .new)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))T\(clock(moment))"
    }

    /// Reads `iso(_:)`'s format back.
    public static func parseISO(_ text: String) -> Moment? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "T" || $0 == ":" }).compactMap { Int($0) }
        guard parts.count == 5 else { return nil }
        return Moment(CalendarDate(year: parts[0], month: parts[1], day: parts[2]), calendar: .new, minuteOfDay: parts[3] * 60 + parts[4])
    }
}
