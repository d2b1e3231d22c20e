import PetrogradCore

/// "February and October" (NCERT's exercise: compare the two revolutions): for each student who played
/// both acts, what they did in the first beside what they did in the second, from their logs. A student
/// is found in both by name; an October game carried on from a March save that is not in the report
/// still brings the March ending's journal line with it.
extension ClassReport {
    func bothActs() -> [[String: Any]] {
        var pairs: [[String: Any]] = []
        for later in games {
            guard let earlierID = later.game.scenario.follows?.id else { continue }
            let earlierGames = games.filter { $0.game.scenario.id == earlierID }
            let laterPaths = SeatPath(game: later.game).steps
            for player in later.game.state.players.indices {
                let name = seatName(later, player)
                let laterColumn = column(later, player: player, steps: laterPaths.indices.contains(player) ? laterPaths[player] : [])
                var earlierColumn: [[String: Any]]?
                for earlier in earlierGames {
                    let names = earlier.game.state.players.indices.map { seatName(earlier, $0) }
                    if let match = names.firstIndex(where: { Self.sameStudent($0, name) }) {
                        let paths = SeatPath(game: earlier.game).steps
                        earlierColumn = column(earlier, player: match, steps: paths.indices.contains(match) ? paths[match] : [])
                        break
                    }
                }
                if earlierColumn == nil, let carried = later.game.setup.carried,
                   let seat = carried.seats.first(where: { Self.sameStudent($0.name ?? "", name) })
                    ?? (carried.seats.indices.contains(player) ? carried.seats[player] : nil) {
                    let line = seat.journal[language] ?? seat.journal["en"] ?? seat.journal.values.sorted().first ?? ""
                    let ended = DateFormatting.parseISO(seat.ended).map { dates.moment($0, storyCalendar: later.game.scenario.calendar) } ?? ""
                    earlierColumn = [["date": ended, "text": line.isEmpty ? word("carriedEnding") : line]]
                }
                guard let earlierColumn else { continue }
                pairs.append(["name": name, "february": earlierColumn, "october": laterColumn])
            }
        }
        return pairs
    }

    /// The choices a seat made, each with its date, and where it ended.
    private func column(_ played: Played, player: Int, steps: [SeatPath.Step]) -> [[String: Any]] {
        let scenario = played.game.scenario
        var items: [[String: Any]] = steps.map { step in
            ["date": dates.moment(step.moment, storyCalendar: scenario.calendar), "text": text(scenario.choices[step.choice].text, in: scenario)]
        }
        if case .ending(let ending) = played.game.state.players[player].position {
            items.append(["date": word("endingLabel"), "text": HistoryComparison.firstSentence(text(scenario.endings[ending].text, in: scenario),
                                                                                        fullStop: language == "hi" ? "।" : ".")])
        }
        return items
    }

    /// Names typed by a student twice are the same student when they differ only in case and spaces.
    static func sameStudent(_ one: String, _ other: String) -> Bool {
        let tidy = { (name: String) in name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }
        return !tidy(one).isEmpty && tidy(one) == tidy(other)
    }
}
