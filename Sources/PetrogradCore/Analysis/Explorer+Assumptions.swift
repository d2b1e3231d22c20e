extension Explorer {
    /// The events with an `assumes` line in any of their outcomes: only their steps are checked.
    func eventsWithAssumptions() -> [Int] {
        scenario.events.indices.filter { index in
            let event = scenario.events[index]
            return !event.fired.assumptions.isEmpty || !(event.otherwise?.assumptions.isEmpty ?? true)
                || event.replacements.contains { !$0.outcome.assumptions.isEmpty }
        }
    }

    /// The first `assumes` line that is false in `state` among the outcomes that `events` shows. A text
    /// shows once its step is over, in the state the step leaves (after its own effects and those of the
    /// other events decided with it), so that is where what it takes for granted must hold.
    func brokenAssumption(in events: [GameEvent], state: GameState) -> Finding.Kind? {
        for event in events {
            let outcome: WorldEventRecord.Outcome
            let index: Int
            switch event {
            case .worldEvent(let number, let otherwise): (index, outcome) = (number, otherwise ? .otherwise : .fired)
            case .worldEventReplaced(let number, let replacement): (index, outcome) = (number, .replaced(replacement))
            default: continue
            }
            guard let shown = event.eventOutcome(in: scenario) else { continue }
            for assumption in shown.assumptions where !Self.holds(assumption.condition, in: state) {
                return .brokenAssumption(event: index, outcome: outcome, assumption: assumption)
            }
        }
        return nil
    }

    /// The same for the step `action` from `before` to `after`, when it decided one of `events` (the
    /// events with assumptions). Which outcome showed is read from the event's status, except for an
    /// event that branches replace: then the step is taken again with its events made. Steps that decide
    /// none of them cost nothing more.
    func brokenAssumption(from before: GameState, to after: GameState, action: Action, outcome: Int?, events: [Int]) -> Finding.Kind? {
        for index in events where before.world.events[index] == .pending {
            let event = scenario.events[index]
            let shown: (outcome: WorldEventRecord.Outcome, assumptions: [Assumption])
            switch after.world.events[index] {
            case .pending, .lapsed: continue
            case .otherwise: shown = (.otherwise, event.otherwise?.assumptions ?? [])
            case .fired:
                guard event.replacements.isEmpty else {
                    guard case .success(let transition) = simulation.apply(action, to: before, outcome: outcome) else { return nil }
                    return brokenAssumption(in: transition.events, state: transition.state)
                }
                shown = (.fired, event.fired.assumptions)
            }
            for assumption in shown.assumptions where !Self.holds(assumption.condition, in: after) {
                return .brokenAssumption(event: index, outcome: shown.outcome, assumption: assumption)
            }
        }
        return nil
    }

    /// Whether a condition holds for the world of `state`; one that cannot be worked out (division by
    /// zero) is the runtime error's business, not this check's.
    static func holds(_ condition: Expression, in state: GameState) -> Bool {
        ((try? condition.evaluate(in: WorldEnvironment(world: state.world))) ?? 1) != 0
    }

    /// What a finding about a broken assumption is known by, so each line is reported once.
    static func key(_ kind: Finding.Kind) -> String? {
        guard case .brokenAssumption(_, _, let assumption) = kind else { return nil }
        return "assumes \(assumption.location)"
    }
}
