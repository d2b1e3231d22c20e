/// `assumes` (PG070): an event's texts may take for granted only what is known when they show.
///
/// What is known is what decided the outcome:
/// - the event's own outcome happens because its condition holds, so its `assumes` lines must follow
///   from the condition (an event without `if` happens in every world, so it may assume nothing);
/// - its `otherwise` happens because the condition was still false when the window closed: it knows
///   `not CONDITION`, which says nothing about which part failed; what differs between those worlds is
///   written in the text as `{if …}…{else}…{end}`, whose passages are shown only where their condition holds;
/// - a branch's outcome for the event (`in event`) happens because the branch's condition holds.
/// The proof is `Implication`'s: sound, never "guaranteed" wrongly. The parts it cannot prove are named
/// in words, as the game would say them.
extension Compiler {
    mutating func checkAssumptions(_ scenario: Scenario) {
        let implication = Implication(scenario: scenario)
        let wording = ConditionWording(scenario: scenario, language: "en",
                                       formatDate: { DateFormatting.forReaders($0, storyCalendar: scenario.calendar) })
        for event in scenario.events {
            let condition = event.condition
            let known = condition.map { "the event's condition (“\(wording.words($0))”)" } ?? "the event, which has no 'if' line and so happens in every world,"
            check(event.fired.assumptions, from: condition.map { [$0] } ?? [], subject: "the texts of event '\(event.id)'", known: known,
                  advice: "add what is missing to the event's 'if' line, or write each world's words as '{if …}…{else}…{end}' in the text and drop this 'assumes'",
                  implication, wording)
            if let otherwise = event.otherwise {
                let negation = condition.map { Expression.not($0) } ?? .constant(0)
                let knownOtherwise = "its 'otherwise', which shows when the condition was false as the window closed (“\(wording.words(negation))”),"
                check(otherwise.assumptions, from: [negation], subject: "the 'otherwise' texts of event '\(event.id)'", known: knownOtherwise,
                      advice: "write each world's words as '{if …}…{else}…{end}' in the text and drop this 'assumes'",
                      implication, wording)
            }
            for replacement in event.replacements {
                check(replacement.outcome.assumptions, from: [replacement.condition],
                      subject: "the texts of branch '\(replacement.branch)' for event '\(event.id)'",
                      known: "the branch's condition (“\(wording.words(replacement.condition))”)",
                      advice: "add what is missing to the block's 'if' line, or write each world's words as '{if …}…{else}…{end}' in the text and drop this 'assumes'",
                      implication, wording)
            }
        }
    }

    private mutating func check(_ assumptions: [Assumption], from hypotheses: [Expression], subject: String, known: String, advice: String,
                                _ implication: Implication, _ wording: ConditionWording) {
        for assumption in assumptions {
            let missing = implication.unproven(assumption.condition, from: hypotheses)
            guard !missing.isEmpty else { continue }
            diagnostics.append(Diagnostic(.assumptionNotGuaranteed(subject: subject, missing: missing.map { wording.words($0) }, known: known, advice: advice),
                                          at: assumption.location))
        }
    }
}
