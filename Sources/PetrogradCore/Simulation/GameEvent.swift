/// What happened during a step, in order, for a front end to show. The engine never prints.
public enum GameEvent: Hashable, Sendable {
    /// A player entered a scene.
    case sceneEntered(player: Int, scene: Int)
    /// A chosen outcome's text (after a roll, or the only outcome).
    case outcome(player: Int, choice: Int, outcome: Int)
    /// A variable changed; `player` is nil for world variables. `limited` when it stopped at its range.
    case variableChanged(player: Int?, variable: VariableReference, from: Int, to: Int, limited: Bool)
    /// A world event fired (`otherwise` false) or took its other outcome (`otherwise` true).
    case worldEvent(event: Int, otherwise: Bool)
    /// A world event happened as a branch rewrote it: `replacement` indexes the event's replacements.
    case worldEventReplaced(event: Int, replacement: Int)
    /// A journal line, for one player or (nil) everyone.
    case journal(player: Int?, text: LocalizedText, at: Moment)
    /// A player reached an ending.
    case endingReached(player: Int, ending: Int)
    /// A chance was rolled.
    case rolled(player: Int, value: Int)
    /// A player had to wait for the others to catch up.
    case waiting(player: Int, until: Moment)
    /// What became of a world event, for the record: how it went, when it really happened and what the
    /// city's values were then. It comes just before the event's effects; an event that lapses has only this.
    case worldEventDecided(WorldEventRecord)
    /// Who sits at the table changed: the player joined, left, came back or passed the seat to someone else.
    case seatChanged(player: Int)
    /// The player's time to decide ran out, and this choice (an index into `Scenario.choices`) was taken.
    case timedOut(player: Int, choice: Int)
    /// The game went back to how it was after the first `logCount` lines of its log.
    case rewound(logCount: Int)
}

/// Why an action was refused.
public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    case noSuchPlayer(Int)
    case finished(player: Int)
    case noSuchChoice(String)
    case unavailable(String)
    case alreadyTaken(String)
    /// A forced outcome that the choice does not have.
    case noSuchOutcome(choice: String, outcome: Int)
    /// The player is ahead of the world's clock and waits for the others.
    case waiting(player: Int, until: Moment)
    case runtime(RuntimeError)
    /// The player has left the table; they must come back before they choose.
    case absent(player: Int)
    /// A `join` names a role the scenario does not have.
    case noSuchRole(String)
    /// The table is full.
    case tableFull(limit: Int)
    /// A seat change that changes nothing (leaving twice, coming back while present).
    case seatUnchanged(player: Int)
    /// A `rewind` to a line the log does not have.
    case noSuchLogLine(Int)
    /// A rewind needs the log, which only `Game` keeps.
    case needsLog

    /// The refusal in words, with a date as a story in the Old Style shows it.
    public var description: String { description(storyCalendar: .old) }

    /// The refusal in words, with a date as a story written in `storyCalendar` shows it.
    public func description(storyCalendar: CalendarKind) -> String {
        switch self {
        case .noSuchPlayer(let player): "there is no player \(player)"
        case .finished(let player): "player \(player) has reached an ending"
        case .noSuchChoice(let id): "there is no choice '\(id)' here"
        case .unavailable(let id): "choice '\(id)' is not available now"
        case .alreadyTaken(let id): "choice '\(id)' can be taken only once"
        case .noSuchOutcome(let id, let outcome): "choice '\(id)' has no chance outcome \(outcome)"
        case .waiting(let player, let until): "player \(player) waits for the others to reach \(DateFormatting.dayForReaders(until, storyCalendar: storyCalendar))"
        case .runtime(let error): error.description
        case .absent(let player): "player \(player) has left the table"
        case .noSuchRole(let role): "there is no role '\(role)'"
        case .tableFull(let limit): "the table is full (\(limit) players)"
        case .seatUnchanged(let player): "player \(player)'s seat is already so"
        case .noSuchLogLine(let line): "the log has no line \(line) to go back to"
        case .needsLog: "going back needs the game's log"
        }
    }
}

extension GameEvent {
    /// For a world event that happened: the outcome that did (its own, its `otherwise`, or a branch's).
    public func eventOutcome(in scenario: Scenario) -> EventOutcome? {
        switch self {
        case .worldEvent(let index, let otherwise):
            otherwise ? scenario.events[index].otherwise : scenario.events[index].fired
        case .worldEventReplaced(let index, let replacement):
            scenario.events[index].replacements[replacement].outcome
        default:
            nil
        }
    }
}
