import PetrogradCore

/// Every room one `host` process holds, their database, and the door: a `hello` names a room by its code,
/// and an address that gets codes wrong too often is kept out for a while.
public actor Classroom {
    public nonisolated let store: RoomStore
    /// The program's version, which clients must match.
    public nonisolated let program: String
    private var rooms: [String: Room] = [:]
    private var wrongCodes = AttemptLimiter(limit: 5, window: .seconds(60))

    public init(store: RoomStore, program: String) {
        self.store = store
        self.program = program
    }

    /// Opens a new room for a compiled scenario, with a fresh code, and stores it. The teacher's key is
    /// returned only here.
    public func openRoom(scenario: Scenario, files: [SourceFile], branches: [[SourceFile]] = [], seed: UInt64? = nil,
                         entry: String? = nil) async throws -> (room: Room, teacherKey: Secret) {
        var generator = SystemRandomNumberGenerator()
        var code = RoomCode.random(using: &generator)
        let taken = Set(try store.roomCodes())
        while rooms[code.value] != nil || taken.contains(code.value) { code = RoomCode.random(using: &generator) }
        let opened = try await Room.create(code: code, scenario: scenario, files: files, branches: branches,
                                           seed: seed ?? generator.next(), entry: entry, program: program, store: store)
        rooms[code.value] = opened.0
        return (opened.0, opened.teacherKey)
    }

    /// What became of one stored room on `--resume`.
    public struct Reopened: Sendable {
        public var code: String
        public var scenarioID: String
        /// The room, or why it could not be reopened.
        public var result: Result<Room, ReopenError>
    }

    public struct ReopenError: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Reopens every stored room (those not open already), replaying each log through the simulation on the
    /// files stored with it. `compile` compiles a room's stored files (the caller finds any earlier act).
    public func reopenStoredRooms(compile: @Sendable (StoredRoom) -> Result<Scenario, ReopenError>) async throws -> [Reopened] {
        var reopened: [Reopened] = []
        for code in try store.roomCodes() where rooms[code] == nil {
            guard let stored = try store.room(code) else { continue }
            let result: Result<Room, ReopenError>
            switch compile(stored) {
            case .failure(let error):
                result = .failure(error)
            case .success(let scenario):
                do throws(ReopenError) {
                    let room = try await Room.reopen(stored, scenario: scenario, program: program, store: store)
                    rooms[code] = room
                    result = .success(room)
                } catch {
                    result = .failure(error)
                }
            }
            reopened.append(Reopened(code: code, scenarioID: stored.scenarioID, result: result))
        }
        return reopened
    }

    /// The open room with this code.
    public func room(_ code: RoomCode) -> Room? {
        rooms[code.value]
    }

    /// Every open room, by code.
    public var openRooms: [Room] {
        rooms.keys.sorted().compactMap { rooms[$0] }
    }

    /// The room a `hello` names, or why not: an unknown code counts against the address, and an address
    /// with too many wrong codes in the last minute is refused whatever it sends.
    func admit(code typed: String, from address: String) -> Result<Room, ProtocolError> {
        let now = ContinuousClock.now
        guard !wrongCodes.isLimited(address, at: now) else {
            return .failure(ProtocolError(.rateLimited, "too many wrong room codes from this address; wait a minute"))
        }
        guard let code = RoomCode(typed: typed), let room = rooms[code.value] else {
            wrongCodes.note(address, at: now)
            return .failure(ProtocolError(.wrongCode, "there is no room '\(typed.prefix(16))' here; check the code on the teacher's screen"))
        }
        return .success(room)
    }
}

/// Counts failed attempts per address within a sliding window.
struct AttemptLimiter {
    let limit: Int
    let window: Duration
    private var attempts: [String: [ContinuousClock.Instant]] = [:]

    init(limit: Int, window: Duration) {
        self.limit = limit
        self.window = window
    }

    func isLimited(_ address: String, at now: ContinuousClock.Instant) -> Bool {
        (attempts[address] ?? []).filter { now - $0 < window }.count >= limit
    }

    mutating func note(_ address: String, at now: ContinuousClock.Instant) {
        var recent = (attempts[address] ?? []).filter { now - $0 < window }
        recent.append(now)
        attempts[address] = recent
        // Forget addresses whose attempts are all old, so the table stays small.
        if attempts.count > 10_000 { attempts = attempts.filter { $0.value.contains { now - $0 < window } } }
    }
}
