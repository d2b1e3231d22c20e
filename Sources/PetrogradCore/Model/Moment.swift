/// The two calendars of 1917: Russia's Julian calendar (Old Style) and the Gregorian (New Style).
public enum CalendarKind: String, Hashable, Sendable, Codable {
    case old
    case new
}

/// A calendar date: year, month (1–12), day.
public struct CalendarDate: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// A moment in time, in whole minutes, counted from the start of Julian Day 0.
///
/// The game's clock. Dates in either calendar convert to and from it, so Old Style and New Style are two
/// ways of writing the same moment (in 1917, New Style is 13 days later on paper).
public struct Moment: Hashable, Sendable, Comparable, Codable {
    public var minutes: Int

    public init(minutes: Int) {
        self.minutes = minutes
    }

    /// The moment a day begins (plus `minuteOfDay`), in the given calendar; nil when the date does not exist.
    public init?(_ date: CalendarDate, calendar: CalendarKind, minuteOfDay: Int = 0) {
        guard Self.isValid(date, calendar: calendar), (0..<1440).contains(minuteOfDay) else { return nil }
        minutes = Self.julianDayNumber(date, calendar: calendar) * 1440 + minuteOfDay
    }

    public static func < (lhs: Moment, rhs: Moment) -> Bool { lhs.minutes < rhs.minutes }

    /// Every moment a game can reach, and a save can record: from the first minute of 1 January of the
    /// year 1 to the last minute of 31 December 9999, each taken in whichever calendar makes the range
    /// wider. That is the Old Style at both ends: 1 January 1 Old Style is 30 December of the year 0 New
    /// Style, and 31 December 9999 Old Style is 13 March 10000 New Style. So every date the checker
    /// accepts (years 1–9999 in either calendar) lies inside, and `advance` stops with an error at the end.
    public static let supportedRange: ClosedRange<Moment> = {
        let first = julianDayNumber(CalendarDate(year: 1, month: 1, day: 1), calendar: .old)
        let last = julianDayNumber(CalendarDate(year: 9999, month: 12, day: 31), calendar: .old)
        return Moment(minutes: first * 1440)...Moment(minutes: last * 1440 + 1439)
    }()

    /// The Julian Day Number of the day this moment falls in.
    public var dayNumber: Int { minutes.floorDivided(by: 1440) }
    /// Minutes after midnight.
    public var minuteOfDay: Int { minutes - dayNumber * 1440 }
    /// The start of the day this moment falls in.
    public var startOfDay: Moment { Moment(minutes: dayNumber * 1440) }
    /// The start of the next day.
    public var startOfNextDay: Moment { Moment(minutes: (dayNumber + 1) * 1440) }

    /// The date of this moment in a calendar.
    public func date(in calendar: CalendarKind) -> CalendarDate {
        Self.date(fromDayNumber: dayNumber, calendar: calendar)
    }

    /// Moves the moment on, never overflowing.
    public func advanced(byMinutes count: Int) -> Moment {
        Moment(minutes: minutes.addingReportingOverflow(count).overflow ? Int.max : minutes + count)
    }

    /// Whether a game's clock can stand at this moment (see `supportedRange`).
    public var isSupported: Bool { Self.supportedRange.contains(self) }

    // MARK: Calendar arithmetic (the standard Julian Day Number algorithms)

    static func isLeap(_ year: Int, calendar: CalendarKind) -> Bool {
        switch calendar {
        case .old: year % 4 == 0
        case .new: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        }
    }

    static func daysInMonth(_ month: Int, year: Int, calendar: CalendarKind) -> Int {
        switch month {
        case 2: isLeap(year, calendar: calendar) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The years a scenario may name.
    public static let years = 1...9999

    /// Whether the date exists; years 1–9999 only, which keeps every computation far from overflow.
    public static func isValid(_ date: CalendarDate, calendar: CalendarKind) -> Bool {
        years.contains(date.year) && isDayOfItsMonth(date, calendar: calendar)
    }

    /// Whether the month exists and the day is one of its days, whatever the year.
    static func isDayOfItsMonth(_ date: CalendarDate, calendar: CalendarKind) -> Bool {
        (1...12).contains(date.month) && (1...daysInMonth(date.month, year: date.year, calendar: calendar)).contains(date.day)
    }

    static func julianDayNumber(_ date: CalendarDate, calendar: CalendarKind) -> Int {
        let a = (14 - date.month) / 12
        let y = date.year + 4800 - a
        let m = date.month + 12 * a - 3
        switch calendar {
        case .new:
            return date.day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
        case .old:
            return date.day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083
        }
    }

    static func date(fromDayNumber jdn: Int, calendar: CalendarKind) -> CalendarDate {
        let b: Int, c: Int
        switch calendar {
        case .new:
            let a = jdn + 32044
            b = (4 * a + 3) / 146097
            c = a - 146097 * b / 4
        case .old:
            b = 0
            c = jdn + 32082
        }
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        let day = e - (153 * m + 2) / 5 + 1
        let month = m + 3 - 12 * (m / 10)
        let year = 100 * b + d - 4800 + m / 10
        return CalendarDate(year: year, month: month, day: day)
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
