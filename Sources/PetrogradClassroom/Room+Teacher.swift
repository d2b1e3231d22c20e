import Foundation
import PetrogradCore

/// The teacher's controls, called in-process by the teacher's console (and by `control` frames carrying
/// the teacher's key). Each returns once its change is committed and everyone has been told.
extension Room {
    /// Every seat, in order.
    public func seatSummaries() -> [SeatSummary] {
        let turn = game.simulation.turn(in: game.state)
        let now = ContinuousClock.now
        return game.state.players.indices.map { index in
            let player = game.state.players[index]
            let at = switch player.position {
            case .scene(let scene): scenario.scenes[scene].id
            case .ending(let ending): scenario.endings[ending].id
            }
            let secondsLeft = deadlines[index].map { deadline in
                max(0, Int((deadline - now).components.seconds))
            }
            return SeatSummary(number: index + 1, name: game.names[index], role: scenario.roles[player.role].id, at: at,
                               isPresent: !player.isAbsent, isConnected: seatStates.indices.contains(index) && seatStates[index].connection != nil,
                               isFinished: !player.isActive, isWaiting: player.time > game.state.world.clock, hasTurn: turn == index,
                               secondsLeft: secondsLeft)
        }
    }

    /// `seats`: every seat, in order.
    public func seats() -> [SeatSummary] { seatSummaries() }

    /// `waiting`: the seats (counting from 1) holding the world's clock back while others wait.
    public func waiting() -> [Int] {
        game.simulation.holdingBack(in: game.state).map { $0 + 1 }
    }

    /// `pause`: no one may choose until `resume`; the decision clocks stop.
    public func pause() async throws(RoomError) {
        try await setPaused(true)
    }

    /// `resume`: choosing goes on; decision clocks start afresh.
    public func resume() async throws(RoomError) {
        try await setPaused(false)
    }

    private func setPaused(_ paused: Bool) async throws(RoomError) {
        guard isPaused != paused else { return }
        isPaused = paused
        refreshDeadlines()
        try await commitAndAnnounceRoom()
    }

    /// `say TEXT`: words to everyone, or to one seat.
    public func say(_ text: String, to seat: Int? = nil) throws(RoomError) {
        let frame = ServerFrame.say(text: text, to: seat)
        if let seat {
            guard seatStates.indices.contains(seat - 1) else { throw .noSuchSeat(seat) }
            seatStates[seat - 1].connection?.send(frame)
            for (outbox, holder) in connections where holder == nil { outbox.send(frame) }
        } else {
            broadcast(frame)
        }
    }

    /// `timer 2m` (`seconds: 120`) or `timer off` (nil): each seat whose turn it is by the clock rules gets
    /// this long to choose; when it runs out the room takes `pN timeout` for it.
    public func setTimer(seconds: Int?) async throws(RoomError) {
        timerSeconds = seconds.map { max(1, $0) }
        deadlines = [:]
        refreshDeadlines()
        try await commitAndAnnounceRoom()
    }

    /// `kick N`: the seat leaves (`pN leave`), its token is revoked and its client told and closed. The seat
    /// is free for a late joiner of its role.
    public func kick(seat number: Int) async throws(RoomError) {
        guard seatStates.indices.contains(number - 1) else { throw .noSuchSeat(number) }
        seatStates[number - 1].tokenDigest = nil
        seatStates[number - 1].reservedFor = nil
        let change: Int
        if game.state.players[number - 1].isAbsent {
            change = enqueue([seatChange(number)])
        } else {
            switch record(.leave(player: number)) {
            case .failure(let refusal): throw .refused(refusal)
            case .success(let recorded): change = recorded
            }
            enqueue([seatChange(number)])
        }
        disconnectSeat(number, telling: .kicked)
        try await wait(for: change)
        announceRoom()
    }

    /// `move N NAME`: the seat passes to another student (`pN name NAME`). The old student's token is
    /// revoked and their client told; the new token is returned, and the seat waits for a student who
    /// joins with that name.
    @discardableResult
    public func move(seat number: Int, to name: String) async throws(RoomError) -> Secret {
        guard seatStates.indices.contains(number - 1) else { throw .noSuchSeat(number) }
        guard let name = StudentName.checked(name) else { throw .badName }
        let token = Secret.random()
        let change: Int
        switch record(.rename(player: number, name: name)) {
        case .failure(let refusal): throw .refused(refusal)
        case .success(let recorded): change = recorded
        }
        seatStates[number - 1].tokenDigest = token.digest
        seatStates[number - 1].reservedFor = name
        enqueue([seatChange(number)])
        disconnectSeat(number, telling: .kicked)
        try await wait(for: change)
        announceRoom()
        return token
    }

    /// `rewind N`: the room goes back N choices (timeouts and `end` count as one each); every seat stays
    /// seated. Returns the log count it went back to.
    @discardableResult
    public func rewind(steps: Int) async throws(RoomError) -> Int {
        let target = Self.logCount(goingBack: steps, in: game.log)
        guard let target else { throw .nothingToRewind(steps: steps, choices: Self.choiceCount(in: game.log)) }
        switch record(.rewind(to: target)) {
        case .failure(let refusal): throw .refused(refusal)
        case .success(let change):
            // Going back past an `end` opens the game again.
            if isEnded, !Self.standsOnEnd(game.log) {
                isEnded = false
                refreshDeadlines()
                enqueue([roomStateChange])
            }
            try await wait(for: change)
        }
        return target
    }

    /// `end`: every seat plays on by its default choices to an ending and its debrief.
    public func end() async throws(RoomError) {
        guard !isEnded else { throw .ended }
        switch record(.end) {
        case .failure(let refusal): throw .refused(refusal)
        case .success(let change):
            isEnded = true
            refreshDeadlines()
            enqueue([roomStateChange])
            try await wait(for: change)
        }
    }

    /// `save FILE`: the room's game as a save document, written where the teacher says (never a path from
    /// the network).
    public func save(to path: String) throws(RoomError) {
        let data = SaveDocument(game: game, program: program).encoded()
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .saveFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Follows the room as an observer does (every committed line, the teacher's words, the room's state),
    /// in-process: for the teacher's console. Stop with ``stopWatching(_:)``.
    public func watch() -> Outbox {
        let outbox = Outbox()
        connections[outbox] = .some(nil)
        return outbox
    }

    public func stopWatching(_ outbox: Outbox) {
        connections[outbox] = nil
        outbox.close()
    }

    // MARK: Helpers

    func wait(for change: Int) async throws(RoomError) {
        do {
            try await committed(change)
        } catch let error as RoomError {
            throw error
        } catch {
            throw .storage(String(describing: error))
        }
    }

    private func commitAndAnnounceRoom() async throws(RoomError) {
        let change = enqueue([roomStateChange])
        try await wait(for: change)
        announceRoom()
    }

    /// Closes the connection holding a seat, telling it why.
    func disconnectSeat(_ number: Int, telling frame: ServerFrame?) {
        guard let outbox = seatStates[number - 1].connection else { return }
        if let frame { outbox.send(frame) }
        outbox.close()
        seatStates[number - 1].connection = nil
        connections[outbox] = nil
    }

    /// The log count that `rewind` by `steps` choices goes back to: walking back over the lines that
    /// still count (a rewind's undone lines are skipped), to just before the `steps`-th choice from the end.
    static func logCount(goingBack steps: Int, in log: [Action]) -> Int? {
        guard steps >= 1 else { return nil }
        var position = log.count
        var remaining = steps
        while position > 0 {
            let action = log[position - 1]
            switch action {
            case .rewind(let count):
                position = count
                continue
            case .choose, .timeOut, .end:
                remaining -= 1
                if remaining == 0 { return position - 1 }
            default:
                break
            }
            position -= 1
        }
        return nil
    }

    /// Whether the game, after its rewinds, stands on an `end`.
    static func standsOnEnd(_ log: [Action]) -> Bool {
        var position = log.count
        while position > 0 {
            switch log[position - 1] {
            case .rewind(let target):
                position = target
                continue
            case .end: return true
            default: position -= 1
            }
        }
        return false
    }

    /// How many choices the room's game stands on now (after its rewinds).
    static func choiceCount(in log: [Action]) -> Int {
        var position = log.count
        var count = 0
        while position > 0 {
            switch log[position - 1] {
            case .rewind(let target):
                position = target
                continue
            case .choose, .timeOut, .end: count += 1
            default: break
            }
            position -= 1
        }
        return count
    }
}
