import PetrogradCharts
import PetrogradCore
import PetrogradPages

/// The dashboard's view of a room as a template context: the room's state, its seats, and the city's
/// course as charts. The charts are our own SVG (every label escaped by PetrogradCharts), drawn here on
/// the server, so the page needs no chart script; every name a student typed stays a plain value that the
/// template escapes.
enum TeacherDashboard {
    static func context(_ snapshot: RoomSnapshot, course: CityCourse, language: String, words: [String: String]) -> [String: Any] {
        let game = snapshot.game
        let scenario = game.scenario
        let dates = PageDates(language: language)
        func text(_ localized: LocalizedText) -> String {
            TextRendering.text(localized, language: language, fallback: scenario.languages.first).text
        }
        func word(_ key: String) -> String { words[key] ?? key }

        let seats: [[String: Any]] = snapshot.seats.map { seat in
            let index = seat.number - 1
            let player = game.state.players[index]
            var place = ""
            if case .scene(let scene) = player.position, let placeIndex = scenario.scenes[scene].place {
                place = text(scenario.places[placeIndex].name)
            }
            let state: String
            if !seat.isPresent { state = word("stateLeft") }
            else if seat.isFinished { state = word("stateFinished") }
            else if snapshot.holdingBack.contains(seat.number) { state = word("stateHolding") }
            else if seat.isWaiting { state = word("stateWaiting") }
            else { state = word("statePlaying") }
            var row: [String: Any] = [
                "number": seat.number,
                "name": seat.name ?? word("noName"),
                "role": text(scenario.roles[player.role].name),
                "at": seat.at,
                "finished": seat.isFinished,
                "date": dates.moment(player.time, storyCalendar: scenario.calendar),
                "state": state,
                "holding": snapshot.holdingBack.contains(seat.number),
                "waiting": seat.isWaiting,
                "connected": seat.isConnected,
                "connection": seat.isConnected ? word("connected") : word("notConnected"),
            ]
            if !place.isEmpty { row["place"] = place }
            if let seconds = seat.secondsLeft { row["secondsLeft"] = seconds }
            return row
        }

        let charts = CourseCharts.lines(scenario: scenario, cities: [(name: word("thisClass"), course: course)], language: language, dates: dates)
        let timeline = CourseCharts.timeline(game: game, language: language, dates: dates,
                                             legend: (asHistory: word("asHistory"), otherwise: word("otherwise"),
                                                      didNotHappen: word("didNotHappen"), history: word("historyDate")))
        var context: [String: Any] = [
            "lang": language,
            "words": words,
            "code": snapshot.code.value,
            "scenario": text(scenario.title),
            "worldDate": dates.moment(game.state.world.clock, storyCalendar: scenario.calendar),
            "paused": snapshot.isPaused,
            "ended": snapshot.isEnded,
            "seats": seats,
            "noSeats": seats.isEmpty,
            "charts": charts.map { ["svg": $0.svg()] },
            "timeline": timeline.svg(),
        ]
        if let seconds = snapshot.timerSeconds { context["timer"] = seconds }
        return context
    }

    /// The seats for the "say to" list, labelled "1 · Asha"; plain values the page's script sets as text.
    static func seatChoices(_ snapshot: RoomSnapshot, words: [String: String]) -> [(number: Int, label: String)] {
        snapshot.seats.map { seat in (seat.number, "\(seat.number) · \(seat.name ?? words["noName"] ?? "")") }
    }
}
