import PetrogradCore

/// The ending shown again, the city set beside history, the journal's dates and what a locked choice needs.
extension GameSession {
    /// `ending`: the ending, the debrief and the summary again; before the end, says so.
    func showEnding() {
        guard case .ending(let ending) = game.state.players[player].position else {
            write(vocabulary.endingNotYet)
            return
        }
        emit(endingPieces(ending))
    }

    /// The ending's text, its debrief, and the city beside history.
    func endingPieces(_ ending: Int) -> [Piece] {
        let definition = scenario.endings[ending]
        var pieces: [Piece] = [.blank, .heading(vocabulary.endingHeading), .paragraph(render(definition.text))]
        if let debrief = definition.debrief {
            pieces += [.heading(vocabulary.debriefHeading), .paragraph(render(debrief))]
        }
        if definition.historians != nil { pieces.append(.paragraph(vocabulary.historiansHint)) }
        return pieces + historyPieces()
    }

    /// "Your city and history": the world events as in history, then those that went otherwise, each with
    /// its date and why; then the city's numbers at the end.
    func historyPieces() -> [Piece] {
        let comparison = HistoryComparison(game: game)
        guard !comparison.entries.isEmpty else { return [] }
        var pieces: [Piece] = [.heading(vocabulary.historyHeading)]
        for asHistory in [true, false] {
            let entries = comparison.entries.filter { $0.wentAsHistory == asHistory }
            guard !entries.isEmpty else { continue }
            pieces.append(.line(asHistory ? vocabulary.asInHistory : vocabulary.otherwiseInYourCity))
            for entry in entries {
                let name = HistoryComparison.name(of: entry.event, in: scenario, language: language)
                pieces.append(.line(hanging(vocabulary.shortDate(entry.date) + " — " + name, first: "  ", rest: "    ")))
                var notes: [String] = []
                switch entry.outcome {
                case .fired: break
                case .otherwise:
                    if let instead = HistoryComparison.otherwiseName(of: entry.event, in: scenario, language: language) {
                        notes.append(vocabulary.instead(instead))
                    }
                case .replaced(let branch, _): notes.append(vocabulary.changedByBranch(branch))
                case .lapsed: notes.append(vocabulary.didNotHappen)
                case .notReached: notes.append(vocabulary.notReached)
                }
                if let reason = comparison.reason(for: entry, in: scenario, language: language, formatDate: vocabulary.shortDate) {
                    let held = entry.outcome == .fired || { if case .replaced = entry.outcome { true } else { false } }()
                    notes.append(vocabulary.why(reason, held: held))
                }
                for note in notes { pieces.append(.line(hanging(note, first: "    ", rest: "      "))) }
            }
        }
        let numbers = scenario.worldVariables.indices.filter { !scenario.worldVariables[$0].label.isEmpty && scenario.worldVariables[$0].type == .number }
        if !numbers.isEmpty {
            let values = numbers.map { render(scenario.worldVariables[$0].label) + " " + String(comparison.finalWorld[$0]) }
            pieces.append(.line(hanging(vocabulary.cityAtTheEnd + " " + values.joined(separator: ", "), first: "", rest: "  ")))
        }
        return pieces
    }

    /// Text wrapped to the screen with a first-line indent and a deeper one after.
    private func hanging(_ text: String, first: String, rest: String) -> String {
        let lines = TextWrapper(width: width - rest.count).lines(wrapping: text)
        return lines.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }.joined(separator: "\n")
    }

    /// A journal line: its date, its text, and when it was heard if later.
    func journalLine(_ entry: Game.JournalEntry) -> String {
        var line = vocabulary.date(entry.moment) + ": " + render(entry.text)
        if let heard = entry.heard { line += " " + vocabulary.heard(heard) }
        return line
    }

    /// What a locked choice needs, in words with this player's values; nil when it has no condition to say
    /// (its trouble is then shown as a problem).
    func lockedNeeds(_ option: Simulation.ChoiceOption) -> String? {
        guard option.problem == nil, let condition = scenario.choices[option.choice].guardCondition else { return nil }
        return wording(values: true).words(condition)
    }

    /// The locked marker for the menu, with what the choice needs when that is short enough to fit.
    func lockedMarker(for option: Simulation.ChoiceOption) -> String {
        guard option.problem == nil, let condition = scenario.choices[option.choice].guardCondition else { return vocabulary.lockedMarker }
        let words = wording(values: false).words(condition)
        return DisplayWidth.columns(of: words) <= 40 ? vocabulary.lockedMarker(needing: words) : vocabulary.lockedMarker
    }

    private func wording(values: Bool) -> ConditionWording {
        let state = game.state, player = self.player
        let value: ((VariableReference) -> Int)? = values ? { reference in
            reference.scope == .world ? state.world.values[reference.index] : state.players[player].values[reference.index]
        } : nil
        return ConditionWording(scenario: scenario, language: language, formatDate: vocabulary.shortDate, value: value)
    }
}
