import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// The game prompt at a class table (`join`), driven in-process: the table here is one room kept in
/// memory and moved by the real simulation, as the server moves it, so what the screen shows can be
/// checked line by line without a network.
@Suite struct ClassTableSessionTests {
    /// One room, in memory: the authoritative game, and what the seat at the prompt has not yet taken.
    final class RoomInMemory: GameTable {
        var game: Game
        let seat: Int
        var queued: [TableArrival] = []
        var isPaused = false

        init(game: Game, seat: Int) {
            self.game = game
            self.seat = seat
        }

        func choose(_ choice: String) -> TableAnswer {
            if isPaused { return .refused(reason: "paused", message: "the room is paused") }
            switch perform(.choose(player: seat, choice: choice)) {
            case .failure(let refusal): return .refused(reason: "unavailable", message: refusal.description)
            case .success: return .accepted(index: game.log.count)
            }
        }

        func arrivals(waitingUpTo seconds: Double) -> [TableArrival] {
            defer { queued = [] }
            return queued
        }

        func close() {}

        /// An action of any seat or of the teacher, sent to the seat as the server sends it.
        @discardableResult
        func perform(_ action: Action) -> Result<[GameEvent], Refusal> {
            let result = game.perform(action)
            if case .success = result { queued.append(.action(index: game.log.count, action: action)) }
            return result
        }

        /// The other seat takes its default choices until the seat at the prompt no longer waits.
        func letOthersCatchUp() {
            while !game.simulation.waitedFor(by: seat - 1, in: game.state).isEmpty, let turn = game.simulation.turn(in: game.state), turn != seat - 1,
                  let choice = game.simulation.defaultChoice(for: turn, in: game.state) {
                perform(.choose(player: turn + 1, choice: game.scenario.choices[choice].id))
            }
        }
    }

    /// Lines typed at the prompt, each after something that happens in the room first.
    struct RoomScript: LineReader {
        var steps: [(before: () -> Void, line: String)]
        var completionProvider: CompletionProvider?

        mutating func readLine(prompt: String) -> LineReadResult {
            guard !steps.isEmpty else { return .endOfInput }
            let step = steps.removeFirst()
            step.before()
            return .line(step.line)
        }

        mutating func addHistory(_ line: String) {}
    }

    /// A room of the small March act: a worker (seat 1) and a soldier (seat 2, at the prompt), who joined
    /// as students do; the soldier's day starts a day later, so the soldier waits for the worker at first.
    static func room() throws -> RoomInMemory {
        let scenario = try #require(try ScenarioLoader(library: Support.library).load(Support.smallScenario).get().compilation.scenario)
        var (game, _) = try Game.start(scenario, roles: [], seed: 1917).get()
        _ = try game.perform(.join(role: "worker", name: "Asha")).get()
        _ = try game.perform(.join(role: "soldier", name: "Ravi")).get()
        return RoomInMemory(game: game, seat: 2)
    }

    static func play(_ room: RoomInMemory, language: String, _ steps: [(before: () -> Void, line: String)]) -> String {
        var shown: [String] = []
        let session = GameSession(game: room.game, language: language, width: 80, saves: SaveStore(directory: "/nonexistent/petrograd-test"),
                                  program: "test", output: { shown.append($0) })
        session.sit(at: room, seat: room.seat, paused: false, timerSeconds: nil, waitsForTurnBeforeReading: false)
        session.announceTable(room: "ABC234")
        var reader = RoomScript(steps: steps)
        session.run(reader: &reader, openingEvents: [])
        return shown.joined(separator: "\n")
    }

    @Test func aSeatThatWaitsIsToldForWhomAndGetsItsTurnWhenTheOthersCatchUp() throws {
        let room = try Self.room()
        let output = Self.play(room, language: "en", [
            ({}, "1"),
            ({ room.letOthersCatchUp() }, "status"),
            ({}, "quit"),
        ])
        #expect(output.contains("Class game, room ABC234: you are seat 2 of 2."))
        #expect(output.contains("Waiting for: Asha."))
        #expect(output.contains("The others have caught up: it is your turn."))
        // The worker's own scenes are not shown to the soldier.
        #expect(!output.contains("Women crowd the mill yard"))
        #expect(room.game.log.count > 2, "the worker took choices")
        #expect(output.contains("You left the class game; your seat stays yours."))
    }

    @Test(arguments: ["en", "hi"])
    func undoSaveAndLoadAreAnsweredKindlyAndNothingIsSaved(language: String) throws {
        let room = try Self.room()
        room.letOthersCatchUp()
        let hindi = language == "hi"
        let output = Self.play(room, language: language, [
            ({}, hindi ? "वापस" : "undo"), ({}, hindi ? "सहेजो" : "save"), ({}, hindi ? "खोलो" : "load"), ({}, hindi ? "दोबारा" : "reload"),
            ({}, hindi ? "बाहर" : "quit"),
        ])
        if hindi {
            #expect(output.contains("कक्षा के खेल में पीछे सिर्फ़ शिक्षक ले जा सकते हैं।"))
            #expect(output.contains("कक्षा का खेल शिक्षक की मशीन पर रखा जाता है"))
            #expect(output.contains("कक्षा के खेल की कहानी शिक्षक के पास है"))
        } else {
            #expect(output.contains("In a class game only the teacher can go back (rewind)."))
            #expect(output.contains("A class game is kept on the teacher's machine: there is nothing to save or load"))
            #expect(output.contains("In a class game the story is the teacher's: it cannot be reloaded here."))
        }
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/petrograd-test"))
    }

    @Test(arguments: ["en", "hi"])
    func theTeachersWordsPauseTimerAndRewindAreShownInTheSeatsLanguage(language: String) throws {
        let room = try Self.room()
        room.letOthersCatchUp()
        let caughtUp = room.game.log.count
        // What the room does shows at the next prompt: each happening comes with a line that only reads.
        let output = Self.play(room, language: language, [
            ({ room.queued.append(.said("Read the order carefully.", toYou: false)) }, "journal"),
            ({ room.isPaused = true; room.queued.append(.room(paused: true, timerSeconds: 120)) }, "journal"),
            ({}, "1"),
            ({ room.isPaused = false; room.queued.append(.room(paused: false, timerSeconds: 120)) }, "journal"),
            ({}, "1"),
            ({ room.perform(.rewind(to: caughtUp)) }, "journal"),
            ({}, "quit"),
        ])
        let hindi = language == "hi"
        #expect(output.contains(hindi ? "शिक्षक कहते हैं: Read the order carefully." : "The teacher says: Read the order carefully."))
        #expect(output.contains(hindi ? "शिक्षक ने खेल रोक दिया है।" : "The teacher has paused the game."))
        #expect(output.contains(hindi ? "हर चुनाव के लिए तुम्हारे पास 2 मिनट है" : "you have 2 minutes for each choice"))
        #expect(output.contains(hindi ? "खेल फिर चल पड़ा है।" : "The game goes on."))
        #expect(output.contains(hindi ? "शिक्षक पूरी कक्षा को पहले के एक पल पर वापस ले गए हैं।" : "The teacher took the class back to an earlier moment."))
        // The choice made while paused was not sent; the one after was, and the rewind took it back.
        #expect(room.game.log.filter { if case .choose(2, _, _) = $0 { true } else { false } }.count == 1)
        #expect(room.game.log.last == .rewind(to: caughtUp))
    }

    @Test func aTimedOutChoiceIsNamedToTheSeat() throws {
        let room = try Self.room()
        room.letOthersCatchUp()
        let output = Self.play(room, language: "en", [
            ({ room.perform(.timeOut(player: 2)) }, "journal"),
            ({}, "quit"),
        ])
        #expect(output.contains("Your time ran out; the game chose for you: «"))
    }
}
