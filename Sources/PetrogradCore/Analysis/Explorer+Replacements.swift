extension Explorer {
    /// How often a world event that branches replace took each of its outcomes: each branch's
    /// replacement, its own outcome, and its `otherwise`. Exhaustive search counts transitions (distinct
    /// steps between distinct states), random play counts games.
    public struct ReplacedEventCount: Sendable, Equatable {
        public var event: Int
        /// One count per replacement, in the order of `WorldEvent.replacements`.
        public var replacements: [Int]
        public var own = 0
        public var otherwise = 0
    }

    /// A count at zero for each event that a branch replaces, in scenario order.
    func replacedEventCounts() -> [ReplacedEventCount] {
        scenario.events.indices.filter { !scenario.events[$0].replacements.isEmpty }.map {
            ReplacedEventCount(event: $0, replacements: Array(repeating: 0, count: scenario.events[$0].replacements.count))
        }
    }

    /// Whether a step from `before` to `after` settled one of the counted events: only then are its
    /// events worth making, so exploration keeps its fast path everywhere else.
    static func settlesCounted(_ counts: [ReplacedEventCount], from before: GameState, to after: GameState) -> Bool {
        counts.contains { before.world.events[$0.event] == .pending && after.world.events[$0.event] != .pending }
    }

    /// Adds the outcomes of the counted events among `events`.
    static func count(_ events: [GameEvent], into counts: inout [ReplacedEventCount]) {
        for event in events {
            switch event {
            case .worldEventReplaced(let index, let replacement):
                if let slot = counts.firstIndex(where: { $0.event == index }) { counts[slot].replacements[replacement] += 1 }
            case .worldEvent(let index, let otherwise):
                if let slot = counts.firstIndex(where: { $0.event == index }) {
                    if otherwise { counts[slot].otherwise += 1 } else { counts[slot].own += 1 }
                }
            default:
                break
            }
        }
    }

    /// Counts what the step `action` from `state` did to the counted events, by taking it again with its
    /// events made.
    func countStep(_ action: Action, from state: GameState, outcome: Int?, into counts: inout [ReplacedEventCount]) {
        if case .success(let transition) = simulation.apply(action, to: state, outcome: outcome) {
            Self.count(transition.events, into: &counts)
        }
    }
}
