import PetrogradCore

/// One seat as the teacher's `seats` shows it.
public struct SeatSummary: Hashable, Sendable {
    /// Counting from 1 (the log's `pN`).
    public var number: Int
    public var name: String?
    /// The role's id.
    public var role: String
    /// The seat's scene id, or the ending's id once finished.
    public var at: String
    /// Present at the table (not left or kicked).
    public var isPresent: Bool
    /// A client holds the seat now.
    public var isConnected: Bool
    /// The seat reached an ending.
    public var isFinished: Bool
    /// Ahead of the world's clock, waiting for others.
    public var isWaiting: Bool
    /// It is this seat's turn by the clock rules (`Simulation.turn`).
    public var hasTurn: Bool
    /// Seconds left on its decision clock, when the timer runs for it.
    public var secondsLeft: Int?
}
