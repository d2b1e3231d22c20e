import PetrogradCore

/// Everything the teacher's dashboard shows of a room, taken at one moment so the page is consistent.
struct RoomSnapshot: Sendable {
    var code: RoomCode
    var game: Game
    var seats: [SeatSummary]
    /// Seats (from 1) holding the world's clock back while others wait.
    var holdingBack: [Int]
    var isPaused: Bool
    var timerSeconds: Int?
    var isEnded: Bool
}

extension Room {
    /// The room as the dashboard shows it now.
    func snapshot() -> RoomSnapshot {
        RoomSnapshot(code: code, game: game, seats: seatSummaries(), holdingBack: waiting(), isPaused: isPaused,
                     timerSeconds: timerSeconds, isEnded: isEnded)
    }
}
