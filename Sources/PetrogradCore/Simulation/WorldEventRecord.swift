/// What became of one world event in a game: which outcome happened, when it really happened in the world,
/// when the players learned of it, and the world's values as they stood when it was decided (before its
/// effects), so that a summary can say why.
public struct WorldEventRecord: Hashable, Sendable {
    /// Which of the event's outcomes happened.
    public enum Outcome: Hashable, Sendable {
        /// Its own outcome: the condition held.
        case fired
        /// Its `otherwise` outcome: the window closed with the condition false.
        case otherwise
        /// A branch's outcome in place of its own (an index into the event's replacements).
        case replaced(Int)
        /// Nothing: the window closed with the condition false and there is no `otherwise`.
        case lapsed
    }

    /// Index into `Scenario.events`.
    public var event: Int
    public var outcome: Outcome
    /// When it happened in the world: its date for `on`; within `between`, the moment the city was ready
    /// (never before the window opens nor after it closes); the close of the window for `otherwise`.
    public var happened: Moment
    /// The world's clock when the engine decided it, which is when the players learn of it; later than
    /// `happened` when the clock jumped past it.
    public var heard: Moment
    /// The world's variable values when it was decided, in `Scenario.worldVariables` order.
    public var world: [Int]

    public init(event: Int, outcome: Outcome, happened: Moment, heard: Moment, world: [Int]) {
        self.event = event
        self.outcome = outcome
        self.happened = happened
        self.heard = heard
        self.world = world
    }

    /// Whether the event went as in history: its own outcome happened.
    public var wentAsHistory: Bool { outcome == .fired }
}
