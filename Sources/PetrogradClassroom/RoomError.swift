import PetrogradCore

/// Why a teacher's command to a room was not carried out. The teacher's console says it in the teacher's
/// language; ``description`` is English, for logs.
public enum RoomError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The room has no seat with this number.
    case noSuchSeat(Int)
    /// The game refused the action.
    case refused(Refusal)
    /// `rewind` further back than the room's choices go.
    case nothingToRewind(steps: Int, choices: Int)
    /// The game has been ended.
    case ended
    /// A name that cannot be a seat's (1–40 characters, no control characters).
    case badName
    /// The database could not store the change.
    case storage(String)
    /// The save could not be written.
    case saveFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .noSuchSeat(let seat): "there is no seat \(seat)"
        case .refused(let refusal): refusal.description
        case .nothingToRewind(let steps, let choices): "cannot go back \(steps) choices; the room has made \(choices)"
        case .ended: "the game has ended"
        case .badName: "a name is 1 to \(StudentName.limit) characters, without control characters"
        case .storage(let reason): "the room's database could not store it: \(reason)"
        case .saveFailed(let path, let reason): "could not write \(path): \(reason)"
        }
    }
}
