import PetrogradCore

/// Everything the teacher's dashboard shows of a room, taken at one moment so the page is consistent.
public struct RoomSnapshot: Sendable {
    public var code: RoomCode
    public var game: Game
    public var seats: [SeatSummary]
    /// Seats (from 1) holding the world's clock back while others wait.
    public var holdingBack: [Int]
    public var isPaused: Bool
    public var timerSeconds: Int?
    public var isEnded: Bool
}

extension Room {
    /// The room as the dashboard shows it now.
    public func snapshot() -> RoomSnapshot {
        RoomSnapshot(code: code, game: game, seats: seatSummaries(), holdingBack: waiting(), isPaused: isPaused,
                     timerSeconds: timerSeconds, isEnded: isEnded)
    }
}
