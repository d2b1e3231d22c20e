import Foundation
import PetrogradCore

/// One class's game: the one authoritative `Game` (started with no players; every student arrives by
/// `join`), the seats and the connections that hold them, and the teacher's controls.
///
/// An actor, so every action is taken in one order. An action changes the game at once (so the next one
/// is judged against it), but no one hears of it, and no `ack` is sent, until the database has committed
/// it: the room's changes go to the store in order, one batch at a time, and are broadcast as each batch
/// is committed.
public actor Room {
    /// The most seats a room holds.
    public static let seatLimit = 60

    public nonisolated let code: RoomCode
    public nonisolated let scenario: Scenario
    nonisolated let files: [ServerFrame.FileText]
    nonisolated let branches: [[ServerFrame.FileText]]
    nonisolated let entryID: String?
    /// The program's version; a client of another version is told so and refused.
    public nonisolated let program: String
    let store: RoomStore
    /// The welcome's scenario part, encoded once.
    private(set) lazy var scenarioJSON: String = ServerFrame.scenarioJSON(ServerFrame.Welcome(
        room: code.value, seat: nil, token: nil, role: nil, name: nil, scenarioID: scenario.id, scenarioHash: scenario.contentHash,
        files: files, branches: branches, seed: 0, roles: [], entry: nil, log: [], paused: false, timer: nil))
    private(set) var teacherKeyDigest: String

    /// The game as the room has it, including actions not yet committed.
    public private(set) var game: Game
    var seatStates: [SeatState] = []
    var connections: [Outbox: Int?] = [:]
    public internal(set) var isPaused = false
    /// The decision clock in seconds, nil when off.
    public internal(set) var timerSeconds: Int?
    public internal(set) var isEnded = false
    var deadlines: [Int: ContinuousClock.Instant] = [:]
    var timerTask: Task<Void, Never>?

    // The way to the database: changes waiting to be written, and what is broadcast once they are.
    private var unwritten: [StoreChange] = []
    private var changeCount = 0
    private var committedChangeCount = 0
    private var committedLogCount = 0
    private var isFlushing = false
    private var announcements: [(change: Int, index: Int, line: String, ack: (seat: Int, seq: Int)?)] = []
    private var commitWaiters: [(change: Int, continuation: CheckedContinuation<Void, any Error>)] = []
    /// Set when the database refused a write: the room takes no more actions.
    public private(set) var storageFailure: String?

    /// What the room keeps of a seat beside the game: its token's digest, the last `choose` it sent and
    /// the answer, and a name it is kept for (after `move`, until that student arrives).
    struct SeatState {
        var tokenDigest: String?
        var lastSeq = 0
        var lastReply: ServerFrame?
        var connection: Outbox?
        var reservedFor: String?
    }

    init(code: RoomCode, scenario: Scenario, files: [ServerFrame.FileText], branches: [[ServerFrame.FileText]], entryID: String?,
         program: String, store: RoomStore, teacherKeyDigest: String, game: Game) {
        self.code = code
        self.scenario = scenario
        self.files = files
        self.branches = branches
        self.entryID = entryID
        self.program = program
        self.store = store
        self.teacherKeyDigest = teacherKeyDigest
        self.game = game
        committedLogCount = game.log.count
    }

    /// Opens a new room on a compiled scenario and stores it; the teacher's key is returned once and kept
    /// only as its digest.
    static func create(code: RoomCode, scenario: Scenario, files: [SourceFile], branches: [[SourceFile]], seed: UInt64, entry: String?,
                       program: String, store: RoomStore) async throws -> (Room, teacherKey: Secret) {
        var setup = Simulation.Setup()
        if let entry { setup.entry = scenario.entryIndex(entry) }
        let game: Game
        switch Game.start(scenario, roles: [], seed: seed, setup: setup) {
        case .success(let started): game = started.0
        case .failure(let error): throw RoomError.refused(.runtime(error))
        }
        let key = Secret.random()
        let fileTexts = files.map(ServerFrame.FileText.init)
        let branchTexts = branches.map { $0.map(ServerFrame.FileText.init) }
        let stored = StoredRoom(code: code.value, scenarioID: scenario.id, scenarioHash: scenario.contentHash, files: fileTexts,
                                branches: branchTexts, seed: seed, entry: entry, teacherKeyDigest: key.digest, created: Date(),
                                paused: false, timer: nil, ended: false)
        try await store.commit([.createRoom(stored)])
        let room = Room(code: code, scenario: scenario, files: fileTexts, branches: branchTexts, entryID: entry, program: program,
                        store: store, teacherKeyDigest: key.digest, game: game)
        return (room, key)
    }

    /// Reopens a stored room by replaying its log on `scenario` (compiled from the room's own stored files).
    static func reopen(_ stored: StoredRoom, scenario: Scenario, program: String, store: RoomStore) async throws(Classroom.ReopenError) -> Room {
        var setup = Simulation.Setup()
        if let entry = stored.entry { setup.entry = scenario.entryIndex(entry) }
        let actions = stored.log.map { Action(logLine: $0.line) }
        if let bad = actions.firstIndex(of: nil) {
            throw Classroom.ReopenError(description: "line \(bad + 1) of its log cannot be read: '\(stored.log[bad].line)'")
        }
        let game: Game
        switch Game.replay(scenario, roles: [], seed: stored.seed, log: actions.compactMap { $0 }, setup: setup) {
        case .success(let replayed): game = replayed
        case .failure(let error): throw Classroom.ReopenError(description: error.description)
        }
        let room = Room(code: RoomCode(typed: stored.code) ?? RoomCode(typed: "AAAAAA")!, scenario: scenario, files: stored.files,
                        branches: stored.branches, entryID: stored.entry, program: program, store: store,
                        teacherKeyDigest: stored.teacherKeyDigest, game: game)
        await room.restore(stored)
        return room
    }

    private func restore(_ stored: StoredRoom) {
        seatStates = game.state.players.indices.map { index in
            var seat = SeatState()
            seat.tokenDigest = stored.seats.first { $0.number == index + 1 }?.tokenDigest
            if let last = stored.log.last(where: { $0.seat == index + 1 && $0.seq != nil }), let seq = last.seq {
                seat.lastSeq = seq
                seat.lastReply = .ack(seq: seq, index: last.index)
            }
            return seat
        }
        isPaused = stored.paused
        timerSeconds = stored.timer
        isEnded = stored.ended
        refreshDeadlines()
    }

    // MARK: Recording actions

    /// Takes an action in the game and queues it (with any other changes) for the database. Nothing is
    /// told to anyone until it is committed. Returns the change's number, to wait for with ``committed(_:)``.
    func record(_ action: Action, seat: Int? = nil, seq: Int? = nil, also extra: [StoreChange] = []) -> Result<Int, Refusal> {
        if let storageFailure { return .failure(.unavailable("(the room's database failed: \(storageFailure))")) }
        switch game.perform(action) {
        case .failure(let refusal):
            return .failure(refusal)
        case .success:
            let index = game.log.count
            let line = action.description
            while seatStates.count < game.state.players.count { seatStates.append(SeatState()) }
            let change = enqueue([.line(room: code.value, StoredRoom.Line(index: index, line: line, seat: seq == nil ? nil : seat, seq: seq))] + extra)
            var ack: (seat: Int, seq: Int)?
            if let seat, let seq { ack = (seat: seat, seq: seq) }
            announcements.append((change: change, index: index, line: line, ack: ack))
            if let player = action.player, case .choose = action { deadlines[player - 1] = nil }
            if let player = action.player, case .timeOut = action { deadlines[player - 1] = nil }
            refreshDeadlines()
            return .success(change)
        }
    }

    /// Queues changes that are not log lines (a seat's token, the room's pause); returns the change's number.
    @discardableResult
    func enqueue(_ changes: [StoreChange]) -> Int {
        unwritten += changes
        changeCount += 1
        if !isFlushing {
            isFlushing = true
            Task { await self.flush() }
        }
        return changeCount
    }

    /// Waits until change `number` is committed; throws if the database failed.
    func committed(_ number: Int) async throws {
        if number <= committedChangeCount { return }
        if let storageFailure { throw RoomError.storage(storageFailure) }
        try await withCheckedThrowingContinuation { continuation in
            commitWaiters.append((number, continuation))
        }
    }

    private func flush() async {
        while !unwritten.isEmpty, storageFailure == nil {
            let batch = unwritten
            let covered = changeCount
            unwritten = []
            do {
                try await store.commit(batch)
                didCommit(upTo: covered)
            } catch {
                storageFailure = String(describing: error)
                for waiter in commitWaiters { waiter.continuation.resume(throwing: RoomError.storage(storageFailure!)) }
                commitWaiters = []
            }
        }
        isFlushing = false
    }

    private func didCommit(upTo number: Int) {
        committedChangeCount = number
        while let first = announcements.first, first.change <= number {
            announcements.removeFirst()
            committedLogCount = first.index
            broadcast(.action(index: first.index, line: first.line))
            if let ack = first.ack {
                let reply = ServerFrame.ack(seq: ack.seq, index: first.index)
                if seatStates.indices.contains(ack.seat - 1) {
                    // A later choice may already be on its way: every choice still gets its own ack.
                    if seatStates[ack.seat - 1].lastSeq == ack.seq { seatStates[ack.seat - 1].lastReply = reply }
                    seatStates[ack.seat - 1].connection?.send(reply)
                }
            }
        }
        let ready = commitWaiters.filter { $0.change <= number }
        commitWaiters.removeAll { $0.change <= number }
        for waiter in ready { waiter.continuation.resume() }
    }

    /// The log lines everyone has been told of (committed), for a welcome.
    var committedLog: [String] {
        game.log[..<committedLogCount].map(\.description)
    }

    // MARK: Telling people

    func broadcast(_ frame: ServerFrame) {
        let text = frame.text
        for outbox in connections.keys { outbox.send(frame, text: text) }
    }

    /// The seats held by a connection now, in order.
    var connectedSeats: [Int] {
        seatStates.indices.filter { seatStates[$0].connection != nil }.map { $0 + 1 }
    }

    func announceRoom() {
        broadcast(.room(paused: isPaused, timer: timerSeconds, connected: connectedSeats))
    }

    /// Whether `key` is this room's teacher's key.
    public func isTeacherKey(_ key: String) -> Bool {
        Secret(value: key.lowercased()).digest == teacherKeyDigest
    }

    /// A new teacher's key (the old one stops working): `host --resume` gives the teacher a fresh one,
    /// since only digests are kept.
    public func renewTeacherKey() async throws(RoomError) -> Secret {
        let key = Secret.random()
        teacherKeyDigest = key.digest
        try await wait(for: enqueue([.teacherKey(room: code.value, digest: key.digest)]))
        return key
    }

    var roomStateChange: StoreChange {
        .roomState(room: code.value, paused: isPaused, timer: timerSeconds, ended: isEnded)
    }

    func seatChange(_ number: Int) -> StoreChange {
        let player = game.state.players[number - 1]
        return .seat(room: code.value, StoredRoom.Seat(number: number, name: game.names[number - 1], role: scenario.roles[player.role].id,
                                                       tokenDigest: seatStates[number - 1].tokenDigest, left: player.isAbsent))
    }
}
