import Foundation
@testable import PetrogradClassroom
import PetrogradCore
import Testing

/// A room driven in-process, through the same calls the server makes, with the database underneath.
@Suite(.timeLimit(.minutes(1))) struct RoomTests {
    /// Seats a new student and returns their inbox, seat and token.
    func seat(_ harness: Harness, name: String, role: String) async throws -> (inbox: Inbox, seat: Int, token: String) {
        let inbox = Inbox()
        guard case .hello(let hello) = harness.hello(name: name, role: role) else { throw CancellationError() }
        #expect(await harness.room.connect(hello, outbox: inbox.outbox) == nil)
        guard case .welcome(let welcome)? = await inbox.next(), let seat = welcome.seat, let token = welcome.token else {
            Issue.record("no welcome")
            throw CancellationError()
        }
        return (inbox, seat, token)
    }

    @Test func aStudentJoinsAndTheirChoiceIsAcknowledgedOnlyOnceStored() async throws {
        let harness = try await Harness()
        let asha = try await seat(harness, name: "Asha", role: "worker")
        #expect(asha.seat == 1)
        await harness.room.choose(from: asha.inbox.outbox, seq: 1, choice: "ask-neighbour")
        let action = try #require(await asha.inbox.nextAction())
        #expect(action.index == 2 && action.line == "p1 choose ask-neighbour")
        guard case .ack(let seq, let index)? = await asha.inbox.next(where: { if case .ack = $0 { true } else { false } }) else {
            Issue.record("no ack")
            return
        }
        #expect(seq == 1 && index == 2)
        let stored = try #require(try harness.store.room(harness.room.code.value))
        #expect(stored.log.map(\.line) == ["join worker Asha", "p1 choose ask-neighbour"])
        #expect(stored.seats.first?.tokenDigest == Secret(value: asha.token).digest)
    }

    @Test func aRepeatedSeqGetsTheSameAnswerAndNoSecondLine() async throws {
        let harness = try await Harness()
        let asha = try await seat(harness, name: "Asha", role: "worker")
        await harness.room.choose(from: asha.inbox.outbox, seq: 1, choice: "ask-neighbour")
        _ = await asha.inbox.next(where: { if case .ack = $0 { true } else { false } })
        await harness.room.choose(from: asha.inbox.outbox, seq: 1, choice: "ask-neighbour")
        #expect(await asha.inbox.next() == .ack(seq: 1, index: 2))
        #expect(await harness.room.game.log.count == 2)
    }

    @Test func aWrongChoiceIsRefusedWithItsReason() async throws {
        let harness = try await Harness()
        let asha = try await seat(harness, name: "Asha", role: "worker")
        await harness.room.choose(from: asha.inbox.outbox, seq: 1, choice: "fly-away")
        guard case .refused(let seq, let reason, _)? = await asha.inbox.next(where: { if case .refused = $0 { true } else { false } }) else {
            Issue.record("no refusal")
            return
        }
        #expect(seq == 1 && reason == .noSuchChoice)
    }

    @Test func aPausedRoomRefusesChoicesUntilResumed() async throws {
        let harness = try await Harness()
        let asha = try await seat(harness, name: "Asha", role: "worker")
        try await harness.room.pause()
        await harness.room.choose(from: asha.inbox.outbox, seq: 1, choice: "ask-neighbour")
        #expect(await asha.inbox.next(where: { if case .refused = $0 { true } else { false } })
                == .refused(seq: 1, reason: .paused, message: "the teacher has paused the game"))
        try await harness.room.resume()
        await harness.room.choose(from: asha.inbox.outbox, seq: 2, choice: "ask-neighbour")
        #expect(await asha.inbox.next(where: { if case .ack = $0 { true } else { false } }) == .ack(seq: 2, index: 2))
    }

    @Test func aKickedSeatIsToldItsTokenRevokedAndALateJoinerOfItsRoleTakesIt() async throws {
        let harness = try await Harness()
        let asha = try await seat(harness, name: "Asha", role: "worker")
        let ravi = try await seat(harness, name: "Ravi", role: "soldier")
        try await harness.room.kick(seat: asha.seat)
        #expect(await asha.inbox.next(where: { $0 == .kicked }) == .kicked)
        #expect(await asha.inbox.next() == nil)
        // The old token no longer opens the seat.
        let returning = Inbox()
        let refused = await harness.room.connect(.init(program: Harness.program, code: harness.room.code.value, token: asha.token), outbox: returning.outbox)
        #expect(refused?.code == .badToken)
        let meena = try await seat(harness, name: "Meena", role: "worker")
        #expect(meena.seat == 1)
        let log = await harness.room.game.log.map(\.description)
        #expect(log == ["join worker Asha", "join soldier Ravi", "p1 leave", "p1 name Meena", "p1 back"])
        #expect(ravi.seat == 2)
    }

    @Test func aMovedSeatPassesToTheNamedStudent() async throws {
        let harness = try await Harness()
        let asha = try await seat(harness, name: "Asha", role: "worker")
        let token = try await harness.room.move(seat: 1, to: "Meena Devi")
        #expect(token.value.count == 32)
        #expect(await asha.inbox.next(where: { $0 == .kicked }) == .kicked)
        let meena = try await seat(harness, name: "meena devi", role: "soldier")
        #expect(meena.seat == 1)
        #expect(await harness.room.game.names == ["Meena Devi"])
        #expect(await harness.room.game.log.map(\.description) == ["join worker Asha", "p1 name Meena Devi"])
    }

    @Test func rewindGoesBackChoicesAndEveryoneIsTold() async throws {
        let harness = try await Harness()
        let asha = try await seat(harness, name: "Asha", role: "worker")
        await harness.room.choose(from: asha.inbox.outbox, seq: 1, choice: "ask-neighbour")
        _ = await asha.inbox.next(where: { if case .ack = $0 { true } else { false } })
        let before = await harness.room.game.state
        let target = try await harness.room.rewind(steps: 1)
        #expect(target == 1)
        let told = try #require(await asha.inbox.nextAction())
        #expect(told.line == "rewind 1" && told.index == 3)
        #expect(await harness.room.game.state != before)
        await #expect(throws: RoomError.nothingToRewind(steps: 1, choices: 0)) { try await harness.room.rewind(steps: 1) }
    }

    @Test func theTimerTakesTheDefaultChoiceForASeatThatDoesNotChoose() async throws {
        let harness = try await Harness()
        let asha = try await seat(harness, name: "Asha", role: "worker")
        try await harness.room.setTimer(seconds: 1)
        let told = try #require(await asha.inbox.nextAction())
        #expect(told.line == "p1 timeout")
        let stored = try #require(try harness.store.room(harness.room.code.value))
        #expect(stored.timer == 1 && stored.log.last?.line == "p1 timeout")
    }

    @Test func endTakesEverySeatToAnEnding() async throws {
        let harness = try await Harness()
        _ = try await seat(harness, name: "Asha", role: "worker")
        _ = try await seat(harness, name: "Ravi", role: "soldier")
        try await harness.room.end()
        let seats = await harness.room.seats()
        #expect(seats.allSatisfy { $0.isFinished })
        #expect(await harness.room.isEnded)
    }

    @Test func theWaitingSeatsAreThoseHoldingTheClockBack() async throws {
        let harness = try await Harness()
        let asha = try await seat(harness, name: "Asha", role: "worker")
        _ = try await seat(harness, name: "Ravi", role: "soldier")
        await harness.room.choose(from: asha.inbox.outbox, seq: 1, choice: "sleep")
        _ = await asha.inbox.next(where: { if case .ack = $0 { true } else { false } })
        let game = await harness.room.game
        let expected = game.simulation.holdingBack(in: game.state).map { $0 + 1 }
        #expect(await harness.room.waiting() == expected)
    }

    @Test func theRoomIsFullAtSixtySeats() async throws {
        let harness = try await Harness()
        for number in 1...Room.seatLimit {
            _ = try await seat(harness, name: "Student \(number)", role: "worker")
        }
        let late = Inbox()
        let error = await harness.room.connect(.init(program: Harness.program, code: harness.room.code.value, name: "Late", role: "duma"), outbox: late.outbox)
        #expect(error?.code == .roomFull)
    }

    @Test func aRoomComesBackFromItsDatabaseExactly() async throws {
        let path = temporaryDatabasePath()
        let harness = try await Harness(path: path)
        let asha = try await seat(harness, name: "Asha", role: "worker")
        _ = try await seat(harness, name: "Ravi", role: "soldier")
        await harness.room.choose(from: asha.inbox.outbox, seq: 1, choice: "ask-neighbour")
        _ = await asha.inbox.next(where: { if case .ack = $0 { true } else { false } })
        try await harness.room.pause()
        let before = await harness.room.game

        let classroom = Classroom(store: try RoomStore(path: path), program: Harness.program)
        let reopened = try await classroom.reopenStoredRooms { stored in
            Compiler.compile(stored.files.map(\.sourceFile)).scenario.map { .success($0) } ?? .failure(.init(description: "does not compile"))
        }
        let room = try #require(try reopened.first?.result.get())
        #expect(await room.game.state == before.state)
        #expect(await room.game.log == before.log)
        #expect(await room.isPaused)
        // The seat's token still opens it, and a repeat of its last seq gets the same ack.
        let back = Inbox()
        #expect(await room.connect(.init(program: Harness.program, code: room.code.value, token: asha.token), outbox: back.outbox) == nil)
        guard case .welcome(let welcome)? = await back.next() else {
            Issue.record("no welcome")
            return
        }
        #expect(welcome.seat == 1 && welcome.log == before.log.map(\.description))
        await room.choose(from: back.outbox, seq: 1, choice: "ask-neighbour")
        #expect(await back.next(where: { if case .ack = $0 { true } else { false } }) == .ack(seq: 1, index: 3))
    }

    @Test func rewindStepsCountChoicesThatStillStand() {
        let log: [Action] = [.join(role: "worker"), .choose(player: 1, choice: "a"), .choose(player: 1, choice: "b"), .rewind(to: 2),
                             .join(role: "duma"), .choose(player: 1, choice: "c")]
        #expect(Room.logCount(goingBack: 1, in: log) == 5)
        #expect(Room.logCount(goingBack: 2, in: log) == 1)
        #expect(Room.logCount(goingBack: 3, in: log) == nil)
        #expect(Room.choiceCount(in: log) == 2)
    }
}
