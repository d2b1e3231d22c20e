/// A game's city set beside history: for each world event, whether it went as in history (its own outcome
/// happened) or otherwise (its `otherwise` outcome, a branch's outcome in its place, nothing, or not
/// reached before the story ended), when, and on what condition and values; and the city's values at the
/// end. A value, so the end of a game and a teacher's report can both use it.
public struct HistoryComparison: Hashable, Sendable {
    /// How an event went.
    public enum Outcome: Hashable, Sendable {
        /// As in history: its own outcome happened.
        case fired
        /// Its `otherwise` outcome happened.
        case otherwise
        /// A branch's outcome happened in its place (the branch's id, and which replacement of the event).
        case replaced(branch: String, replacement: Int)
        /// Its window closed and nothing happened.
        case lapsed
        /// Its date had not come when the story ended.
        case notReached
    }

    /// One world event.
    public struct Entry: Hashable, Sendable {
        /// Index into `Scenario.events`.
        public var event: Int
        public var id: String
        /// When it happened; for an event not reached, when it was due.
        public var date: Moment
        public var outcome: Outcome
        /// The condition the outcome turned on: the event's own, or the branch's for a replacement; nil when
        /// it happens on its date whatever the city is like.
        public var condition: Expression?
        /// The world's values when it was decided; nil when that is not known (not reached, or a save made
        /// before they were kept).
        public var world: [Int]?

        /// Whether it went as in history.
        public var wentAsHistory: Bool { outcome == .fired }
    }

    /// Every world event of the scenario, by date, then in the order the engine considers them.
    public var entries: [Entry]
    /// The world's values at the end, in `Scenario.worldVariables` order.
    public var finalWorld: [Int]

    /// The comparison for a game as it stands.
    public init(game: Game) {
        let scenario = game.scenario
        var decided: [Int: WorldEventRecord] = [:]
        for record in game.worldEvents { decided[record.event] = record }
        var entries: [Entry] = []
        for index in scenario.eventOrder {
            let event = scenario.events[index]
            if let record = decided[index] {
                let outcome: Outcome, condition: Expression?
                switch record.outcome {
                case .fired: (outcome, condition) = (.fired, event.condition)
                case .otherwise: (outcome, condition) = (.otherwise, event.condition)
                case .lapsed: (outcome, condition) = (.lapsed, event.condition)
                case .replaced(let number):
                    let replacement = event.replacements[number]
                    (outcome, condition) = (.replaced(branch: replacement.branch, replacement: number), replacement.condition)
                }
                // An event before the entry point a game started at went as in history by the entry's say, not
                // by the city's values: there is no condition to give as the reason.
                if let start = game.setup.entry.map({ scenario.entries[$0].moment }), record.heard < start {
                    entries.append(Entry(event: index, id: event.id, date: record.happened, outcome: outcome, condition: nil, world: nil))
                    continue
                }
                entries.append(Entry(event: index, id: event.id, date: record.happened, outcome: outcome, condition: condition, world: record.world))
                continue
            }
            // Without a record (a save made before they were kept): what the state says, without values.
            let outcome: Outcome
            switch game.state.world.events[index] {
            case .pending: outcome = .notReached
            case .fired: outcome = .fired
            case .otherwise: outcome = .otherwise
            case .lapsed: outcome = .lapsed
            }
            entries.append(Entry(event: index, id: event.id, date: outcome == .lapsed || outcome == .otherwise ? event.end : event.start,
                                 outcome: outcome, condition: event.condition, world: nil))
        }
        // The order the engine considers them is by start; an event in a window can happen later than one after it.
        self.entries = entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        finalWorld = game.state.world.values
    }

    /// Why it went as it did, in words: its condition with the values the city had then ("Garrison loyalty
    /// at most 45 (it was 60)"); nil when it has no condition or was not reached.
    public func reason(for entry: Entry, in scenario: Scenario, language: String, formatDate: @escaping (Moment) -> String) -> String? {
        guard let condition = entry.condition, entry.outcome != .notReached else { return nil }
        let values = entry.world.map { world in { (reference: VariableReference) -> Int in
            reference.scope == .world && world.indices.contains(reference.index) ? world[reference.index] : 0
        } }
        return ConditionWording(scenario: scenario, language: language, tense: .then, formatDate: formatDate, value: values).words(condition)
    }

    /// A short name for an event in a language: the journal line of its own outcome, or else the first
    /// sentence of its text.
    public static func name(of event: Int, in scenario: Scenario, language: String) -> String {
        let definition = scenario.events[event]
        let fallback = scenario.languages.first
        for case .journal(let line) in definition.fired.effects {
            return TextRendering.text(line, language: language, fallback: fallback).text
        }
        guard let text = definition.fired.text else { return definition.id }
        return firstSentence(TextRendering.text(text, language: language, fallback: fallback).text, fullStop: language == "hi" ? "।" : ".")
    }

    /// What an event's `otherwise` outcome says happened instead, as its journal line, if it has one.
    public static func otherwiseName(of event: Int, in scenario: Scenario, language: String) -> String? {
        guard let otherwise = scenario.events[event].otherwise else { return nil }
        for case .journal(let line) in otherwise.effects {
            return TextRendering.text(line, language: language, fallback: scenario.languages.first).text
        }
        return nil
    }

    /// The text up to the end of its first sentence, shortened to about 100 characters: at the end of a
    /// clause (a dash, semicolon or comma) when one comes late enough, or else at a word.
    public static func firstSentence(_ text: String, fullStop: String) -> String {
        var end = text.endIndex
        for stop in [". ", "। ", "? ", "! "] {
            if let range = text.range(of: stop), range.lowerBound < end { end = range.lowerBound }
        }
        var sentence = String(text[..<end])
        if sentence.count > 100 {
            let window = sentence.prefix(120)
            let clause = [" — ", "; ", ", "].compactMap { window.range(of: $0, options: .backwards)?.lowerBound }
                .filter { window.distance(from: window.startIndex, to: $0) >= 40 }.max()
            let cut = sentence.prefix(100)
            sentence = String(clause.map { window[..<$0] } ?? cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        } else if end != text.endIndex {
            sentence += fullStop
        }
        return sentence
    }
}
