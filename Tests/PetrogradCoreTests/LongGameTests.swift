import Foundation
@testable import PetrogradCore
import Testing

/// Long games stay light: undo keeps checkpoints, not copies of the log, and an autosave appends each
/// turn to a sidecar that folds back into exactly the save a full write gives.
@Suite struct LongGameTests {
    static func scenario() throws -> Scenario {
        try checkedScenario(ScenarioGenerator.longSession)
    }

    static let wait = Action.choose(player: 1, choice: "wait")

    /// A game on the long-session scenario after `turns` turns.
    static func game(afterTurns turns: Int) throws -> Game {
        var game = try Game.start(try scenario(), roles: [0], seed: 7).get().0
        for _ in 0..<turns { _ = try game.perform(wait).get() }
        return game
    }

    // MARK: Undo

    @Test func undoGoesBackAHundredStepsAndEachStepIsExactlyTheGameAsItWas() throws {
        var game = try Self.game(afterTurns: 0)
        var history = UndoHistory()
        var earlier: [(state: GameState, log: [Action], journal: [Game.JournalEntry])] = []
        for _ in 0..<150 {
            earlier.append((game.state, game.log, game.journal))
            let before = game.checkpoint
            _ = try game.perform(Self.wait).get()
            history.recordTurn(from: before)
        }
        #expect(UndoHistory.depth >= 100)
        #expect(history.count == UndoHistory.depth)
        for steps in 1...UndoHistory.depth {
            let undone = history.undo(&game)
            #expect(undone)
            let then = earlier[150 - steps]
            // The state holds the text sequences' counters and the random generator: the text shown next is the same too.
            #expect(game.state == then.state, "after \(steps) undos")
            #expect(game.log == then.log, "after \(steps) undos")
            #expect(game.journal == then.journal, "after \(steps) undos")
        }
        let undoneAgain = history.undo(&game)
        #expect(!undoneAgain, "older steps are forgotten")
        #expect(game.log.count == 50)
    }

    @Test func aGameGoesOnFromAnUndoneStepAsIfTheUndoneTurnsHadNeverBeenTaken() throws {
        var game = try Self.game(afterTurns: 3)
        var history = UndoHistory()
        for _ in 0..<4 {
            let before = game.checkpoint
            _ = try game.perform(Self.wait).get()
            history.recordTurn(from: before)
        }
        let undoneTwice = history.undo(&game) && history.undo(&game)
        #expect(undoneTwice)
        _ = try game.perform(.choose(player: 1, choice: "leave")).get()
        var straight = try Self.game(afterTurns: 5)
        _ = try straight.perform(.choose(player: 1, choice: "leave")).get()
        #expect(SaveDocument(game: game, program: "test") == SaveDocument(game: straight, program: "test"))
    }

    @Test func undoingALoadGivesBackTheWholeGameItReplaced() throws {
        var game = try Self.game(afterTurns: 4)
        let before = game
        var history = UndoHistory()
        history.recordReplacement(of: game)
        game = try Self.game(afterTurns: 1)
        let undone = history.undo(&game)
        #expect(undone)
        #expect(game.state == before.state && game.log == before.log && game.journal == before.journal)
    }

    @Test func turnsKeptForUndoDoNotCopyTheLogOrTheJournal() throws {
        // When an undo step holds the log's storage, the next turn's append must copy the whole log to a
        // new place. When it does not, the log moves only as it grows, a few times in a thousand turns.
        var game = try Self.game(afterTurns: 0)
        var history = UndoHistory()
        var logMoves = 0, journalMoves = 0
        var logAddress = game.log.withUnsafeBufferPointer { $0.baseAddress }
        var journalAddress = game.journal.withUnsafeBufferPointer { $0.baseAddress }
        for _ in 0..<1_000 {
            let before = game.checkpoint
            _ = try game.perform(Self.wait).get()
            history.recordTurn(from: before)
            let newLog = game.log.withUnsafeBufferPointer { $0.baseAddress }
            let newJournal = game.journal.withUnsafeBufferPointer { $0.baseAddress }
            if newLog != logAddress { logMoves += 1 }
            if newJournal != journalAddress { journalMoves += 1 }
            logAddress = newLog
            journalAddress = newJournal
        }
        #expect(logMoves <= 20, "the log was copied \(logMoves) times in 1,000 turns")
        #expect(journalMoves <= 20, "the journal was copied \(journalMoves) times in 1,000 turns")
        #expect(history.entries.allSatisfy { if case .turn = $0 { true } else { false } }, "a turn is kept as a checkpoint")
    }

    // MARK: The sidecar

    /// The save written in full after `base` turns, and a sidecar with one record for each turn after
    /// it, up to `turns`; and the game after `turns` turns.
    static func sidecar(base: Int, turns: Int) throws -> (save: [UInt8], document: SaveDocument, sidecar: [UInt8], records: [[UInt8]], game: Game) {
        var game = try Self.game(afterTurns: base)
        let document = SaveDocument(game: game, program: "test")
        let save = Array(document.encoded())
        var records: [[UInt8]] = []
        for _ in base..<turns {
            let (logFrom, journalFrom) = (game.log.count, game.journal.count)
            _ = try game.perform(Self.wait).get()
            records.append(SaveSidecar.record(game, program: "test", logFrom: logFrom, journalFrom: journalFrom))
        }
        return (save, document, SaveSidecar.header(continuing: save) + records.joined(), records, game)
    }

    @Test func aSaveWithItsSidecarFoldedInIsByteForByteTheSaveOfTheGamePlayed() throws {
        let (save, document, sidecar, _, game) = try Self.sidecar(base: 3, turns: 12)
        let (folded, records) = SaveSidecar.fold(document, bytes: save, sidecar: sidecar)
        #expect(records == 9)
        #expect(folded.encoded() == SaveDocument(game: game, program: "test").encoded())
        // And the game goes on from it as the game played does.
        var continued = try folded.restore(in: try Self.scenario()).get().game
        var played = game
        _ = try continued.perform(Self.wait).get()
        _ = try played.perform(Self.wait).get()
        #expect(SaveDocument(game: continued, program: "test") == SaveDocument(game: played, program: "test"))
        #expect(continued.journal.last.map { TextRendering.plain($0.text.entries[0].template) }
            == played.journal.last.map { TextRendering.plain($0.text.entries[0].template) })
    }

    @Test func aLastRecordCutShortAnywhereIsIgnoredAndTheTurnsBeforeItAreKept() throws {
        let (save, document, sidecar, records, _) = try Self.sidecar(base: 2, turns: 6)
        let allButLast = try Self.sidecar(base: 2, turns: 5)
        let expected = SaveDocument(game: allButLast.game, program: "test")
        let lastStart = sidecar.count - records[records.count - 1].count
        for cut in lastStart..<sidecar.count {
            let (folded, count) = SaveSidecar.fold(document, bytes: save, sidecar: Array(sidecar[..<cut]))
            #expect(count == 3, "cut at byte \(cut)")
            #expect(folded == expected, "cut at byte \(cut)")
        }
    }

    @Test(arguments: ["garbage\n", "{\"from\":0} 0000000000000000\n", "\n", "\u{0}\u{0}\u{0}\u{0}\n"])
    func aGarbageLastRecordIsIgnored(garbage: String) throws {
        let (save, document, sidecar, _, game) = try Self.sidecar(base: 2, turns: 5)
        let (folded, count) = SaveSidecar.fold(document, bytes: save, sidecar: sidecar + Array(garbage.utf8))
        #expect(count == 3)
        #expect(folded == SaveDocument(game: game, program: "test"))
    }

    @Test func aDamagedRecordEndsTheTurnsReadAndARecordOutOfOrderIsNotFolded() throws {
        let (save, document, _, records, _) = try Self.sidecar(base: 2, turns: 6)
        let header = SaveSidecar.header(continuing: save)
        var damaged = records[1]
        damaged[damaged.count / 2] ^= 0x01
        #expect(SaveSidecar.fold(document, bytes: save, sidecar: header + records[0] + damaged + records[2]).records == 1)
        #expect(SaveSidecar.fold(document, bytes: save, sidecar: header + records[0] + records[2]).records == 1, "a turn left out")
        #expect(SaveSidecar.fold(document, bytes: save, sidecar: header + records[0] + records[0]).records == 1, "a turn twice")
    }

    @Test func aSidecarDamagedAnywhereFoldsToTheGameAfterTheTurnsBeforeTheDamage() throws {
        let (save, document, sidecar, _, _) = try Self.sidecar(base: 1, turns: 6)
        let after = try (1...6).map { SaveDocument(game: try Self.game(afterTurns: $0), program: "test") }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var damaged = sidecar
            let place = Int.random(in: 0..<damaged.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: damaged[place] = UInt8.random(in: 0...255, using: &generator)
            case 1: damaged.remove(at: place)
            default: damaged.insert(UInt8.random(in: 0...255, using: &generator), at: place)
            }
            let (folded, records) = SaveSidecar.fold(document, bytes: save, sidecar: damaged)
            #expect(folded == after[records], "damage at byte \(place) of \(sidecar.count)")
        }
    }

    @Test func aSidecarLeftFromAnotherSaveIsIgnored() throws {
        let (_, _, sidecar, _, _) = try Self.sidecar(base: 2, turns: 5)
        let other = try Self.game(afterTurns: 3)
        let otherDocument = SaveDocument(game: other, program: "test")
        let (folded, count) = SaveSidecar.fold(otherDocument, bytes: Array(otherDocument.encoded()), sidecar: sidecar)
        #expect(count == 0)
        #expect(folded == otherDocument)
        let (save, document, _, _, _) = try Self.sidecar(base: 2, turns: 2)
        #expect(SaveSidecar.fold(document, bytes: save, sidecar: Array("petrograd-turns 1 12 00000000000".utf8)).records == 0)
        #expect(SaveSidecar.fold(document, bytes: save, sidecar: []).records == 0)
    }
}
