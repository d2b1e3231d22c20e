import Foundation
import Glibc
import PetrogradCore

/// One scenario's saves, kept per player: `saves/SCENARIO/NAME/` holds that player's autosave slots,
/// named saves and finished games, so two students on one account never write each other's files.
///
/// ```
/// saves/march-1917/Asha/autosave.json          the game in progress (autosave-2… for a second window)
/// saves/march-1917/Asha/lesson-one.json        saved with `save lesson-one`
/// saves/march-1917/Asha/unfinished-worker-….json  an unfinished game kept aside for a new one
/// saves/march-1917/Asha/finished/2026-12-03-1530-worker-w-delegate.json
/// ```
public struct PlayerSaves: Sendable {
    /// The scenario's folder, which holds one folder per player.
    public let folder: String
    public let fileSystem: any FileSystem

    /// The folder, inside a player's, that keeps finished games.
    public static let finishedFolderName = "finished"

    public init(folder: String, fileSystem: any FileSystem = POSIXFileSystem()) {
        self.folder = folder
        self.fileSystem = fileSystem
    }

    /// The scenario's saves under the user's state folder, or why there is none (no home folder).
    public static func standard(scenario: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Result<PlayerSaves, UserDirectories.Unavailable> {
        SaveStore.standard(scenario: scenario, environment: environment).map { PlayerSaves(folder: $0.directory) }
    }

    /// The store of one player's saves.
    public func store(for name: PlayerName) -> SaveStore {
        SaveStore(directory: folder + "/" + name.text, fileSystem: fileSystem)
    }

    /// Where one player's finished games are kept.
    public func finishedGames(of name: PlayerName) -> FinishedGames {
        FinishedGames(folder: store(for: name).directory + "/" + Self.finishedFolderName, fileSystem: fileSystem)
    }

    /// The names of the players who have a folder here, sorted.
    public func playerNames() -> [PlayerName] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.sorted().compactMap { entry in
            guard case .success(let name) = PlayerName.validated(entry), name.text == entry,
                  case .success(let information) = fileSystem.status(folder + "/" + entry),
                  information.st_mode & S_IFMT == S_IFDIR else { return nil }
            return name
        }
    }
}

/// Puts a file in place under the first free name of a list, never replacing one that is there:
/// `link` makes the new name only if it is free, atomically, so two processes cannot take one name.
enum FilePlacement {
    /// Moves `source` to the first free candidate; returns the path it took. The source is removed
    /// only once the file is under its new name, so a crash between the two leaves two names for one
    /// file, never none.
    static func move(_ source: String, toFirstFreeOf candidates: [String], fileSystem: any FileSystem) -> Result<String, SystemError> {
        var lastError = SystemError(code: EEXIST)
        for candidate in candidates {
            if Glibc.link(source, candidate) == 0 {
                _ = fileSystem.remove(source)
                synchronizeFolder(of: candidate)
                return .success(candidate)
            }
            let error = errno
            if error == EEXIST { continue }
            // A file system without hard links: a rename to a name found free a moment ago.
            if error == EPERM || error == EOPNOTSUPP || error == EXDEV, case .failure = fileSystem.status(candidate) {
                return fileSystem.rename(source, to: candidate).map { candidate }
            }
            lastError = SystemError(code: error)
            break
        }
        return .failure(lastError)
    }

    /// Writes `bytes` as a new file under the first free candidate; returns the path it took. The file is
    /// written first under a temporary name that ``AtomicFile/removeStaleTemporaryFiles(in:now:)``
    /// recognises, so one left by a process killed half-way is removed by the next write here.
    static func create(_ bytes: [UInt8], atFirstFreeOf candidates: [String], fileSystem: any FileSystem) -> Result<String, FileWriteError> {
        guard let first = candidates.first else { return .failure(FileWriteError(path: "", reason: "there is no name to write it under")) }
        let folder = FilePath.folder(of: first)
        AtomicFile(fileSystem: fileSystem).removeStaleTemporaryFiles(in: folder)
        let pending = folder + "/.pending.\(getpid()).\(UInt32.random(in: 0...UInt32.max))" + AtomicFile.temporarySuffix
        if case .failure(let error) = AtomicFile(fileSystem: fileSystem).write(bytes, to: pending, target: .regularFileOnly) {
            return .failure(error)
        }
        let placed = move(pending, toFirstFreeOf: candidates, fileSystem: fileSystem)
        if case .failure = placed { _ = fileSystem.remove(pending) }
        return placed.mapError { FileWriteError(path: first, reason: $0.description) }
    }

    /// `NAME.json`, then `NAME-2.json`, `NAME-3.json`… in a folder.
    static func numbered(_ base: String, in folder: String, suffix: String = ".json") -> [String] {
        (1...999).map { folder + "/" + base + ($0 == 1 ? "" : "-\($0)") + suffix }
    }

    private static func synchronizeFolder(of path: String) {
        let descriptor = open(FilePath.folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
