import Foundation
import PetrogradCharts
import PetrogradCore

/// The report's context for its template: one part for each scenario played (an October game beside the
/// March one it carried on from), then the reflection questions and "February and October".
extension ClassReport {
    public func context() -> [String: Any] {
        let byScenario = Self.groupedByScenario(games)
        var context: [String: Any] = [
            "lang": language,
            "words": words,
            "acts": byScenario.map { actContext($0) },
            "questions": (1...20).compactMap { words["question\($0)"] }.map { ["text": $0] },
        ]
        let titles = byScenario.map { text($0[0].game.scenario.title, in: $0[0].game.scenario) }
        context["scenarioTitles"] = titles.joined(separator: " · ")
        context["severalActs"] = byScenario.count > 1
        let pairs = bothActs()
        context["bothActs"] = pairs
        context["hasBothActs"] = !pairs.isEmpty
        return context
    }

    /// Games grouped by scenario, earlier acts first, otherwise in the order given.
    static func groupedByScenario(_ games: [Played]) -> [[Played]] {
        var order: [String] = []
        var groups: [String: [Played]] = [:]
        for played in games {
            let id = played.game.scenario.id
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(played)
        }
        let follows = Dictionary(uniqueKeysWithValues: order.map { id in (id, groups[id]?.first?.game.scenario.follows?.id) })
        let sorted = order.enumerated().sorted { left, right in
            if follows[right.element] == left.element { return true }
            if follows[left.element] == right.element { return false }
            return left.offset < right.offset
        }
        return sorted.map { groups[$0.element] ?? [] }
    }

    func actContext(_ group: [Played]) -> [String: Any] {
        let scenario = group[0].game.scenario
        let seatCount = group.reduce(0) { $0 + $1.game.state.players.count }
        let notes = notesContext(group)
        let charts = CourseCharts.lines(scenario: scenario, cities: group.map { ($0.label, CityCourse(game: $0.game)) }, language: language, dates: dates)
        return [
            "title": text(scenario.title, in: scenario),
            "summary": word("summary").replacingOccurrences(of: "{seats}", with: String(seatCount))
                .replacingOccurrences(of: "{cities}", with: String(group.count)),
            "charts": charts.map { ["svg": $0.svg()] },
            "hasCharts": !charts.isEmpty,
            "cities": group.map { cityContext($0, detailed: group.count <= Self.mostDetailedCities) },
            "eventTable": eventTable(group),
            "hasEventTable": group.count > 1,
            "endingsChart": endingsChart(group).svg(),
            "seats": group.flatMap { played in
                let paths = SeatPath(game: played.game).steps
                return played.game.state.players.indices.map { seatContext(played, $0, steps: paths.indices.contains($0) ? paths[$0] : []) }
            },
            "notes": notes,
            "hasNotes": !notes.isEmpty,
        ]
    }

    /// One city: the timeline, the events that went otherwise with why, and the journal lines everyone heard.
    /// Up to this many cities, each gets its own timeline and its shared journal; a larger class (many
    /// students who played alone) gets the table of events instead, so the report stays printable.
    static let mostDetailedCities = 3

    /// For each world event, in how many cities it went as in history, otherwise (and which), or was not
    /// reached: the class's view of a history that forked.
    func eventTable(_ group: [Played]) -> [[String: Any]] {
        let scenario = group[0].game.scenario
        let comparisons = group.map { (label: $0.label, comparison: HistoryComparison(game: $0.game)) }
        return scenario.eventOrder.map { event in
            var asHistory = 0, notReached = 0
            var otherwise: [String] = []
            for city in comparisons {
                guard let entry = city.comparison.entries.first(where: { $0.event == event }) else { continue }
                switch entry.outcome {
                case .fired: asHistory += 1
                case .notReached: notReached += 1
                case .otherwise, .replaced, .lapsed: otherwise.append(city.label)
                }
            }
            return ["name": HistoryComparison.name(of: event, in: scenario, language: language),
                    "historyDate": dates.moment(scenario.events[event].start, storyCalendar: scenario.calendar),
                    "asHistory": asHistory, "otherwiseCount": otherwise.count, "hasOtherwise": !otherwise.isEmpty, "otherwise": otherwise.joined(separator: ", "),
                    "notReached": notReached]
        }
    }

    func cityContext(_ played: Played, detailed: Bool) -> [String: Any] {
        let game = played.game, scenario = game.scenario
        let legend = (asHistory: word("legendAsHistory"), otherwise: word("legendOtherwise"), didNotHappen: word("legendDidNotHappen"),
                      history: word("legendHistory"))
        let comparison = HistoryComparison(game: game)
        // Events the game never reached are named together: they did not go otherwise, the class stopped first.
        let notReached = comparison.entries.filter { $0.outcome == .notReached }
            .map { HistoryComparison.name(of: $0.event, in: scenario, language: language) }
        let otherwise: [[String: Any]] = comparison.entries.filter { !$0.wentAsHistory && $0.outcome != .notReached }.map { entry in
            let event = scenario.events[entry.event]
            var item: [String: Any] = [
                "name": HistoryComparison.name(of: entry.event, in: scenario, language: language),
                "historyDate": dates.moment(event.start, storyCalendar: scenario.calendar),
                "date": dates.moment(entry.date, storyCalendar: scenario.calendar),
            ]
            switch entry.outcome {
            case .otherwise:
                item["how"] = word("wentOtherwise")
                item["text"] = text(event.otherwise?.text, in: scenario)
            case .replaced(_, let replacement):
                item["how"] = word("wentOtherwise")
                item["text"] = text(event.replacements[replacement].outcome.text, in: scenario)
            case .lapsed: item["how"] = word("didNotHappen")
            case .fired, .notReached: break
            }
            if let reason = comparison.reason(for: entry, in: scenario, language: language,
                                              formatDate: { dates.moment($0, storyCalendar: scenario.calendar) }) {
                let replaced: Bool = if case .replaced = entry.outcome { true } else { false }
                item["reason"] = reason
                item["reasonLead"] = replaced ? word("reasonBecause") : word("reasonNeeded")
            }
            return item
        }
        let shared = game.journal.filter { $0.player == nil }.map { journalLine($0, scenario: scenario) }
        return [
            "label": played.label,
            "timeline": detailed ? CourseCharts.timeline(game: game, language: language, dates: dates, legend: legend).svg() : "",
            "hasTimeline": detailed,
            // In a large class the table says which cities went as in history; only the others are listed.
            "isListed": detailed || !otherwise.isEmpty,
            "otherwise": otherwise,
            "allAsHistory": otherwise.isEmpty && notReached.isEmpty,
            "noneOtherwise": otherwise.isEmpty && !notReached.isEmpty,
            "notReached": notReached.joined(separator: " · "),
            "hasNotReached": !notReached.isEmpty,
            "journal": shared,
            "hasJournal": detailed && !shared.isEmpty,
        ]
    }

    func journalLine(_ entry: Game.JournalEntry, scenario: Scenario) -> [String: Any] {
        ["date": dates.moment(entry.moment, storyCalendar: scenario.calendar), "text": text(entry.text, in: scenario)]
    }

    /// Endings by role: a group for each role the class played, a bar for each of its endings (and one for
    /// seats still playing), counting seats.
    func endingsChart(_ group: [Played]) -> BarChart {
        let scenario = group[0].game.scenario
        var counts: [Int: [Int: Int]] = [:]
        var playing: [Int: Int] = [:]
        for played in group {
            for player in played.game.state.players {
                switch player.position {
                case .ending(let ending): counts[player.role, default: [:]][ending, default: 0] += 1
                case .scene: playing[player.role, default: 0] += 1
                }
            }
        }
        let roles = scenario.roles.indices.filter { counts[$0] != nil || playing[$0] != nil }
        let groups = roles.map { role in
            var bars = scenario.endings.indices.filter { scenario.endings[$0].roles.isEmpty || scenario.endings[$0].roles.contains(role) }.map { ending in
                BarChart.Bar(label: Self.chartLabel(HistoryComparison.firstSentence(text(scenario.endings[ending].text, in: scenario), fullStop: language == "hi" ? "।" : "."),
                                                    language: language),
                             value: counts[role]?[ending] ?? 0)
            }
            if let still = playing[role] { bars.append(BarChart.Bar(label: word("stillPlaying"), value: still)) }
            return BarChart.Group(label: text(scenario.roles[role].name, in: scenario), bars: bars)
        }
        return BarChart(title: word("endingsChartTitle"), description: word("endingsChartDescription"), groups: groups)
    }

    /// A seat: its name, role and city, the choices it made with their dates, where it ended, and its journal.
    func seatContext(_ played: Played, _ player: Int, steps taken: [SeatPath.Step]) -> [String: Any] {
        let game = played.game, scenario = game.scenario
        let state = game.state.players[player]
        let ending: String = if case .ending(let index) = state.position {
            HistoryComparison.firstSentence(text(scenario.endings[index].text, in: scenario), fullStop: language == "hi" ? "।" : ".")
        } else { word("stillPlaying") }
        let journal = game.journal.filter { $0.player == player }.map { journalLine($0, scenario: scenario) }
        return [
            "name": seatName(played, player),
            "role": text(scenario.roles[state.role].name, in: scenario),
            "city": played.label,
            "ending": ending,
            "steps": taken.map { step -> [String: Any] in
                ["date": dates.moment(step.moment, storyCalendar: scenario.calendar), "scene": sceneName(step.scene, game: game, player: player),
                 "choice": text(scenario.choices[step.choice].text, in: scenario), "byDefault": step.byDefault]
            },
            "hasSteps": !taken.isEmpty,
            "journal": journal,
            "hasJournal": !journal.isEmpty,
        ]
    }

    /// The scenes with a historian's note where the class made choices: what each student chose there,
    /// beside what real people did.
    func notesContext(_ group: [Played]) -> [[String: Any]] {
        let scenario = group[0].game.scenario
        var chosen: [Int: [[String: Any]]] = [:]
        // The scene's name as it read for the first seat there (its place, say).
        var names: [Int: String] = [:]
        var firstMoment: [Int: Moment] = [:]
        for played in group {
            for (player, steps) in SeatPath(game: played.game).steps.enumerated() {
                for step in steps where scenario.scenes.indices.contains(step.scene) && scenario.scenes[step.scene].note != nil {
                    if names[step.scene] == nil { names[step.scene] = sceneName(step.scene, game: played.game, player: player) }
                    firstMoment[step.scene] = min(firstMoment[step.scene] ?? step.moment, step.moment)
                    chosen[step.scene, default: []].append(["name": seatName(played, player),
                                                            "choice": text(scenario.choices[step.choice].text, in: scenario)])
                }
            }
        }
        // In the order the class came to them.
        return chosen.keys.sorted { (firstMoment[$0] ?? .init(minutes: 0), $0) < (firstMoment[$1] ?? .init(minutes: 0), $1) }.map { scene in
            let definition = scenario.scenes[scene]
            return ["scene": names[scene] ?? "", "date": dates.moment(firstMoment[scene] ?? .init(minutes: 0), storyCalendar: scenario.calendar), "note": text(definition.note, in: scenario),
                    "source": definition.source ?? "", "hasSource": definition.source != nil, "chosen": chosen[scene] ?? []]
        }
    }
}
