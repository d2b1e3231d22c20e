import Foundation
import Glibc
@testable import PetrogradConsole
@testable import PetrogradCore
import Testing

/// A reader that types its lines one by one and, before each read, lets the test look at the game
/// between turns (as a kill at that moment would leave it).
private struct ObservingReader: LineReader {
    var lines: [String]
    let beforeEachRead: () -> Void
    var completionProvider: CompletionProvider?

    mutating func readLine(prompt: String) -> LineReadResult {
        beforeEachRead()
        return lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
    }

    mutating func addHistory(_ line: String) {}
}

/// The session's side of long games: bounded undo of checkpoints, and an autosave that appends turns to
/// a sidecar which, read back, is always the game as it stands.
@Suite struct LongSessionTests {
    static func scenario() throws -> Scenario {
        try #require(Compiler.compile([SourceFile(path: "long-session.story", text: ScenarioGenerator.longSession)]).scenario)
    }

    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-long-\(UUID().uuidString)").path
    }

    /// Plays `lines` in a new session saving to `store`; `observe` is called between reads with the session.
    @discardableResult
    static func play(_ lines: [String], store: SaveStore, seed: UInt64 = 3,
                     observe: @escaping (GameSession, String) -> Void = { _, _ in }) throws -> (session: GameSession, output: String) {
        let (game, opening) = try Game.start(try scenario(), roles: [0], seed: seed).get()
        final class Box: @unchecked Sendable {
            var session: GameSession?
            var output = ""
        }
        let box = Box()
        let session = GameSession(game: game, language: "en", width: 80, saves: store, program: "test", output: { box.output += $0 + "\n" })
        box.session = session
        var reader = ObservingReader(lines: lines, beforeEachRead: { if let session = box.session { observe(session, box.output) } })
        session.run(reader: &reader, openingEvents: opening)
        return (session, box.output)
    }

    static func inode(_ path: String) -> UInt {
        var information = stat()
        return lstat(path, &information) == 0 ? UInt(information.st_ino) : 0
    }

    @Test func betweenAnyTwoTurnsTheAutosaveReadBackIsTheGameAsItStandsAndTheSaveIsNotRewrittenEachTurn() throws {
        let folder = Self.folder()
        let store = SaveStore(directory: folder)
        let script = Array(repeating: "1", count: 12) + ["undo", "undo"] + Array(repeating: "1", count: 4) + ["save other"]
            + Array(repeating: "1", count: 3)
        var observations = 0
        var inodes: Set<UInt> = []
        let (session, _) = try Self.play(script, store: store) { session, _ in
            guard store.exists(SaveStore.autosaveName) else { return }
            observations += 1
            inodes.insert(Self.inode(folder + "/autosave.json"))
            let (onDisk, _) = try! store.read(SaveStore.autosaveName).get()
            #expect(onDisk == SaveDocument(game: session.game, program: "test"), "after \(session.game.log.count) turns")
        }
        #expect(observations == script.count)
        // Written in full at the first turn, after each undo and after `save`; every other turn is appended.
        #expect(inodes.count <= 5, "the save was written in full \(inodes.count) times in \(script.count) commands")
        // On the way out the save is written in full, and is one file again.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/autosave.json"))
        #expect(bytes == SaveDocument(game: session.game, program: "test").encoded())
        #expect(!FileManager.default.fileExists(atPath: folder + "/.autosave.json.turns"))
        #expect(session.game.log.count == 17)
    }

    @Test func theSameGamePlayedTwiceGivesTheSameSaveBytesAsASaveWrittenInFull() throws {
        let script = Array(repeating: "1", count: 30) + ["undo"] + Array(repeating: "1", count: 5) + ["save whole"]
        let first = SaveStore(directory: Self.folder()), second = SaveStore(directory: Self.folder())
        try Self.play(script, store: first)
        try Self.play(script, store: second)
        let one = try Data(contentsOf: URL(fileURLWithPath: first.directory + "/autosave.json"))
        let two = try Data(contentsOf: URL(fileURLWithPath: second.directory + "/autosave.json"))
        #expect(one == two)
        #expect(one == (try Data(contentsOf: URL(fileURLWithPath: first.directory + "/whole.json"))))
    }

    @Test func aGameKilledBetweenTurnsIsContinuedFromItsSaveAndSidecarAndTheSlotFoldsThemIntoOneFile() throws {
        let folder = Self.folder(), copy = Self.folder()
        let store = SaveStore(directory: folder)
        var killedAt: SaveDocument?
        try Self.play(Array(repeating: "1", count: 9), store: store) { session, _ in
            // The moment after the eighth turn, as a kill -9 would leave the folder.
            guard session.game.log.count == 8 else { return }
            killedAt = SaveDocument(game: session.game, program: "test")
            try! FileManager.default.copyItem(atPath: folder, toPath: copy)
        }
        let expected = try #require(killedAt)
        #expect(FileManager.default.fileExists(atPath: copy + "/.autosave.json.turns"), "the turns after the first were appended")
        let copied = SaveStore(directory: copy)
        #expect(try copied.read(SaveStore.autosaveName).get().0 == expected)
        let slot = AutosaveSlot.claim(in: copied, vocabulary: Vocabulary(language: "en", for: try Self.scenario()), output: { _ in })
        #expect(slot.unfinished == expected)
        #expect(!FileManager.default.fileExists(atPath: copy + "/.autosave.json.turns"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy + "/autosave.json")) == expected.encoded())
        // Continued, the game goes on as the one played did.
        var continued = try expected.restore(in: try Self.scenario()).get().game
        _ = try continued.perform(.choose(player: 1, choice: "wait")).get()
        let played = try #require(try? store.read(SaveStore.autosaveName).get().0)
        #expect(SaveDocument(game: continued, program: "test") == played)
    }

    @Test func aSessionKeepsAHundredStepsOfUndoAsCheckpointsThatHoldNoLog() throws {
        let (session, output) = try Self.play(Array(repeating: "1", count: 150) + Array(repeating: "undo", count: 101),
                                              store: SaveStore(directory: Self.folder())) { session, _ in
            #expect(session.undoHistory.count <= UndoHistory.depth)
            #expect(session.undoHistory.entries.allSatisfy { if case .turn = $0 { true } else { false } })
        }
        #expect(session.game.log.count == 50)
        #expect(output.components(separatedBy: "The last step was undone.").count - 1 == 100)
        #expect(output.components(separatedBy: "There is nothing to undo.").count - 1 == 1, "the 101st undo")
    }

    @Test(arguments: [FaultyFileSystem.Operation.open, .write, .synchronize])
    func aTurnWhoseSaveFailsSaysSoAndEveryTurnSavedWithoutComplaintIsOnDisk(operation: FaultyFileSystem.Operation) throws {
        // Six files are opened in all: the save's temporary file and folder, twice, and the sidecar and its folder.
        for call in 1...(operation == .open ? 6 : 8) {
            let folder = Self.folder()
            let faulty = FaultyFileSystem(failing: operation, call: call)
            let store = SaveStore(directory: folder, fileSystem: faulty)
            var complaints = 0
            try Self.play(Array(repeating: "1", count: 8), store: store) { session, output in
                let problems = output.components(separatedBy: "Problem:").count - 1
                defer { complaints = problems }
                guard problems == complaints, session.game.log.count > 0 else { return }
                let onDisk = try? SaveStore(directory: folder).read(SaveStore.autosaveName).get().0
                #expect(onDisk == SaveDocument(game: session.game, program: "test"), "\(operation) call \(call), turn \(session.game.log.count)")
            }
            #expect(faulty.hasFailed, "\(operation) call \(call)")
        }
    }
}
