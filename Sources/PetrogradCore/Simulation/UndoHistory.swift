/// What `undo` can take back: the last ``UndoHistory/depth`` changes to a game, newest last.
///
/// A turn is kept as a ``Game/Checkpoint`` (the state and the lengths of the log and journal), so the
/// history of a long game holds no copy of its log: undoing cuts the game's own log back. Only a change
/// that replaces the whole game (loading a save, reloading the scenario) keeps the game it replaced.
public struct UndoHistory: Sendable {
    /// How many changes can be undone, one after another. Older ones are forgotten.
    public static let depth = 100

    /// One change that can be undone.
    enum Entry: Sendable {
        /// A turn: the game before it, as a checkpoint of the same game.
        case turn(Game.Checkpoint)
        /// The whole game was replaced (a load or a reload): the game before.
        case replacement(Game)
    }

    private(set) var entries: [Entry] = []

    public init() {}

    /// How many changes can be undone now.
    public var count: Int { entries.count }

    /// Remembers where the game stood before a turn that was then taken (`checkpoint` is the game's
    /// checkpoint from before the turn).
    public mutating func recordTurn(from checkpoint: Game.Checkpoint) {
        append(.turn(checkpoint))
    }

    /// Remembers a game that is about to be replaced by another.
    public mutating func recordReplacement(of game: Game) {
        append(.replacement(game))
    }

    /// Takes the last change back; false when there is nothing to undo.
    public mutating func undo(_ game: inout Game) -> Bool {
        switch entries.popLast() {
        case nil: return false
        case .turn(let checkpoint)?: game.rewind(to: checkpoint)
        case .replacement(let previous)?: game = previous
        }
        return true
    }

    private mutating func append(_ entry: Entry) {
        entries.append(entry)
        if entries.count > Self.depth { entries.removeFirst(entries.count - Self.depth) }
    }
}
