import PetrogradCore

/// The students' side of a room: a connection says `hello` (a new seat, a seat taken back by its token, or
/// watching), then sends `choose` frames, which are answered with `ack` once stored or `refused`.
extension Room {
    /// Seats a connection (or lets it watch) and sends it its welcome; an error says why not.
    func connect(_ hello: ClientFrame.Hello, outbox: Outbox) async -> ProtocolError? {
        if hello.watch {
            connections[outbox] = .some(nil)
            sendWelcome(welcome(seat: nil, token: nil), to: outbox)
            return nil
        }
        let token: Secret
        let number: Int
        var changes: [Int] = []
        if let presented = hello.token {
            let digest = Secret(value: presented).digest
            guard let index = seatStates.firstIndex(where: { $0.tokenDigest == digest }) else {
                return ProtocolError(.badToken, "this token belongs to no seat in room \(code); join again without it to take a new seat")
            }
            token = Secret(value: presented)
            number = index + 1
            if game.state.players[index].isAbsent, case .success(let change) = record(.comeBack(player: number)) {
                changes.append(change)
                changes.append(enqueue([seatChange(number)]))
            }
        } else {
            guard let name = hello.name else {
                return ProtocolError(.badName, "a new seat needs the student's name (1 to \(StudentName.limit) characters)")
            }
            let roleIDs = scenario.roles.map(\.id)
            guard let role = hello.role, let roleIndex = scenario.roleIndex(role) else {
                return ProtocolError(.noSuchRole, "choose a role: " + roleIDs.joined(separator: ", "))
            }
            token = Secret.random()
            let players = game.state.players
            if let reserved = seatStates.indices.first(where: { seatStates[$0].reservedFor?.lowercased() == name.lowercased() }) {
                // The seat the teacher moved to this student.
                number = reserved + 1
                seatStates[reserved].reservedFor = nil
                if players[reserved].isAbsent, case .success(let change) = record(.comeBack(player: number)) { changes.append(change) }
            } else if let free = players.indices.first(where: { players[$0].isAbsent && players[$0].role == roleIndex && seatStates[$0].reservedFor == nil }) {
                // A seat of this role that someone left: the new student takes it over.
                number = free + 1
                if game.names[free] != name, case .success(let change) = record(.rename(player: number, name: name)) { changes.append(change) }
                if case .success(let change) = record(.comeBack(player: number)) { changes.append(change) }
            } else {
                guard players.count < Self.seatLimit else {
                    return ProtocolError(.roomFull, "room \(code) has all its \(Self.seatLimit) seats taken")
                }
                switch record(.join(role: role, name: name)) {
                case .failure(let refusal): return ProtocolError(.noSuchRole, refusal.description)
                case .success(let change):
                    changes.append(change)
                    number = game.state.players.count
                }
            }
            seatStates[number - 1].tokenDigest = token.digest
            changes.append(enqueue([seatChange(number)]))
        }
        do {
            for change in changes { try await committed(change) }
        } catch {
            return ProtocolError(.badFrame, "the room's database failed: \(error)")
        }
        if let old = seatStates[number - 1].connection, old != outbox {
            old.close()
            connections[old] = nil
        }
        seatStates[number - 1].connection = outbox
        connections[outbox] = .some(number)
        sendWelcome(welcome(seat: number, token: token.value), to: outbox)
        announceRoom()
        return nil
    }

    private func sendWelcome(_ welcome: ServerFrame.Welcome, to outbox: Outbox) {
        outbox.send(.welcome(welcome), text: ServerFrame.welcomeText(welcome, scenarioJSON: scenarioJSON))
    }

    private func welcome(seat: Int?, token: String?) -> ServerFrame.Welcome {
        let player = seat.map { game.state.players[$0 - 1] }
        return ServerFrame.Welcome(room: code.value, seat: seat, token: token, role: player.map { scenario.roles[$0.role].id },
                                   name: seat.flatMap { game.names[$0 - 1] }, scenarioID: scenario.id, scenarioHash: scenario.contentHash,
                                   files: files, branches: branches, seed: game.seed, roles: game.roles.map { scenario.roles[$0].id },
                                   entry: entryID, log: committedLog, paused: isPaused, timer: timerSeconds)
    }

    /// A seat's `choose`: a repeat of the last seq gets the same answer again; anything new is judged by the
    /// game and answered once stored.
    func choose(from outbox: Outbox, seq: Int, choice: String) {
        guard case .some(.some(let number)) = connections[outbox] else {
            outbox.send(.error(ProtocolError(.badFrame, "an observer cannot choose; join with a name and a role to take a seat")))
            return
        }
        let index = number - 1
        if seq == seatStates[index].lastSeq {
            if let reply = seatStates[index].lastReply { outbox.send(reply) }
            return
        }
        guard seq > seatStates[index].lastSeq else {
            outbox.send(.error(ProtocolError(.badFrame, "seq \(seq) is older than this seat's last (\(seatStates[index].lastSeq))")))
            return
        }
        seatStates[index].lastSeq = seq
        seatStates[index].lastReply = nil
        func refuse(_ reason: RefusalReason, _ message: String) {
            let reply = ServerFrame.refused(seq: seq, reason: reason, message: message)
            seatStates[index].lastReply = reply
            outbox.send(reply)
        }
        if isEnded { return refuse(.ended, "the teacher has ended the game") }
        if isPaused { return refuse(.paused, "the teacher has paused the game") }
        if case .failure(let refusal) = record(.choose(player: number, choice: choice), seat: number, seq: seq) {
            refuse(Self.reason(for: refusal), refusal.description(storyCalendar: scenario.calendar))
        }
    }

    static func reason(for refusal: Refusal) -> RefusalReason {
        switch refusal {
        case .waiting: .waiting
        case .finished: .finished
        case .absent: .absent
        case .noSuchChoice: .noSuchChoice
        default: .unavailable
        }
    }

    /// The teacher's controls over the network; the teacher's key is checked first.
    func control(from outbox: Outbox, _ control: ClientFrame.Control) async {
        guard isTeacherKey(control.key) else {
            outbox.send(.error(ProtocolError(.notTeacher, "this is not the teacher's key for room \(code)")))
            return
        }
        do throws(RoomError) {
            switch control.command {
            case .pause: try await pause()
            case .resume: try await resume()
            case .say: try say(control.text ?? "", to: control.seat)
            case .timer: try await setTimer(seconds: control.seconds.flatMap { $0 == 0 ? nil : $0 })
            case .kick: try await kick(seat: try required(control.seat))
            case .move: try await move(seat: try required(control.seat), to: control.name ?? "")
            case .rewind: try await rewind(steps: control.steps ?? 1)
            case .end: try await end()
            }
        } catch {
            outbox.send(.error(ProtocolError(.badFrame, error.description)))
        }
    }

    private func required(_ seat: Int?) throws(RoomError) -> Int {
        guard let seat else { throw .noSuchSeat(0) }
        return seat
    }

    /// A connection closed: its seat stays (the student may come back with the token), but no longer shows
    /// as connected.
    func disconnect(_ outbox: Outbox) {
        guard let holder = connections.removeValue(forKey: outbox) else { return }
        if let number = holder, seatStates[number - 1].connection == outbox {
            seatStates[number - 1].connection = nil
            announceRoom()
        }
    }
}
