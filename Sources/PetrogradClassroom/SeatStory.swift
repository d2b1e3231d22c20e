import PetrogradCore

/// A browser seat's own copy of the room's game, and everything it shows the student, rendered on the
/// server in the student's language (the browser has no compiler): the texts of each step (the same
/// ``Narration`` the terminal and the golden playthroughs use), the numbered choices, the date in both
/// calendars, the city, the journal, the glossary and the history notes.
///
/// The texts are numbered from the seat's first: the same log always gives the same texts, so a page that
/// reconnects says how many it has and gets only the rest.
struct SeatStory {
    /// One piece of the story: `kind` says how the page shows it (scene, text, event, ending, chosen, notice).
    struct Item: Hashable, Sendable {
        var kind: String
        var text: String
    }

    let language: String
    let words: [String: String]
    /// This seat, counting from 1.
    let seat: Int
    private(set) var game: Game
    private(set) var items: [Item] = []
    private(set) var isEnded = false
    /// The heading shown last (date and place): a scene under the same one goes on without it.
    private var lastHeading: String?

    var player: Int { seat - 1 }
    var scenario: Scenario { game.scenario }

    /// The seat's story from the room's start, replayed from its welcome on the room's scenario.
    init?(welcome: ServerFrame.Welcome, scenario: Scenario, seat: Int, language: String, words: [String: String]) {
        self.language = language
        self.words = words
        self.seat = seat
        var setup = Simulation.Setup()
        if let entry = welcome.entry { setup.entry = scenario.entryIndex(entry) }
        let roles = welcome.roles.compactMap { scenario.roleIndex($0) }
        guard case .success(let started) = Game.start(scenario, roles: roles, seed: welcome.seed, setup: setup) else { return nil }
        game = started.0
        for line in welcome.log {
            guard let action = Action(logLine: line), apply(action) else { return nil }
        }
    }

    /// Moves the copy by one line of the room's log and adds what it shows this seat; false when the line
    /// does not apply (the copy and the room disagree).
    @discardableResult
    mutating func apply(_ action: Action) -> Bool {
        // The choice is named as it read before it was taken (its scene is the one the seat stood in).
        var chosen: String?
        if case .choose(seat, let id, _) = action, case .scene(let scene)? = game.state.players.indices.contains(player) ? game.state.players[player].position : nil,
           let choice = scenario.choiceIndex(id, inScene: scene) {
            chosen = word("chosen") + " " + render(scenario.choices[choice].text)
        }
        guard case .success(let events) = game.perform(action) else { return false }
        guard game.state.players.indices.contains(player) else { return true }
        switch action {
        case .rewind:
            isEnded = false
            items.append(Item(kind: "notice", text: word("notice-rewound")))
            lastHeading = nil
            if case .scene(let scene) = game.state.players[player].position { narrate([.sceneEntered(player: player, scene: scene)]) }
            return true
        case .end:
            isEnded = true
            items.append(Item(kind: "notice", text: word("notice-ended")))
        case .choose:
            if let chosen { items.append(Item(kind: "chosen", text: chosen)) }
        default:
            break
        }
        for case .timedOut(let who, let choice) in events where who == player {
            items.append(Item(kind: "notice", text: word("notice-timed-out") + " " + render(scenario.choices[choice].text)))
        }
        narrate(events)
        return true
    }

    private mutating func narrate(_ events: [GameEvent]) {
        for event in events {
            let kind: String
            switch event {
            case .sceneEntered(let who, let scene) where who == player:
                let moment = scenario.scenes[scene].moment ?? game.state.players[player].time
                var heading = date(moment)
                if let place = scenario.scenes[scene].place { heading += " — " + render(scenario.places[place].name) }
                if heading != lastHeading {
                    items.append(Item(kind: "scene", text: heading))
                    lastHeading = heading
                }
                kind = "text"
            case .outcome(let who, _, _) where who == player: kind = "text"
            case .worldEvent, .worldEventReplaced: kind = "event"
            case .endingReached(let who, _) where who == player: kind = "ending"
            default: continue
            }
            for text in Narration.texts(for: [event], player: player, game: game, language: language) where !text.isEmpty {
                items.append(Item(kind: kind, text: text))
            }
        }
    }

    // MARK: What the seat sees now

    /// The choices offered now, numbered from 1 as listed: each its id, its text, and whether it can be taken.
    var choices: [(id: String, text: String, isAvailable: Bool)] {
        guard !isEnded else { return [] }
        return game.simulation.options(for: player, in: game.state).map {
            (scenario.choices[$0.choice].id, render(scenario.choices[$0.choice].text), $0.isAvailable)
        }
    }

    /// Where the seat stands: "choose", "waiting", "paused", "ended", "finished" or "absent".
    func status(paused: Bool) -> String {
        guard game.state.players.indices.contains(player) else { return "absent" }
        let state = game.state.players[player]
        if case .ending = state.position { return "finished" }
        if isEnded { return "ended" }
        if state.isAbsent { return "absent" }
        if paused { return "paused" }
        if !waitingFor.isEmpty { return "waiting" }
        return "choose"
    }

    /// The names of the seats this one waits for.
    var waitingFor: [String] {
        game.simulation.waitedFor(by: player, in: game.state).map { game.names[$0] ?? render(scenario.roles[game.state.players[$0].role].name) }
    }

    /// The seat's date, in both calendars while Russia kept the Old Style.
    var today: String {
        game.state.players.indices.contains(player) ? date(game.state.players[player].time) : ""
    }

    /// The city's labelled variables and their values (a flag only once set, as the terminal's `status`).
    var city: [(label: String, value: String)] {
        scenario.worldVariables.enumerated().compactMap { index, variable in
            let value = game.state.world.values[index]
            guard !variable.label.isEmpty, variable.type != .flag || value != 0 else { return nil }
            return (render(variable.label), variable.type == .flag ? "✓" : "\(value) (\(variable.minimum)–\(variable.maximum))")
        }
    }

    var roleName: String {
        game.state.players.indices.contains(player) ? render(scenario.roles[game.state.players[player].role].name) : ""
    }

    var name: String { game.names.indices.contains(player) ? game.names[player] ?? "" : "" }

    /// The journal's lines for this seat: its own and everyone's, dated.
    var journal: [String] {
        game.journal.filter { $0.player == nil || $0.player == player }.map { date($0.moment) + ": " + render($0.text) }
    }

    /// The glossary entries whose term or explanation contains `word` (every entry for an empty word).
    func glossary(_ word: String) -> [(term: String, explanation: String)] {
        let wanted = word.trimmingCharacters(in: .whitespaces).lowercased()
        return scenario.glossary.map { (render($0.term), render($0.explanation)) }
            .filter { wanted.isEmpty || $0.0.lowercased().contains(wanted) || $0.1.lowercased().contains(wanted) }
    }

    /// The history notes for where the seat stands: the scene's note and source; after an ending, what
    /// historians disagree about.
    var notes: [(heading: String?, text: String)] {
        guard game.state.players.indices.contains(player) else { return [] }
        switch game.state.players[player].position {
        case .scene(let index):
            let scene = scenario.scenes[index]
            var result: [(heading: String?, text: String)] = []
            if let note = scene.note { result.append((nil, render(note))) }
            if let source = scene.source { result.append((nil, word("source-label") + " " + source)) }
            return result
        case .ending(let index):
            guard let historians = scenario.endings[index].historians else { return [] }
            return [(word("historians-heading"), render(historians))]
        }
    }

    // MARK: Words

    func word(_ key: String) -> String { words[key] ?? key }

    func render(_ text: LocalizedText) -> String {
        guard let (template, _) = TextRendering.template(text, language: language, fallback: scenario.languages.first) else { return "" }
        let player = game.state.players.indices.contains(self.player) ? self.player : nil
        return TextRendering.render(template, scenario: scenario, state: game.state, player: player, language: language, formatDate: date)
    }

    /// "23 February (Old Style) / 8 March 1917 (New Style), 14:00" in the seat's language.
    func date(_ moment: Moment) -> String {
        let months = word("months").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        func month(_ number: Int) -> String { months.indices.contains(number - 1) ? months[number - 1] : "\(number)" }
        var text: String
        if DateFormatting.showsBothCalendars(moment, storyCalendar: scenario.calendar) {
            let old = moment.date(in: .old), new = moment.date(in: .new)
            text = "\(old.day) \(month(old.month)) (\(word("old-style"))) / \(new.day) \(month(new.month)) \(new.year) (\(word("new-style")))"
        } else {
            let day = moment.date(in: scenario.calendar)
            text = "\(day.day) \(month(day.month)) \(day.year)" + (scenario.calendar == .old ? " (\(word("old-style")))" : "")
        }
        if moment.minuteOfDay != 0 { text += ", " + DateFormatting.clock(moment) }
        return text
    }
}
