extension Step {
    /// Starts the world at an entry point: every world event whose window closed before the entry's
    /// moment counts as having happened as in history. None shows a text or has an effect (the entry's
    /// own lines give the world as those events left it), but each is recorded as decided, and its
    /// journal lines are written with the event's own date, so the journal reads whole.
    mutating func begin(at entry: Entry) throws(RuntimeError) {
        for event in storage.scenario.eventOrder where state.world.events[event] == .pending {
            let definition = storage.scenario.events[event]
            guard definition.end < entry.moment else { continue }
            state.world.events[event] = .fired
            guard recordsEvents else { continue }
            let moment = definition.start
            events.append(.worldEventDecided(WorldEventRecord(event: event, outcome: .fired, happened: moment, heard: moment,
                                                              world: state.world.values)))
            for line in try journalLines(of: definition.fired.effects) {
                let fixed = TextRendering.resolvingValues(line, scenario: storage.scenario, state: state, player: nil)
                events.append(.journal(player: nil, text: fixed, at: moment))
            }
        }
    }

    /// The journal lines among effects, those inside conditional effects as the world now decides them.
    private func journalLines(of effects: [Effect]) throws(RuntimeError) -> [LocalizedText] {
        var lines: [LocalizedText] = []
        for effect in effects {
            switch effect {
            case .journal(let text):
                lines.append(text)
            case .conditional(let branches):
                for branch in branches {
                    if let condition = branch.condition, try condition.evaluate(in: WorldEnvironment(world: state.world)) == 0 { continue }
                    lines += try journalLines(of: branch.effects)
                    break
                }
            default:
                break
            }
        }
        return lines
    }
}
