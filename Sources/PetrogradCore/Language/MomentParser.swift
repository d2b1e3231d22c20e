/// Parses dates and times: `23 Feb`, `8 March 1917 new`, `27 Feb, dawn`, `26 Feb 18:30`.
struct MomentParser {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]
    /// The times of day a scenario may name, in minutes after midnight.
    static let timesOfDay: [(word: String, minutes: Int)] = [
        ("dawn", 6 * 60), ("morning", 9 * 60), ("noon", 12 * 60), ("afternoon", 15 * 60),
        ("evening", 18 * 60), ("night", 21 * 60),
    ]

    var cursor: TokenCursor
    private(set) var diagnostics: [Diagnostic] = []

    init(cursor: TokenCursor) {
        self.cursor = cursor
    }

    mutating func parseMoment() -> MomentSyntax? {
        let location = cursor.location
        guard let dayToken = cursor.current, case .integer(let day) = dayToken.kind else {
            diagnostics.append(Diagnostic(.invalidDate("expected a date such as '23 Feb' but found \(cursor.currentDescription)"), at: location))
            return nil
        }
        cursor.advance()
        guard let monthToken = cursor.current, monthToken.kind == .word, let month = Self.month(named: monthToken.text) else {
            diagnostics.append(Diagnostic(.invalidDate("expected a month after \(day), such as 'Feb' or 'March', but found \(cursor.currentDescription)"), at: cursor.location))
            return nil
        }
        cursor.advance()
        var moment = MomentSyntax(day: day, month: month, year: nil, calendar: nil, minuteOfDay: nil, location: location)
        // A year is a number that is not the start of a clock time (`18:30`).
        if let token = cursor.current, case .integer(let year) = token.kind {
            var lookahead = cursor
            lookahead.advance()
            if !(lookahead.current?.isSymbol(":") ?? false) {
                moment.year = year
                cursor.advance()
            }
        }
        if cursor.take(word: "old") {
            moment.calendar = .old
            _ = cursor.take(word: "style")
        } else if cursor.take(word: "new") {
            moment.calendar = .new
            _ = cursor.take(word: "style")
        }
        var sawComma = cursor.take(symbol: ",")
        if let token = cursor.current {
            if token.kind == .word, let time = Self.timesOfDay.first(where: { $0.word == token.text }) {
                cursor.advance()
                moment.minuteOfDay = time.minutes
                sawComma = false
            } else if case .integer(let hour) = token.kind {
                var lookahead = cursor
                lookahead.advance()
                if lookahead.take(symbol: ":"), let minuteToken = lookahead.current, case .integer(let minute) = minuteToken.kind {
                    lookahead.advance()
                    guard (0..<24).contains(hour), (0..<60).contains(minute) else {
                        diagnostics.append(Diagnostic(.invalidDate("\(token.text):\(minuteToken.text) is not a time of day; write hours 0–23 and minutes 0–59"), at: token.location))
                        cursor = lookahead
                        return nil
                    }
                    cursor = lookahead
                    moment.minuteOfDay = hour * 60 + minute
                    sawComma = false
                }
            }
        }
        if sawComma {
            let words = Self.timesOfDay.map(\.word).joined(separator: ", ")
            diagnostics.append(Diagnostic(.invalidDate("expected a time after the comma: a clock time like 09:30 or one of \(words)"), at: cursor.location))
            return nil
        }
        return moment
    }

    static func month(named word: String) -> Int? {
        let lower = word.lowercased()
        if let index = monthNames.firstIndex(of: lower) { return index + 1 }
        if lower == "sept" { return 9 }
        if let index = months.firstIndex(of: lower) { return index + 1 }
        return nil
    }
}
