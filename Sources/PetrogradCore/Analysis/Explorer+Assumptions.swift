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
    /// other events decided with it), so that is where what it takes for granted must hold. A condition
    /// that cannot be worked out (division by zero) is the runtime error's business, not this check's.
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
            for assumption in shown.assumptions {
                let holds = (try? assumption.condition.evaluate(in: WorldEnvironment(world: state.world))).map { $0 != 0 } ?? true
                if !holds { return .brokenAssumption(event: index, outcome: outcome, assumption: assumption) }
            }
        }
        return nil
    }

    /// The same for the step `action` from `before` to `after`, when it decided one of `events` (the
    /// events with assumptions): the step is taken again with its events made, to know which outcome
    /// showed. Steps that decide none of them cost nothing more.
    func brokenAssumption(from before: GameState, to after: GameState, action: Action, outcome: Int?, events: [Int]) -> Finding.Kind? {
        guard events.contains(where: { before.world.events[$0] == .pending && after.world.events[$0] != .pending }),
              case .success(let transition) = simulation.apply(action, to: before, outcome: outcome) else { return nil }
        return brokenAssumption(in: transition.events, state: transition.state)
    }

    /// What a finding about a broken assumption is known by, so each line is reported once.
    static func key(_ kind: Finding.Kind) -> String? {
        guard case .brokenAssumption(_, _, let assumption) = kind else { return nil }
        return "assumes \(assumption.location)"
    }
}
