/// Where a player stands: in a scene, or at an ending (finished).
public enum Position: Hashable, Sendable {
    case scene(Int)
    case ending(Int)
}

/// One player's part of the state.
public struct PlayerState: Hashable, Sendable {
    public var role: Int
    public var position: Position
    /// The player's own time: the time of their scene, moved on by `advance`.
    public var time: Moment
    public var values: [Int]
    public var visited: BitSet
    /// `once` choices this player has taken.
    public var usedChoices: BitSet
    /// The player has left the table (or was sent away): their seat holds no one back and takes no turn.
    public var isAbsent = false

    /// Whether the player is still playing.
    public var isActive: Bool {
        if case .scene = position { return true }
        return false
    }
}

/// How far a world event has got.
public enum EventStatus: UInt8, Hashable, Sendable {
    case pending
    case fired
    case otherwise
    /// The window closed with the condition false and no `otherwise`.
    case lapsed
}

/// The shared world: its variables, its clock and its events.
public struct WorldState: Hashable, Sendable {
    public var values: [Int]
    public var clock: Moment
    public var events: [EventStatus]
}

/// The whole state of a game: exactly what decides its future, and nothing else (the action log and the
/// journal live beside it, in `Game`). Two paths that reach the same situation are the same state.
public struct GameState: Hashable, Sendable {
    public var world: WorldState
    public var players: [PlayerState]
    public var random: RandomSource
}
