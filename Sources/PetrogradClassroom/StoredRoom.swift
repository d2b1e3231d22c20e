import Foundation

/// A room as the database keeps it: its set-up (the scenario's own files, so it can go on even after the
/// files on disk change), its seats with their tokens' digests, and its log.
public struct StoredRoom: Hashable, Sendable {
    public struct Seat: Hashable, Sendable {
        public var number: Int
        public var name: String?
        public var role: String
        public var tokenDigest: String?
        public var left: Bool
    }

    public struct Line: Hashable, Sendable {
        /// The line's 1-based place in the log.
        public var index: Int
        public var line: String
        /// The seat whose `choose` it was, with that frame's seq (so a repeat after a restart gets the same ack).
        public var seat: Int?
        public var seq: Int?
    }

    public var code: String
    public var scenarioID: String
    public var scenarioHash: String
    public var files: [ServerFrame.FileText]
    public var branches: [[ServerFrame.FileText]]
    public var seed: UInt64
    public var entry: String?
    public var teacherKeyDigest: String
    public var created: Date
    public var paused: Bool
    public var timer: Int?
    public var ended: Bool
    public var seats: [Seat] = []
    public var log: [Line] = []
}

/// One change to the stored rooms; a batch of them is written in one transaction.
enum StoreChange: Sendable {
    case createRoom(StoredRoom)
    case line(room: String, StoredRoom.Line)
    case seat(room: String, StoredRoom.Seat)
    case roomState(room: String, paused: Bool, timer: Int?, ended: Bool)
    case teacherKey(room: String, digest: String)
}
