import Foundation
import Glibc
@testable import PetrogradConsole
import PetrogradCore
import Testing

/// The real file system, except that one chosen call fails: the way to prove that a full disk, a failed
/// rename or a lost fsync at any point of a save never loses the last save that was acknowledged.
final class FaultyFileSystem: FileSystem, @unchecked Sendable {
    // @unchecked: used by one test at a time, from one thread.
    enum Operation: String, CaseIterable, Sendable {
        case open, write, synchronize, rename, remove
    }

    private let real = POSIXFileSystem()
    private let failing: Operation
    private let failingCall: Int
    private let error: Int32
    private var calls: [Operation: Int] = [:]
    /// Whether the planned failure has happened.
    private(set) var hasFailed = false

    /// Fails the `failingCall`-th call (from 1) of `failing` with `error`.
    init(failing: Operation, call failingCall: Int, error: Int32 = ENOSPC) {
        self.failing = failing
        self.failingCall = failingCall
        self.error = error
    }

    private func shouldFail(_ operation: Operation) -> Bool {
        calls[operation, default: 0] += 1
        guard operation == failing, calls[operation] == failingCall else { return false }
        hasFailed = true
        return true
    }

    func open(_ path: String, flags: Int32, mode: mode_t) -> Result<Int32, SystemError> {
        shouldFail(.open) ? .failure(SystemError(code: error)) : real.open(path, flags: flags, mode: mode)
    }
    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Result<Int, SystemError> {
        if shouldFail(.write) { return .failure(SystemError(code: error)) }
        // Short writes, as a real disk may give, so the writer's loop is exercised too.
        return real.write(descriptor, UnsafeRawBufferPointer(rebasing: bytes.prefix(4096)))
    }
    func synchronize(_ descriptor: Int32) -> Result<Void, SystemError> {
        shouldFail(.synchronize) ? .failure(SystemError(code: EIO)) : real.synchronize(descriptor)
    }
    func close(_ descriptor: Int32) { real.close(descriptor) }
    func rename(_ source: String, to destination: String) -> Result<Void, SystemError> {
        shouldFail(.rename) ? .failure(SystemError(code: EXDEV)) : real.rename(source, to: destination)
    }
    func remove(_ path: String) -> Result<Void, SystemError> {
        shouldFail(.remove) ? .failure(SystemError(code: EACCES)) : real.remove(path)
    }
    func status(_ path: String) -> Result<stat, SystemError> { real.status(path) }
    func makeFolder(_ path: String) -> Result<Void, SystemError> { real.makeFolder(path) }
}

@Suite struct SaveFaultInjectionTests {
    static let scenarioText = """
        format 1
        scenario counting
          en: Counting
          languages en

        world number count 0 to 100000 = 0

        role counter
          en: Counter
          start tally

        scene tally
          en: The count is {count}.
          choice again
            en: Count one more.
            add 1 to count
            journal
              en: Counted to {count}, with a long line so that a save is several kilobytes: \(String(repeating: "one more, ", count: 40))
            go tally
          choice stop
            en: Stop.
            go done

        ending done
          en: Done.
        """

    /// A game after `turns` turns, and its save.
    static func save(afterTurns turns: Int) throws -> SaveDocument {
        let compilation = Compiler.compile([SourceFile(path: "counting.story", text: scenarioText)])
        let scenario = try #require(compilation.scenario, "\(compilation.diagnostics.map(\.text))")
        var game = try Game.start(scenario, roles: [0], seed: 1).get().0
        for _ in 0..<turns { _ = try game.perform(.choose(player: 1, choice: "again")).get() }
        return SaveDocument(game: game, program: "test")
    }

    static func temporaryFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(AtomicFile.temporarySuffix) }
    }

    /// The number of turns in the save on disk, read as the game reads it.
    static func turnsOnDisk(_ store: SaveStore) throws -> Int {
        let (document, _) = try store.read(SaveStore.autosaveName).get()
        return document.log.count
    }

    @Test(arguments: FaultyFileSystem.Operation.allCases)
    func everyFailingCallLeavesTheLastAcknowledgedSaveAndNoTemporaryFileForEver(operation: FaultyFileSystem.Operation) throws {
        let turn1 = try Self.save(afterTurns: 1), turn2 = try Self.save(afterTurns: 2)
        var failuresSeen = 0
        for call in 1...6 {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-faults-\(UUID().uuidString)").path
            let store = SaveStore(directory: folder)
            _ = try store.write(turn1, name: SaveStore.autosaveName).get()
            #expect(try Self.turnsOnDisk(store) == 1)

            let faulty = FaultyFileSystem(failing: operation, call: call)
            let result = SaveStore(directory: folder, fileSystem: faulty).write(turn2, name: SaveStore.autosaveName)
            let onDisk = try Self.turnsOnDisk(store)
            switch result {
            case .success:
                #expect(onDisk == 2, "an acknowledged save is on disk (\(operation) call \(call))")
            case .failure(let error):
                failuresSeen += 1
                #expect(faulty.hasFailed)
                #expect([1, 2].contains(onDisk), "the last acknowledged save, or the new one, is loadable")
                #expect(error.description.contains("could not be written"), "\(error)")
            }
            // A temporary file may outlive a failed removal, but never the next start of the game.
            store.removeStaleTemporaryFiles()
            if operation == .remove {
                AtomicFile().removeStaleTemporaryFiles(in: folder, now: Date().addingTimeInterval(3600))
            }
            #expect(Self.temporaryFiles(in: folder).isEmpty, "\(operation) call \(call)")
        }
        if operation != .remove { #expect(failuresSeen >= 1, "the failure was reached for \(operation)") }
    }

    @Test func aSaveIsNeverWrittenThroughALinkOrOverADevice() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-links-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let outside = folder + "-outside.json"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(atPath: folder + "/autosave.json", withDestinationPath: outside)
        let store = SaveStore(directory: folder)
        let error = try #require(store.write(try Self.save(afterTurns: 1), name: SaveStore.autosaveName).failure)
        #expect(error.description.hasSuffix("is a link to another place, so it was not replaced"))
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/autosave.json") == outside)

        #expect(mkfifo(folder + "/pipe.json", 0o644) == 0)
        let fifoError = try #require(store.write(try Self.save(afterTurns: 1), name: folder + "/pipe.json").failure)
        #expect(fifoError.description.contains("is a FIFO (named pipe), not a regular file, so it was not replaced"))
    }

    @Test func aNamedOutputThatIsALinkToADeviceIsWrittenInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-device-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/null", withDestinationPath: "/dev/null")
        try AtomicFile().write(Array("digraph {}\n".utf8), to: folder + "/null", target: .anyFile).get()
        var information = stat()
        #expect(lstat("/dev/null", &information) == 0)
        #expect(information.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/null") == "/dev/null")

        #expect(mkfifo(folder + "/fifo", 0o644) == 0)
        let error = try #require(AtomicFile().write(Array("x".utf8), to: folder + "/fifo", target: .anyFile).failure)
        #expect(error.reason == "nothing is reading from it")
    }

    @Test func aTranscriptThatCannotBeWrittenSaysSoInsteadOfStoppingTheGame() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-transcript-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let transcript = try Transcript.open(folder + "/t.txt", fileSystem: FaultyFileSystem(failing: .write, call: 2)).get()
        #expect(transcript.append("first line").failure == nil)
        let error = try #require(transcript.append("second line").failure)
        #expect(error.description.hasSuffix("stopped: No space left on device"))
        #expect(Transcript.open("/dev/full").failure?.description == "/dev/full is a device, not a regular file; a transcript must be an ordinary file")
        #expect(mkfifo(folder + "/fifo", 0o644) == 0)
        #expect(Transcript.open(folder + "/fifo").failure?.description.hasSuffix("it is a pipe that nothing reads") == true)
    }
}

extension Result {
    /// The error, or nil on success.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
