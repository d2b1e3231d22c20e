/// A condition in words a player can read, in English or Hindi: "Courage at least 6 (you have 3)",
/// "हिम्मत कम से कम 6 (अभी 3)". Variables are named by their labels; counts by the choice or the place they
/// count; dates by `formatDate`. A variable without a label is hidden from players, so its id is never
/// shown: such a part is said in general words ("something you did earlier"). Anything the words cannot
/// say plainly (arithmetic, two variables compared) falls back to naming what it depends on.
///
/// `not` is pushed inwards (`not (a and b)` reads "not a, or not b"), so the words never nest a negation.
public struct ConditionWording {
    /// Whether the values shown are the ones now (a locked choice) or the ones then (a past event).
    public enum Tense: Sendable {
        case now
        case then
    }

    let scenario: Scenario
    let isHindi: Bool
    let language: String
    let tense: Tense
    let formatDate: (Moment) -> String
    let value: ((VariableReference) -> Int)?

    /// Words in `language` (`hi`, or English for any other), with each variable's value from `value` beside
    /// it when given, said as now or then.
    public init(scenario: Scenario, language: String, tense: Tense = .now, formatDate: @escaping (Moment) -> String,
                value: ((VariableReference) -> Int)? = nil) {
        self.scenario = scenario
        self.language = language
        isHindi = language == "hi"
        self.tense = tense
        self.formatDate = formatDate
        self.value = value
    }

    /// The condition in words.
    public func words(_ condition: Expression) -> String {
        phrase(condition, negated: false)
    }

    private func phrase(_ expression: Expression, negated: Bool) -> String {
        switch expression {
        case .and(let a, let b):
            return join(phrase(a, negated: negated), phrase(b, negated: negated), both: !negated)
        case .or(let a, let b):
            return join(phrase(a, negated: negated), phrase(b, negated: negated), both: negated)
        case .not(let operand):
            return phrase(operand, negated: !negated)
        case .constant(let number):
            return (number != 0) != negated ? (isHindi ? "हमेशा" : "always") : (isHindi ? "कभी नहीं" : "never")
        case .before(let moment):
            return negated ? fromOn(moment) : before(moment)
        case .notBefore(let moment):
            return negated ? before(moment) : fromOn(moment)
        case .visited(let scene):
            return visitedWords(scene, yes: !negated)
        case .variable(let reference):
            return comparison(reference, negated ? .equal : .notEqual, 0)
        case .compare(let comparison, .variable(let reference), .constant(let number)):
            return self.comparison(reference, negated ? comparison.negated : comparison, number)
        case .compare(let comparison, .constant(let number), .variable(let reference)):
            let mirrored = comparison.mirrored
            return self.comparison(reference, negated ? mirrored.negated : mirrored, number)
        case .compare, .negate, .arithmetic:
            return fallback(expression)
        }
    }

    private func join(_ a: String, _ b: String, both: Bool) -> String {
        a + (both ? (isHindi ? " और " : " and ") : (isHindi ? " या " : " or ")) + b
    }

    private func before(_ moment: Moment) -> String {
        isHindi ? formatDate(moment) + " से पहले" : "before " + formatDate(moment)
    }

    private func fromOn(_ moment: Moment) -> String {
        isHindi ? formatDate(moment) + " या उसके बाद" : "from " + formatDate(moment) + " on"
    }

    // MARK: Variables

    /// `variable comparison number` in words.
    private func comparison(_ reference: VariableReference, _ comparison: Expression.Comparison, _ number: Int) -> String {
        let variable = scenario.variable(reference)
        if let counted = countWords(reference, comparison, number) { return counted }
        guard !variable.label.isEmpty else { return hidden(reference.scope) }
        let label = text(variable.label)
        if variable.type == .flag {
            let yes = comparison.holds(1, number), no = comparison.holds(0, number)
            guard yes != no else { return yes ? (isHindi ? "हमेशा" : "always") : (isHindi ? "कभी नहीं" : "never") }
            return label + ": " + yesNo(yes) + annotation(reference, flag: true)
        }
        return label + " " + bound(comparison, number) + annotation(reference, flag: false)
    }

    /// "at least 6", "कम से कम 6".
    private func bound(_ comparison: Expression.Comparison, _ number: Int) -> String {
        switch (comparison, isHindi) {
        case (.greaterOrEqual, false): "at least \(number)"
        case (.lessOrEqual, false): "at most \(number)"
        case (.greater, false): "more than \(number)"
        case (.less, false): "less than \(number)"
        case (.equal, false): "exactly \(number)"
        case (.notEqual, false): "not \(number)"
        case (.greaterOrEqual, true): "कम से कम \(number)"
        case (.lessOrEqual, true): "ज़्यादा से ज़्यादा \(number)"
        case (.greater, true): "\(number) से ज़्यादा"
        case (.less, true): "\(number) से कम"
        case (.equal, true): "ठीक \(number)"
        case (.notEqual, true): "\(number) के सिवा"
        }
    }

    /// The value beside a variable: " (you have 3)", " (it was 60)", " (अभी 3)".
    private func annotation(_ reference: VariableReference, flag: Bool) -> String {
        guard let value else { return "" }
        let number = value(reference)
        let shown = flag ? yesNo(number != 0) : String(number)
        switch (tense, isHindi) {
        case (.now, false): return reference.scope == .player && !flag ? " (you have \(shown))" : " (now \(shown))"
        case (.then, false): return " (it was \(shown))"
        case (.now, true): return " (अभी \(shown))"
        case (.then, true): return " (तब \(shown))"
        }
    }

    /// A hidden variable: what kind of thing it is, never its id.
    private func hidden(_ scope: VariableScope) -> String {
        switch (scope, isHindi) {
        case (.player, false): "something you did earlier"
        case (.player, true): "पहले की तुम्हारी कोई बात"
        case (.world, false): "how things stand in the city"
        case (.world, true): "शहर की हालत"
        }
    }

    /// A count of visits or of a choice taken, named by the place or the choice's own words.
    private func countWords(_ reference: VariableReference, _ comparison: Expression.Comparison, _ number: Int) -> String? {
        guard reference.scope == .player else { return nil }
        if let choice = scenario.choices.firstIndex(where: { $0.takenCounter == reference }) {
            let quoted = "“" + text(scenario.choices[choice].text) + "”"
            // `taken X` is `count > 0`; its negation `count = 0`.
            if number == 0, comparison == .greater || comparison == .notEqual {
                return isHindi ? "तुमने " + quoted + " चुना हो" : "you have chosen " + quoted
            }
            if number == 0, comparison == .equal || comparison == .lessOrEqual {
                return isHindi ? "तुमने " + quoted + " न चुना हो" : "you have not chosen " + quoted
            }
            return isHindi ? quoted + " चुनने की गिनती " + bound(comparison, number) + annotation(reference, flag: false)
                : "times you chose " + quoted + ": " + bound(comparison, number) + annotation(reference, flag: false)
        }
        if let scene = scenario.scenes.firstIndex(where: { $0.visitCounter == reference }) {
            let place = placeName(scene)
            return isHindi ? place + " में जाने की गिनती " + bound(comparison, number) + annotation(reference, flag: false)
                : "visits to " + place + ": " + bound(comparison, number) + annotation(reference, flag: false)
        }
        return nil
    }

    private func visitedWords(_ scene: Int, yes: Bool) -> String {
        let place = placeName(scene)
        switch (yes, isHindi) {
        case (true, false): return "you have been to " + place
        case (false, false): return "you have not been to " + place
        case (true, true): return "तुम " + place + " जा चुके हो"
        case (false, true): return "तुम " + place + " नहीं गए हो"
        }
    }

    /// A scene as a player knows it: its place, and its date when it has one; or else "an earlier scene".
    private func placeName(_ scene: Int) -> String {
        let definition = scenario.scenes[scene]
        var parts: [String] = []
        if let place = definition.place { parts.append(text(scenario.places[place].name)) }
        if let moment = definition.moment { parts.append(formatDate(moment)) }
        if parts.isEmpty { return isHindi ? "कहानी की एक पिछली जगह" : "an earlier part of the story" }
        return parts.count == 1 ? parts[0] : parts[0] + " (" + parts[1] + ")"
    }

    /// What the words cannot say plainly: what it depends on, by label, hidden parts said generally.
    private func fallback(_ expression: Expression) -> String {
        var names: [String] = []
        for reference in expression.variables {
            let variable = scenario.variable(reference)
            let name = variable.label.isEmpty ? hidden(reference.scope) : text(variable.label) + annotation(reference, flag: variable.type == .flag)
            if !names.contains(name) { names.append(name) }
        }
        if names.isEmpty { return isHindi ? "एक शर्त" : "a condition" }
        return (isHindi ? "इन पर निर्भर एक शर्त: " : "a condition on ") + names.joined(separator: ", ")
    }

    // MARK: Helpers

    private func text(_ localized: LocalizedText) -> String {
        TextRendering.text(localized, language: language, fallback: scenario.languages.first).text
    }

    private func yesNo(_ value: Bool) -> String { isHindi ? (value ? "हाँ" : "नहीं") : (value ? "yes" : "no") }
}
